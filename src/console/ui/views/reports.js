import { api, query } from "../api.js";
import { clear, field, h, option } from "../dom.js";

/** Reports count days in Western Indonesia Time (as the server does), whatever the browser's zone. */
const todayWib = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const state = { agencyId: "", from: `${todayWib().slice(0, 4)}-01-01`, to: todayWib() };

function bars(title, rows, testid) {
  const max = Math.max(1, ...rows.map((r) => r.cases));
  return h(
    "section.card.report-block",
    { "data-testid": testid },
    h("h2", {}, title),
    h(
      "div.chart",
      { role: "img", "aria-label": `Grafik ${title}` },
      rows.map((r) =>
        h(
          "div.bar-row",
          {},
          h("span.bar-label", {}, r.label),
          h("span.bar", { style: { width: `${Math.round((r.cases / max) * 100)}%` } }),
          h("span.bar-value", {}, String(r.cases)),
        ),
      ),
    ),
    h(
      "table",
      {},
      h("thead", {}, h("tr", {}, h("th", {}, "Uraian"), h("th", {}, "Jumlah kasus"), h("th", {}, "Selesai"))),
      h(
        "tbody",
        {},
        rows.map((r) =>
          h(
            "tr",
            { dataset: { key: r.key ?? "" } },
            h("td", {}, r.label),
            h("td.num", {}, String(r.cases)),
            h("td.num", {}, String(r.resolved)),
          ),
        ),
      ),
    ),
  );
}

const pct = (x) => (x === null ? "–" : `${(Math.round(x * 1000) / 10).toLocaleString("id-ID")}%`);
const hours = (x) => (x === null ? "–" : `${x.toLocaleString("id-ID")} jam`);

export async function renderReports(main, session) {
  const national = session.me.national;
  const out = h("div#report");
  const agency = h(
    "select",
    { name: "agencyId", disabled: !national },
    national ? option("all", "Semua instansi", state.agencyId === "all") : null,
    session.reference.agencies
      .filter((a) => national || a.id === session.me.agency.id)
      .map((a) => option(a.id, a.name, (state.agencyId || session.me.agency.id) === a.id)),
  );
  const from = h("input", { type: "date", name: "from", value: state.from, required: true });
  const to = h("input", { type: "date", name: "to", value: state.to, required: true });
  const form = h(
    "form.filters",
    {
      onsubmit: (e) => {
        e.preventDefault();
        state.agencyId = agency.value;
        state.from = from.value;
        state.to = to.value;
        void load();
      },
    },
    field("Instansi", agency),
    field("Dari tanggal", from),
    field("Sampai tanggal", to),
    h("button", { type: "submit" }, "Tampilkan"),
  );
  clear(main, h("h1", {}, "Laporan Pemantauan dan Evaluasi"), form, out);

  async function load() {
    const params = query({ agencyId: agency.value, from: from.value, to: to.value });
    const r = await api.get(`/api/reports${params}`);
    clear(
      out,
      h(
        "p",
        {},
        `${r.agency.name}, ${r.from} s.d. ${r.to}. `,
        h("a.button", { href: `/api/reports.csv${params}`, download: "", "data-testid": "csv-link" }, "Unduh CSV"),
      ),
      h(
        "div.stats",
        {},
        h("div.stat", { "data-testid": "stat-total" }, h("span", {}, "Jumlah pengaduan"), h("strong", {}, String(r.total))),
        h("div.stat", { "data-testid": "stat-resolved" }, h("span", {}, "Kasus diselesaikan"), h("strong", {}, String(r.resolved))),
        h("div.stat", {}, h("span", {}, "Median respons pertama"), h("strong", {}, hours(r.medianFirstResponseHours))),
        h("div.stat", {}, h("span", {}, "Median penyelesaian"), h("strong", {}, hours(r.medianResolutionHours))),
        h(
          "div.stat",
          {},
          h("span", {}, "Kepatuhan SLA respons"),
          h("strong", {}, pct(r.firstResponse.compliance)),
          h("small", {}, `${r.firstResponse.met} tepat waktu, ${r.firstResponse.breached} terlambat`),
        ),
        h(
          "div.stat",
          {},
          h("span", {}, "Kepatuhan SLA penyelesaian"),
          h("strong", {}, pct(r.resolution.compliance)),
          h("small", {}, `${r.resolution.met} tepat waktu, ${r.resolution.breached} terlambat`),
        ),
      ),
      h(
        "div.report-grid",
        {},
        bars("Menurut jenis kasus", r.byKind, "by-kind"),
        bars("Menurut daerah asal", r.byRegion, "by-region"),
        bars("Menurut kabupaten/kota asal", r.byRegency, "by-regency"),
        bars("Menurut kanal", r.byChannel, "by-channel"),
        bars("Menurut status", r.byStatus, "by-status"),
      ),
      satisfactionTable(r.satisfaction),
    );
  }
  await load();
}

/** The satisfaction survey by office: average rating (1-5) and how many rated. */
function satisfactionTable(rows) {
  return h(
    "section.card",
    {},
    h("h2", {}, "Kepuasan pelapor"),
    !rows || rows.length === 0
      ? h("p", {}, "Belum ada penilaian pada periode ini.")
      : h(
          "table",
          { "data-testid": "satisfaction" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["Kantor", "Rata-rata (1-5)", "Jumlah penilaian", "Belum menjawab"].map((t) => h("th", {}, t)),
            ),
          ),
          h(
            "tbody",
            {},
            rows.map((row) =>
              h(
                "tr",
                {},
                h("td", {}, row.name),
                h("td.num", {}, row.count ? String(row.average) : "–"),
                h("td.num", {}, String(row.count)),
                h("td.num", {}, String(row.unanswered)),
              ),
            ),
          ),
        ),
  );
}
