import { api, query } from "../api.js";
import { clear, field, formatDate, formatRemaining, h, option } from "../dom.js";
import { CHANNEL_LABELS, URGENCY_LABELS } from "./labels.js";

/** Filters survive navigation to a case and back. */
const state = {
  status: "open",
  kind: "",
  urgency: "",
  region: "",
  channel: "",
  country: "",
  phase: "",
  assigned: "",
  overdue: false,
  waiting: false,
  q: "",
  page: 1,
};

export async function renderInbox(main, session) {
  const ref = session.reference;
  const list = h("div#inbox-list", { "aria-live": "polite" });
  const fresh = new Set();
  const select = (name, options) =>
    h(
      "select",
      {
        name,
        onchange: (e) => {
          state[name] = e.target.value;
          state.page = 1;
          void load();
        },
      },
      options.map(([v, l]) => option(v, l, state[name] === v)),
    );

  const search = h("input", { type: "search", name: "q", value: state.q, placeholder: "Tiket, nama, telepon, atau kata dalam pengaduan" });
  const check = (name, label) =>
    h(
      "label.check",
      {},
      h("input", {
        type: "checkbox",
        name,
        checked: state[name],
        onchange: (e) => {
          state[name] = e.target.checked;
          state.page = 1;
          void load();
        },
      }),
      label,
    );
  // On a phone the search, "Menunggu balasan" and the list come first; the other filters open on demand.
  const more = (el) => {
    el.classList.add("more-filter");
    return el;
  };
  const chosen = () =>
    ["kind", "urgency", "region", "channel", "country", "phase", "assigned"].filter((k) => state[k]).length +
    Number(state.status !== "open") +
    Number(state.overdue);
  const toggleLabel = () => `Saringan lainnya${chosen() ? ` (${chosen()} aktif)` : ""}`;
  const toggle = h(
    "button.filter-toggle",
    {
      type: "button",
      class: "secondary",
      "aria-expanded": "false",
      onclick: () => toggle.setAttribute("aria-expanded", String(filters.classList.toggle("expanded"))),
    },
    toggleLabel(),
  );
  const filters = h(
    "form.filters",
    {
      onsubmit: (e) => {
        e.preventDefault();
        state.q = search.value;
        state.page = 1;
        void load();
      },
    },
    field("Cari", search),
    more(
      field(
        "Status",
        select("status", [["open", "Semua yang belum selesai"], ["all", "Semua status"], ...ref.statuses.map((s) => [s.status, s.label])]),
      ),
    ),
    more(field("Jenis", select("kind", [["", "Semua jenis"], ...ref.kinds.map((k) => [k.kind, k.label])]))),
    more(field("Urgensi", select("urgency", [["", "Semua"], ...Object.entries(URGENCY_LABELS)]))),
    more(
      field(
        "Daerah asal",
        select("region", [["", "Semua daerah"], ...ref.regions.map((r) => [r.id, r.name]), ...ref.regencies.map((r) => [r.code, r.label])]),
      ),
    ),
    more(field("Kanal", select("channel", [["", "Semua kanal"], ...Object.entries(CHANNEL_LABELS)]))),
    more(field("Negara tujuan", select("country", [["", "Semua negara"], ...ref.countries.map((c) => [c, c])]))),
    more(
      field(
        "Tahap migrasi",
        select("phase", [["", "Semua tahap"], ...ref.phases.map((p) => [p.phase, p.label]), ["NONE", "Belum diketahui"]]),
      ),
    ),
    more(
      field(
        "Penugasan",
        select("assigned", [
          ["", "Semua"],
          ["me", "Ditugaskan ke saya"],
          ["unassigned", "Belum ditugaskan"],
        ]),
      ),
    ),
    more(check("overdue", "Hanya yang terlambat")),
    check("waiting", "Menunggu balasan"),
    toggle,
    h("button", { type: "submit" }, "Cari"),
  );

  clear(main, h("h1", {}, `Kotak Masuk · ${session.me.agency.name}`), filters, list);

  async function load() {
    toggle.textContent = toggleLabel();
    let data;
    try {
      data = await api.get(`/api/cases${query({ ...state, pageSize: 25 })}`);
    } catch (error) {
      // A refused search ("Kata pencarian berisi karakter yang tidak didukung.") is said where the list was.
      clear(list, h("p.error", { role: "alert", "data-testid": "inbox-error" }, error.message));
      return;
    }
    // The case page's next/previous keys (j, k) walk this list.
    session.caseList = data.cases.map((c) => c.id);
    const now = Date.now();
    const rows = data.cases.map((c) => {
      const due = c.sla.firstResponse && c.sla.firstResponse.state !== "met" ? c.sla.firstResponse : c.sla.resolution;
      return h(
        "tr",
        {
          class: [c.urgency === "EMERGENCY" ? "emergency" : "", c.sla.overdue ? "overdue" : "", fresh.has(c.id) ? "fresh" : ""]
            .join(" ")
            .trim(),
          dataset: { caseId: c.id, ticket: c.ticket },
        },
        h(
          "td",
          { "data-label": "Tiket" },
          h("a", { href: `#/kasus/${c.id}` }, c.ticket),
          fresh.has(c.id) ? h("span.badge.new", {}, "Baru") : null,
          // Lasting, unlike "Baru": the reporter wrote last and no officer has answered yet.
          c.awaitingReplySince
            ? h("span.badge.waiting", { title: `Pelapor menunggu sejak ${formatDate(c.awaitingReplySince)}` }, "Menunggu balasan")
            : null,
        ),
        h("td", { "data-label": "Urgensi" }, h(`span.badge.u-${c.urgency.toLowerCase()}`, {}, URGENCY_LABELS[c.urgency] ?? c.urgency)),
        h("td", { "data-label": "Status" }, c.statusLabel),
        h("td", { "data-label": "Jenis" }, c.kindLabel),
        h("td", { "data-label": "Nama" }, c.name ?? "–"),
        h("td", { "data-label": "Daerah" }, c.regionName ?? "–"),
        h("td", { "data-label": "Negara" }, c.destinationCountry ?? "–"),
        h("td", { "data-label": "Kanal" }, CHANNEL_LABELS[c.channel] ?? c.channel),
        h("td", { "data-label": "Petugas" }, c.assignedOfficer?.name ?? "Belum ditugaskan"),
        h(
          "td",
          { "data-label": "Tenggat SLA" },
          due
            ? due.state === "paused"
              ? "Dijeda"
              : due.state === "met"
                ? "Tepat waktu"
                : formatRemaining(new Date(due.dueAt).getTime() - now)
            : "–",
        ),
        h(
          "td",
          { "data-label": "Pesan terakhir" },
          c.lastMessage
            ? [
                h("span.preview", {}, c.lastMessage.fromOfficer ? `Petugas: ${c.lastMessage.text}` : c.lastMessage.text),
                h("small.when", {}, formatDate(c.lastMessage.at)),
              ]
            : "–",
        ),
      );
    });
    // Large lists are counted only up to a cap: then the page says "more than", never a guess.
    const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
    const more = !data.totalExact;
    clear(
      list,
      h("p.summary", {}, more ? `Lebih dari ${data.total.toLocaleString("id-ID")} kasus` : `${data.total} kasus`),
      data.cases.length === 0
        ? h("p.empty", {}, "Tidak ada kasus yang sesuai.")
        : h(
            "table.inbox",
            {},
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                [
                  "Tiket",
                  "Urgensi",
                  "Status",
                  "Jenis",
                  "Nama",
                  "Daerah",
                  "Negara",
                  "Kanal",
                  "Petugas",
                  "Tenggat SLA",
                  "Pesan terakhir",
                ].map((t) => h("th", { scope: "col" }, t)),
              ),
            ),
            h("tbody", {}, rows),
          ),
      h(
        "nav.pager",
        { "aria-label": "Halaman" },
        h(
          "button",
          {
            type: "button",
            class: "secondary",
            disabled: state.page <= 1,
            onclick: () => {
              state.page--;
              void load();
            },
          },
          "‹ Sebelumnya",
        ),
        h("span", {}, more ? `Halaman ${data.page}` : `Halaman ${data.page} dari ${pages}`),
        h(
          "button",
          {
            type: "button",
            class: "secondary",
            disabled: !more && state.page >= pages,
            onclick: () => {
              state.page++;
              void load();
            },
          },
          "Berikutnya ›",
        ),
      ),
    );
  }

  // New cases and messages appear without reloading: a live event reloads the page of the list.
  let timer;
  session.onCaseEvent = (event) => {
    // A reply leaving the queue is news for the case page, not for the list.
    if (event.type === "message.sent") return;
    fresh.add(event.caseId);
    clearTimeout(timer);
    timer = setTimeout(() => void load().catch(() => {}), 250);
  };
  await load();
}
