import { api, query } from "../api.js";
import { clear, formatDate, h } from "../dom.js";
import { ROLE_LABELS, URGENCY_LABELS } from "./labels.js";

export async function renderSupervision(main, session) {
  const data = await api.get(`/api/supervision${query({})}`);
  clear(
    main,
    h("h1", {}, `Supervisi · ${data.agency.name}`),
    h("p", {}, `Kasus terbuka yang belum ditugaskan: ${data.unassigned}`),
    h(
      "section.card",
      {},
      h("h2", {}, "Beban kerja per petugas"),
      h(
        "table",
        {},
        h("thead", {}, h("tr", {}, ["Petugas", "Peran", "Kasus terbuka", "Darurat", "Terlambat"].map((t) => h("th", {}, t)))),
        h("tbody", {}, data.officers.map((o) => h("tr", {}, h("td", {}, o.name), h("td", {}, ROLE_LABELS[o.role] ?? o.role), h("td.num", {}, String(o.open)), h("td.num", {}, String(o.emergency)), h("td.num", { class: o.overdue ? "late" : "" }, String(o.overdue))))),
      ),
    ),
    h(
      "section.card",
      {},
      h("h2", {}, "Kasus terlambat"),
      data.overdue.length === 0
        ? h("p", {}, "Tidak ada kasus yang terlambat.")
        : h(
            "table",
            {},
            h("thead", {}, h("tr", {}, ["Tiket", "Urgensi", "Status", "Jenis", "Tenggat", "Petugas"].map((t) => h("th", {}, t)))),
            h("tbody", {}, data.overdue.map((c) => h("tr", {}, h("td", {}, h("a", { href: `#/kasus/${c.id}` }, c.ticket)), h("td", {}, URGENCY_LABELS[c.urgency]), h("td", {}, c.statusLabel), h("td", {}, c.kindLabel), h("td", {}, formatDate(c.due)), h("td", {}, c.officer ?? "Belum ditugaskan")))),
          ),
    ),
  );
  void session;
}
