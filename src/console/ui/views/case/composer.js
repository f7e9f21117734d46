import { api } from "../../api.js";
import { field, h, option } from "../../dom.js";
import { CHANNEL_LABELS } from "../labels.js";

/** The reply to the reporter, with the agency's templates. */
export function replyPanel({ c, caseId, ref, act, closed }) {
  const replyText = h("textarea", { name: "reply", rows: 4, maxlength: 4000, required: true });
  const templates = h(
    "select",
    { name: "template", onchange: (e) => { const t = ref.templates.find((x) => x.id === e.target.value); if (t) replyText.value = t.text; } },
    option("", "Pilih templat balasan…"),
    ref.templates.map((t) => option(t.id, t.title)),
  );
  const replyToFamily = h("input", { type: "checkbox", name: "replyToFamily" });
  return h(
    "form.card",
    { onsubmit: act("Balasan dalam antrean pengiriman; tandanya di percakapan berubah menjadi Terkirim setelah dikirim.", async () => { await api.post(`/api/cases/${caseId}/reply`, { text: replyText.value, alsoToFamily: replyToFamily.checked }); replyText.value = ""; replyToFamily.checked = false; }) },
    h("h2", {}, `Balas pelapor (${CHANNEL_LABELS[c.channel] ?? c.channel})`),
    field("Templat", templates),
    field("Pesan", replyText, "Dikirim atas nama instansi Anda dengan nomor tiket."),
    h("label.check", {}, replyToFamily, " Juga kirim ke keluarga yang mengikuti pengaduan ini"),
    h("button", { type: "submit", disabled: closed }, "Kirim balasan"),
  );
}

/** An internal note, never sent to the reporter. */
export function notePanel({ caseId, act }) {
  const noteText = h("textarea", { name: "note", rows: 3, maxlength: 5000, required: true });
  return h(
    "form.card",
    { onsubmit: act("Catatan internal disimpan.", async () => { await api.post(`/api/cases/${caseId}/notes`, { text: noteText.value }); noteText.value = ""; }) },
    h("h2", {}, "Catatan internal"),
    field("Catatan", noteText, "Hanya dilihat petugas; tidak pernah dikirim ke pelapor."),
    h("button", { type: "submit", class: "secondary" }, "Simpan catatan"),
  );
}
