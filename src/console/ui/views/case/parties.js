import { api } from "../../api.js";
import { field, h, option } from "../../dom.js";
import { ROLE_LABELS } from "../labels.js";

/** The agencies on the case and their roles. */
export function partiesPanel({ c }) {
  return h(
    "section.card",
    {},
    h("h2", {}, "Instansi yang terlibat"),
    h("ul.parties", {}, c.parties.map((p) => h("li", {}, h("strong", {}, p.name), ` — ${ROLE_LABELS[p.role]}`, p.reason ? h("small", {}, ` (${p.reason})`) : null))),
  );
}

/** Hand the lead to another agency. */
export function referPanel({ c, caseId, ref, act }) {
  const others = ref.agencies.filter((a) => !c.parties.some((p) => p.agencyId === a.id && p.role === "LEAD"));
  const referTo = h("select", { name: "referAgency" }, others.map((a) => option(a.id, a.name)));
  const referReason = h("input", { name: "referReason", required: true, maxlength: 1000 });
  const keep = h("input", { type: "checkbox", name: "keepAsSupport", checked: true });
  return h(
    "form.card",
    { onsubmit: act("Kasus dirujuk.", () => api.post(`/api/cases/${caseId}/refer`, { agencyId: referTo.value, reason: referReason.value, previousLead: keep.checked ? "SUPPORT" : "REMOVE" })) },
    h("h2", {}, "Rujuk ke instansi lain"),
    field("Instansi tujuan", referTo),
    field("Alasan rujukan", referReason),
    h("label.check", {}, keep, "Instansi saya tetap terlibat sebagai pendukung"),
    h("button", { type: "submit" }, "Rujuk"),
  );
}

/** Close this case as a duplicate of another ticket. */
export function mergePanel({ caseId, act }) {
  const intoTicket = h("input", { name: "intoTicket", placeholder: "PMI-XXXXXX", required: true, maxlength: 20 });
  return h(
    "form.card",
    { onsubmit: act("Kasus digabungkan.", () => api.post(`/api/cases/${caseId}/merge`, { intoTicket: intoTicket.value.trim() })) },
    h("h2", {}, "Gabungkan kasus duplikat"),
    field("Gabungkan kasus ini ke tiket", intoTicket, "Kasus ini akan ditutup; penanganan berlanjut di tiket tujuan."),
    h("button", { type: "submit", class: "secondary" }, "Gabungkan"),
  );
}

/** Add a supporting agency. */
export function addPartyPanel({ c, caseId, ref, act }) {
  const addable = ref.agencies.filter((a) => !c.parties.some((p) => p.agencyId === a.id));
  const partySelect = h("select", { name: "partyAgency" }, addable.map((a) => option(a.id, a.name)));
  const partyReason = h("input", { name: "partyReason", required: true, maxlength: 1000 });
  return h(
    "form.card",
    { onsubmit: act("Instansi pendukung ditambahkan.", () => api.post(`/api/cases/${caseId}/parties`, { agencyId: partySelect.value, reason: partyReason.value })) },
    h("h2", {}, "Tambahkan instansi pendukung"),
    field("Instansi", partySelect),
    field("Alasan", partyReason),
    h("button", { type: "submit", class: "secondary", disabled: addable.length === 0 }, "Tambahkan"),
  );
}
