import { api } from "../../api.js";
import { field, h, option, toast } from "../../dom.js";
import { CHANNEL_LABELS } from "../labels.js";

/** The reply to the reporter, with the agency's templates: it sits under the newest message. */
export function replyComposer({ c, caseId, ref, act, closed, followThread }) {
  const replyText = h("textarea", { name: "reply", rows: 3, maxlength: 4000, required: true });
  const templates = h(
    "select",
    { name: "template", onchange: (e) => insertTemplate(caseId, e.target.value, replyText) },
    option("", "Pilih templat balasan…"),
    ref.templates.map((t) => option(t.id, t.title)),
  );
  const replyToFamily = h("input", { type: "checkbox", name: "replyToFamily" });
  const send = async () => {
    await api.post(`/api/cases/${caseId}/reply`, { text: replyText.value, alsoToFamily: replyToFamily.checked });
    replyText.value = "";
    replyToFamily.checked = false;
    // The officer's own reply is the newest message: show it.
    followThread();
  };
  return h(
    "form.composer",
    {
      "data-testid": "composer",
      onsubmit: act("Balasan dalam antrean pengiriman; tandanya di percakapan berubah menjadi Terkirim setelah dikirim.", send),
    },
    h("h3", {}, `Balas pelapor (${CHANNEL_LABELS[c.channel] ?? c.channel})`),
    field("Templat", templates),
    field("Pesan", replyText, "Dikirim atas nama instansi Anda dengan nomor tiket."),
    h("label.check", {}, replyToFamily, " Juga kirim ke keluarga yang mengikuti pengaduan ini"),
    h("button", { type: "submit", disabled: closed }, "Kirim balasan"),
  );
}

/** Puts the chosen template in the reply box, with {tiket}, {nama} and {kantor} filled by the server for this case. */
async function insertTemplate(caseId, templateId, replyText) {
  if (!templateId) return;
  const before = replyText.value;
  try {
    const { templates } = await api.get(`/api/cases/${caseId}/reply-templates`);
    const t = templates.find((x) => x.id === templateId);
    // What the officer typed meanwhile is theirs: the template does not overwrite it.
    if (t && replyText.value === before) replyText.value = t.text;
  } catch (error) {
    toast(error.message, "error");
  }
}

/** An internal note, never sent to the reporter. */
export function notePanel({ caseId, act, fold }) {
  const noteText = h("textarea", { name: "note", rows: 3, maxlength: 5000, required: true });
  return fold(
    "note",
    "Catatan internal",
    h(
      "form",
      {
        onsubmit: act("Catatan internal disimpan.", async () => {
          await api.post(`/api/cases/${caseId}/notes`, { text: noteText.value });
          noteText.value = "";
        }),
      },
      field("Catatan", noteText, "Hanya dilihat petugas; tidak pernah dikirim ke pelapor."),
      h("button", { type: "submit", class: "secondary" }, "Simpan catatan"),
    ),
  );
}
