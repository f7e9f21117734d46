import { api, query } from "../api.js";
import { clear, formatDate, h } from "../dom.js";
import { stackTable } from "../table.js";
import { ROLE_LABELS, URGENCY_LABELS } from "./labels.js";

export async function renderSupervision(main, session) {
  const data = await api.get(`/api/supervision${query({})}`);
  const num = (value, late = false) => ({ attrs: { class: late ? "num late" : "num" }, content: String(value) });
  clear(
    main,
    h("h1", {}, `Supervisi · ${data.agency.name}`),
    h("p", {}, `Kasus terbuka yang belum ditugaskan: ${data.unassigned}`),
    h(
      "section.card",
      {},
      h("h2", {}, "Beban kerja per petugas"),
      stackTable(
        { "data-testid": "workload" },
        ["Petugas", "Peran", "Kasus terbuka", "Darurat", "Terlambat"],
        data.officers.map((o) => ({
          cells: [o.name, ROLE_LABELS[o.role] ?? o.role, num(o.open), num(o.emergency), num(o.overdue, o.overdue > 0)],
        })),
      ),
    ),
    h(
      "section.card",
      {},
      h("h2", {}, "Kasus terlambat"),
      data.overdue.length === 0
        ? h("p", {}, "Tidak ada kasus yang terlambat.")
        : stackTable(
            { "data-testid": "overdue" },
            ["Tiket", "Urgensi", "Status", "Jenis", "Tenggat", "Petugas"],
            data.overdue.map((c) => ({
              cells: [
                h("a", { href: `#/kasus/${c.id}` }, c.ticket),
                URGENCY_LABELS[c.urgency],
                c.statusLabel,
                c.kindLabel,
                formatDate(c.due),
                c.officer ?? "Belum ditugaskan",
              ],
            })),
          ),
    ),
  );
  void session;
}
