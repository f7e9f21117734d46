import { api } from "../api.js";
import { clear, field, formatDate, h, option, toast } from "../dom.js";
import { stacked } from "../table.js";
import { ROLE_LABELS } from "./labels.js";

/** Account management: administrators every account, supervisors their own agency's officers. */
export async function renderOfficers(main, session) {
  const { officers } = await api.get("/api/officers");
  const admin = session.me.role === "ADMIN";
  const linkBox = h("p.link-box", { role: "status" });
  const showLink = (label, link) => {
    const url = `${location.origin}${link}`;
    clear(
      linkBox,
      `${label} Berikan tautan sekali pakai ini langsung kepada pemiliknya (berlaku 24 jam): `,
      h("code", { "data-testid": "password-link" }, url),
    );
  };
  const act = (label, fn) => async () => {
    try {
      const res = await fn();
      if (res?.link) showLink(label, res.link);
      else toast(label, "ok");
      await refresh();
    } catch (error) {
      toast(error.message, "error");
    }
  };
  const table = h("table.officers", {});
  const refresh = async () => {
    const { officers: rows } = await api.get("/api/officers");
    draw(rows);
  };
  const draw = (rows) =>
    stacked(
      clear(
        table,
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ["Nama pengguna", "Nama", "Instansi", "Peran", "Status", "Dibuat", "Tindakan"].map((t) => h("th", {}, t)),
          ),
        ),
        h(
          "tbody",
          {},
          rows.map((o) => {
            const role = h(
              "select",
              { "aria-label": `Peran ${o.username}` },
              ["OFFICER", "SUPERVISOR", "ADMIN"].map((r) => option(r, ROLE_LABELS[r], r === o.role)),
            );
            return h(
              "tr",
              { class: o.active ? "" : "inactive" },
              h("td", {}, o.username),
              h("td", {}, o.name),
              h("td", {}, o.agency.name),
              h(
                "td",
                {},
                admin && o.manageable
                  ? h(
                      "span",
                      {},
                      role,
                      h(
                        "button",
                        {
                          type: "button",
                          class: "link",
                          onclick: act("Peran diubah.", () => api.post(`/api/officers/${o.id}/role`, { role: role.value })),
                        },
                        "Simpan",
                      ),
                    )
                  : ROLE_LABELS[o.role],
              ),
              h("td", {}, o.active ? (o.linkOpen ? "Menunggu kata sandi" : "Aktif") : "Nonaktif"),
              h("td", {}, formatDate(o.createdAt)),
              h(
                "td",
                {},
                o.manageable
                  ? [
                      h(
                        "button",
                        {
                          type: "button",
                          class: "link",
                          onclick: act("Kata sandi diatur ulang; sesi petugas ini sudah diakhiri.", () =>
                            api.post(`/api/officers/${o.id}/reset`),
                          ),
                        },
                        "Atur ulang kata sandi",
                      ),
                      " ",
                      h(
                        "button",
                        {
                          type: "button",
                          class: "link",
                          onclick: act(o.active ? "Akun dinonaktifkan." : "Akun diaktifkan.", () =>
                            api.post(`/api/officers/${o.id}/active`, { active: !o.active }),
                          ),
                        },
                        o.active ? "Nonaktifkan" : "Aktifkan",
                      ),
                    ]
                  : "–",
              ),
            );
          }),
        ),
      ),
    );
  draw(officers);

  const username = h("input", { name: "newUsername", required: true, maxlength: 50, autocomplete: "off" });
  const name = h("input", { name: "newName", required: true, maxlength: 100 });
  const agency = h(
    "select",
    { name: "newAgency" },
    (admin ? session.reference.agencies : session.reference.agencies.filter((a) => a.id === session.me.agency.id)).map((a) =>
      option(a.id, a.name, a.id === session.me.agency.id),
    ),
  );
  const role = h(
    "select",
    { name: "newRole" },
    (admin ? ["OFFICER", "SUPERVISOR", "ADMIN"] : ["OFFICER"]).map((r) => option(r, ROLE_LABELS[r])),
  );
  const form = h(
    "form.card",
    {
      onsubmit: async (e) => {
        e.preventDefault();
        await act("Akun dibuat.", () =>
          api.post("/api/officers", { username: username.value.trim(), name: name.value.trim(), agencyId: agency.value, role: role.value }),
        )();
        e.target.reset();
      },
    },
    h("h2", {}, "Buat akun petugas"),
    field("Nama pengguna", username, "3–50 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung."),
    field("Nama lengkap", name),
    field("Instansi", agency),
    field("Peran", role),
    h("button", { type: "submit" }, "Buat akun"),
  );
  clear(
    main,
    h("h1", {}, "Akun petugas"),
    h("p", {}, admin ? "Semua akun petugas. Setiap perubahan dicatat." : "Akun petugas instansi Anda. Setiap perubahan dicatat."),
    linkBox,
    form,
    h("section.card", {}, table),
  );
}

/** The page a one-time link opens: set a password, then sign in. Works without a session. */
export function renderSetPassword(main, token) {
  document.getElementById("topbar").hidden = true;
  const next = h("input", { type: "password", name: "newPassword", autocomplete: "new-password", required: true, minlength: 10 });
  const again = h("input", { type: "password", name: "newPasswordAgain", autocomplete: "new-password", required: true, minlength: 10 });
  const error = h("p.error", { role: "alert" });
  clear(
    main,
    h(
      "form.card.login",
      {
        onsubmit: async (e) => {
          e.preventDefault();
          error.textContent = "";
          if (next.value !== again.value) {
            error.textContent = "Kata sandi baru dan ulangannya tidak sama.";
            return;
          }
          try {
            await api.post("/api/auth/set-password", { token, newPassword: next.value });
            toast("Kata sandi tersimpan. Silakan masuk.", "ok");
            location.hash = "#/masuk";
          } catch (err) {
            error.textContent = err.message;
          }
        },
      },
      h("h1", {}, "Atur kata sandi"),
      field("Kata sandi baru", next, "Minimal 10 karakter; kata sandi yang umum ditolak."),
      field("Ulangi kata sandi baru", again),
      error,
      h("button", { type: "submit" }, "Simpan kata sandi"),
    ),
  );
}
