import { api } from "../../api.js";
import { field, h, option } from "../../dom.js";
import { URGENCY_LABELS } from "../labels.js";

/** Kind and urgency of the case. */
export function classificationPanel({ c, caseId, ref, act, fold }) {
  const kindSelect = h(
    "select",
    { name: "kind" },
    ref.kinds.map((k) => option(k.kind, k.label, k.kind === c.kind)),
  );
  const urgencySelect = h(
    "select",
    { name: "urgency" },
    Object.entries(URGENCY_LABELS).map(([u, label]) => option(u, label, u === c.urgency)),
  );
  return fold(
    "classification",
    "Jenis dan urgensi",
    h(
      "form",
      {
        "data-testid": "classification",
        onsubmit: act("Jenis dan urgensi disimpan.", () =>
          api.post(`/api/cases/${caseId}/classification`, { kind: kindSelect.value, urgency: urgencySelect.value }),
        ),
      },
      field("Jenis masalah", kindSelect),
      field("Urgensi", urgencySelect),
      h("button", { type: "submit", class: "secondary" }, "Simpan jenis dan urgensi"),
    ),
  );
}

/** The status change, with an optional note for the reporter; a status that ends the handling (resolved, closed) asks first. */
export function statusPanel({ c, caseId, act }) {
  const to = h(
    "select",
    { name: "status" },
    c.transitions.map((t) => option(t.status, t.label)),
  );
  const note = h("input", { name: "statusNote", maxlength: 1000 });
  const noteToFamily = h("input", { type: "checkbox", name: "statusNoteToFamily" });
  // The warning comes from the server with the status (core/case-lifecycle.ts): the UI adds no text of its own.
  const ask = () => {
    const target = c.transitions.find((t) => t.status === to.value);
    if (!target?.confirm) return null;
    return {
      title: `Ubah status menjadi ${target.label}?`,
      message: `Kasus ${c.ticket} akan berstatus ${target.label}. ${target.confirm}`,
      confirmLabel: `Ya, ubah menjadi ${target.label}`,
    };
  };
  const change = () =>
    api.post(`/api/cases/${caseId}/status`, {
      to: to.value,
      ...(note.value.trim() ? { note: note.value.trim() } : {}),
      alsoToFamily: noteToFamily.checked,
    });
  return h(
    "form.card.panel-status",
    { "data-testid": "status-form", onsubmit: act("Status diubah; pemberitahuan ke pelapor dalam antrean pengiriman.", change, ask) },
    h("h2", {}, "Ubah status"),
    field("Status baru", to),
    field("Catatan untuk pelapor (opsional)", note),
    h("label.check", {}, noteToFamily, " Juga kirim catatan ini ke keluarga yang mengikuti"),
    h("button", { type: "submit", disabled: c.transitions.length === 0 }, "Ubah status"),
  );
}

/** Who handles the case: claim it, or (supervisors) assign it. Folds on a phone; its title says who it is. */
export function assignmentPanel({ c, caseId, session, ref, act, fold }) {
  const officerSelect = h(
    "select",
    { name: "officer" },
    option("", "Belum ditugaskan"),
    ref.officers.map((o) => option(o.id, o.name, c.assignedOfficer?.id === o.id)),
  );
  const supervisor = ["SUPERVISOR", "ADMIN"].includes(session.me.role);
  return fold(
    "assignment",
    `Penugasan · ${c.assignedOfficer?.name ?? "belum ditugaskan"}`,
    h("p", {}, `Petugas: ${c.assignedOfficer?.name ?? "belum ditugaskan"}`),
    c.assignedOfficer?.id !== session.me.id
      ? h("button", { type: "button", onclick: act("Kasus diambil.", () => api.post(`/api/cases/${caseId}/claim`)) }, "Ambil kasus ini")
      : null,
    supervisor
      ? h(
          "form.inline",
          {
            onsubmit: act("Penugasan disimpan.", () => api.post(`/api/cases/${caseId}/assign`, { officerId: officerSelect.value || null })),
          },
          field("Tugaskan ke", officerSelect),
          h("button", { type: "submit", class: "secondary" }, "Tugaskan"),
        )
      : null,
  );
}
