import { api, configureApi } from "./api.js";
import { clear, h, toast } from "./dom.js";
import { createAlerts } from "./alerts.js";
import { renderLogin } from "./views/login.js";
import { renderInbox } from "./views/inbox.js";
import { renderCase } from "./views/case.js";
import { renderReports } from "./views/reports.js";
import { renderSupervision } from "./views/supervision.js";
import { renderOperations } from "./views/operations.js";
import { renderAgreements } from "./views/agreements.js";
import { renderDirectory } from "./views/directory.js";
import { renderTemplates } from "./views/templates.js";
import { renderAccount } from "./views/account.js";
import { renderOfficers, renderSetPassword } from "./views/officers.js";
import { renderPrivacy } from "./views/privacy.js";

const main = document.getElementById("app");
/** Shared by every view: the signed-in officer, reference data, the live-update hook. */
const session = { me: null, reference: null, onCaseEvent: null, events: null };
const alerts = createAlerts();

configureApi({
  onUnauthorized: () => {
    if (session.me) toast("Sesi Anda berakhir. Silakan masuk kembali.", "error");
    signedOut();
  },
});

function signedOut() {
  session.me = null;
  session.events?.close();
  session.events = null;
  alerts.reset();
  document.getElementById("topbar").hidden = true;
  // A one-time password link is opened without a session: stay on it.
  if (location.hash.startsWith("#/atur-sandi/")) return void route();
  if (location.hash !== "#/masuk") location.hash = "#/masuk";
  else route();
}

async function signedIn(me) {
  session.me = me;
  configureApi({ csrfToken: me.csrfToken });
  session.reference = await api.get("/api/reference");
  document.getElementById("topbar").hidden = false;
  document.getElementById("who").textContent = `${me.name} · ${me.agency.name}`;
  for (const link of document.querySelectorAll("[data-role=supervisor]")) link.hidden = !["SUPERVISOR", "ADMIN"].includes(me.role);
  startLiveUpdates();
  void alerts.refresh();
}

/** Server-Sent Events: case ids the officer may see; views decide what to reload. */
function startLiveUpdates() {
  session.events?.close();
  const source = new EventSource("/api/events");
  source.addEventListener("case", (event) => {
    const data = JSON.parse(event.data);
    session.onCaseEvent?.(data);
    if (["case.alert", "case.referred", "case.updated"].includes(data.type)) void alerts.refresh();
  });
  // At every (re)connection: notices written while the stream was down are found now.
  source.addEventListener("open", () => void alerts.refresh());
  session.events = source;
}

document.getElementById("notif-button").addEventListener("click", () => {
  const panel = document.getElementById("notif-panel");
  panel.hidden = !panel.hidden;
});
document.getElementById("logout").addEventListener("click", async () => {
  try {
    await api.post("/api/auth/logout");
  } finally {
    toast("Anda sudah keluar.");
    signedOut();
  }
});

const routes = [
  [/^#\/kasus\/([\w-]+)$/, (m) => renderCase(main, session, m[1])],
  [/^#\/laporan$/, () => renderReports(main, session)],
  [/^#\/supervisi$/, () => renderSupervision(main, session)],
  [/^#\/operasional$/, () => renderOperations(main, session)],
  [/^#\/kesepakatan$/, () => renderAgreements(main, session)],
  [/^#\/direktori$/, () => renderDirectory(main, session)],
  [/^#\/templat$/, () => renderTemplates(main, session)],
  [/^#\/akun$/, () => renderAccount(main, session)],
  [/^#\/petugas$/, () => renderOfficers(main, session)],
  [/^#\/data-pribadi$/, () => renderPrivacy(main, session)],
  [/^(#\/?)?$/, () => renderInbox(main, session)],
];

async function route() {
  session.onCaseEvent = null;
  document.getElementById("notif-panel").hidden = true;
  const link = /^#\/atur-sandi\/([\w-]+)$/.exec(location.hash);
  if (link) return renderSetPassword(main, link[1]);
  if (!session.me) {
    renderLogin(main, async (me) => {
      await signedIn(me);
      location.hash = "#/";
      if (location.hash === "#/") void route();
    });
    return;
  }
  const hash = location.hash === "#/masuk" ? "#/" : location.hash;
  for (const link of document.querySelectorAll("#nav a")) link.classList.toggle("active", link.getAttribute("href") === (hash || "#/"));
  const match = routes.map(([re, view]) => [re.exec(hash), view]).find(([m]) => m);
  try {
    if (match) await match[1](match[0]);
    else clear(main, h("h1", {}, "Halaman tidak ditemukan"), h("a", { href: "#/" }, "Kembali ke kotak masuk"));
  } catch (error) {
    clear(main, h("p.error", { role: "alert" }, error.message ?? "Terjadi kesalahan."));
  }
}

window.addEventListener("hashchange", () => void route());

(async () => {
  try {
    const me = await api.get("/api/auth/me");
    await signedIn(me);
  } catch {
    session.me = null;
  }
  await route();
})();
