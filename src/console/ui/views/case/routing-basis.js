import { api } from "../../api.js";
import { clear, field, h, option } from "../../dom.js";

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
/** "2026-01-20" → "20 Januari 2026". */
const longDate = (day) => {
  const [y, m, d] = day.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

/**
 * What the routing rests on: the phase (the lead agency may change it), the lead the agreements
 * give for it, and the agreement behind the route, flagged when it has expired.
 */
export function routingBasisPanel({ caseId, act, closed, fold }) {
  const body = h("div", { "data-testid": "routing-basis" }, h("p.muted", {}, "Memuat…"));
  api
    .get(`/api/cases/${caseId}/routing-basis`)
    .then((basis) => clear(body, ...basisParts(basis, caseId, act, closed)))
    .catch((error) => clear(body, h("p.muted", {}, error.message)));
  // A secondary panel: folded on a phone like the others, so the actions stay first.
  return fold("routing-basis", "Dasar rute", body);
}

function basisParts(basis, caseId, act, closed) {
  const parts = [];
  if (basis.canChangePhase && !closed) {
    const select = h(
      "select",
      { name: "phase" },
      option("", "Belum diketahui", !basis.phase),
      basis.phases.map((p) => option(p.phase, p.label, p.phase === basis.phase)),
    );
    parts.push(
      h(
        "form",
        {
          onsubmit: act("Tahap disimpan dan dicatat di linimasa.", () =>
            api.post(`/api/cases/${caseId}/phase`, { phase: select.value || null }),
          ),
        },
        field("Tahap", select, "Sebelum bekerja, sedang di luar negeri, atau sudah pulang: perjanjian membagi tugas menurut tahap."),
        h("button", { type: "submit", class: "secondary" }, "Simpan tahap"),
      ),
    );
  } else {
    parts.push(h("p", {}, "Tahap: ", h("strong", {}, basis.phaseLabel ?? "Belum diketahui")));
  }
  if (!basis.leadMatches) {
    parts.push(
      h(
        "p.routing-note",
        { "data-testid": "reroute-note" },
        `Menurut perjanjian, kasus dengan jenis dan tahap ini dipimpin ${basis.routedLead.name}. Rujuk kasus ke sana bila perlu.`,
      ),
    );
  }
  const a = basis.agreement;
  if (!a) {
    parts.push(h("p.muted", {}, "Daerah asal tidak tercakup perjanjian kerja sama: kasus ditangani antrean nasional."));
  } else {
    parts.push(h("p", {}, `${a.title} (${a.numbers.join("; ")}), berlaku sampai ${longDate(a.endsOn)}.`));
    if (a.expired) {
      parts.push(
        h(
          "p.routing-note",
          { "data-testid": "agreement-expired" },
          `Perjanjian kerja sama yang menjadi dasar rute ini berakhir pada ${longDate(a.endsOn)} — periksa dasar penanganannya.`,
        ),
      );
    }
  }
  return parts;
}
