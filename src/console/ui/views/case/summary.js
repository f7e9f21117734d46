import { api } from "../../api.js";
import { h } from "../../dom.js";
import { CHANNEL_LABELS } from "../labels.js";

/**
 * A masked identifier with its audited "Tampilkan" button. A revealed value is kept for the
 * page's redraws, and the reload after it shows the reveal's audit entry in the timeline.
 */
function masked({ caseId, act, revealed }, label, fieldName, value) {
  const reveal = act("Data ditampilkan (dicatat di linimasa).", async () => {
    const res = await api.post(`/api/cases/${caseId}/reveal`, { field: fieldName });
    revealed[fieldName] = res.value ?? "–";
  });
  const shown = revealed[fieldName];
  return h(
    "div.pii",
    {},
    h("dt", {}, label),
    h(
      "dd",
      {},
      h("span", { "data-pii": fieldName }, shown ?? value ?? "–"),
      value && shown === undefined ? h("button", { type: "button", class: "link", onclick: reveal }, "Tampilkan") : null,
    ),
  );
}

/** Reporter and worker data, the description, and the audited reveal of numbers in texts. */
export function summaryPanel(ctx) {
  const { c, act, revealTexts, showTexts, fold } = ctx;
  return fold(
    "summary",
    "Data pelapor dan pekerja",
    h(
      "dl.facts",
      {},
      h("dt", {}, "Pelapor"),
      h(
        "dd",
        {},
        c.reporter.name ?? "–",
        c.onBehalf ? ` (keluarga${c.relationship ? `: ${c.relationship}` : ""})` : " (pekerja sendiri)",
        c.reporter.unreachable ? h("span.badge.warn", {}, "Tidak dapat dihubungi") : null,
      ),
      masked(ctx, "Telepon pelapor", "reporterPhone", c.reporter.phone),
      h("dt", {}, "Nama pekerja"),
      h("dd", { "data-testid": "worker-name" }, c.worker.name ?? "–"),
      masked(ctx, "Telepon pekerja", "workerPhone", c.worker.phone),
      masked(ctx, "Nomor paspor", "passportNumber", c.worker.passportNumber),
      masked(ctx, "NIK", "nik", c.worker.nik),
      h("dt", {}, "Daerah asal"),
      h("dd", { "data-testid": "origin" }, c.regency?.label ?? c.region?.name ?? c.originText ?? "Belum diketahui"),
      h("dt", {}, "Negara tujuan"),
      h("dd", {}, [c.destinationCountry, c.cityAbroad].filter(Boolean).join(", ") || "–"),
      h("dt", {}, "Majikan"),
      h("dd", {}, c.employerName ?? "–"),
      h("dt", {}, "Perusahaan penempatan (P3MI/PT)"),
      h("dd", {}, c.placementCompany ?? "–"),
      h("dt", {}, "Agensi di luar negeri"),
      h("dd", {}, c.agencyAbroad ?? "–"),
      h("dt", {}, "Sektor pekerjaan"),
      h("dd", {}, c.workSectorLabel ?? "–"),
      h("dt", {}, "Tanggal keberangkatan"),
      h("dd", {}, c.departureDate ?? "–"),
      h("dt", {}, "Kanal"),
      h("dd", {}, CHANNEL_LABELS[c.channel] ?? c.channel),
      h("dt", {}, "Jenis lain"),
      h("dd", {}, c.extraKinds.length ? c.extraKinds.map((k) => k.label).join(", ") : "–"),
      h("dt", {}, "Pengikut (keluarga)"),
      h(
        "dd",
        {},
        c.followers.length
          ? c.followers.map((f) => `${f.name ?? "Tanpa nama"}${f.verified ? "" : " (belum diverifikasi)"}`).join(", ")
          : "–",
      ),
    ),
    h("h3", {}, "Uraian"),
    h("p.description", {}, c.description),
    revealTexts
      ? null
      : h(
          "button",
          {
            type: "button",
            class: "link",
            "data-testid": "reveal-texts",
            onclick: act("Nomor dalam uraian dan percakapan ditampilkan (dicatat).", async () => showTexts()),
          },
          "Tampilkan nomor dalam uraian dan percakapan",
        ),
  );
}
