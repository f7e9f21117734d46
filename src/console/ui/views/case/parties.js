import { api } from "../../api.js";
import { field, h, option } from "../../dom.js";
import { ROLE_LABELS } from "../labels.js";

const GROUP_LABELS = { routed: "Sesuai daerah dan jenis kasus", region: "Instansi lain di daerah asal", other: "Instansi lain" };

/** Agencies as options, the likely ones first in their own groups (the server orders them). */
function agencySelect(name, agencies) {
  const groups = Object.keys(GROUP_LABELS)
    .map((g) => [g, agencies.filter((a) => a.group === g)])
    .filter(([, list]) => list.length > 0);
  return h(
    "select",
    { name },
    groups.map(([g, list]) =>
      h(
        "optgroup",
        { label: GROUP_LABELS[g] },
        list.map((a) => option(a.id, a.name)),
      ),
    ),
  );
}

/** The agencies on the case and their roles (folded on a phone, like the other records). */
export function partiesPanel({ c, fold }) {
  return fold(
    "parties",
    "Instansi yang terlibat",
    h(
      "ul.parties",
      {},
      c.parties.map((p) =>
        h("li", {}, h("strong", {}, p.name), ` — ${ROLE_LABELS[p.role]}`, p.reason ? h("small", {}, ` (${p.reason})`) : null),
      ),
    ),
  );
}

/** Hand the lead to another agency, after a confirmation. */
export function referPanel({ c, caseId, act, fold }) {
  const others = c.referralAgencies.filter((a) => !c.parties.some((p) => p.agencyId === a.id && p.role === "LEAD"));
  const referTo = agencySelect("referAgency", others);
  const referReason = h("input", { name: "referReason", required: true, maxlength: 1000 });
  const keep = h("input", { type: "checkbox", name: "keepAsSupport", checked: true });
  const ask = () => ({
    title: "Rujuk kasus ini?",
    message:
      `Kasus ${c.ticket} akan dirujuk ke ${referTo.selectedOptions[0]?.textContent ?? "instansi tujuan"} sebagai ` +
      `penanggung jawab utama, dan pelapor akan diberi tahu. ` +
      `${keep.checked ? "Instansi Anda tetap terlibat sebagai pendukung." : "Instansi Anda tidak lagi terlibat dalam kasus ini."}`,
    confirmLabel: "Ya, rujuk",
  });
  const refer = () =>
    api.post(`/api/cases/${caseId}/refer`, {
      agencyId: referTo.value,
      reason: referReason.value,
      previousLead: keep.checked ? "SUPPORT" : "REMOVE",
    });
  return fold(
    "refer",
    "Rujuk ke instansi lain",
    h(
      "form",
      { onsubmit: act("Kasus dirujuk.", refer, ask) },
      field("Instansi tujuan", referTo),
      field("Alasan rujukan", referReason),
      h("label.check", {}, keep, "Instansi saya tetap terlibat sebagai pendukung"),
      h("button", { type: "submit" }, "Rujuk"),
    ),
  );
}

/** Close this case as a duplicate of another ticket, after a confirmation. */
export function mergePanel({ c, caseId, act, fold }) {
  const intoTicket = h("input", { name: "intoTicket", placeholder: "PMI-XXXXXX", required: true, maxlength: 20 });
  const ask = () => ({
    title: "Gabungkan kasus ini?",
    message:
      `Kasus ${c.ticket} akan ditutup dan digabungkan ke tiket ${intoTicket.value.trim().toUpperCase()}. Penanganan ` +
      `berlanjut di tiket tujuan.`,
    confirmLabel: "Ya, gabungkan",
  });
  return fold(
    "merge",
    "Gabungkan kasus duplikat",
    h(
      "form",
      { onsubmit: act("Kasus digabungkan.", () => api.post(`/api/cases/${caseId}/merge`, { intoTicket: intoTicket.value.trim() }), ask) },
      field("Gabungkan kasus ini ke tiket", intoTicket, "Kasus ini akan ditutup; penanganan berlanjut di tiket tujuan."),
      h("button", { type: "submit", class: "secondary" }, "Gabungkan"),
    ),
  );
}

/** Add a supporting agency. */
export function addPartyPanel({ c, caseId, act, fold }) {
  const addable = c.referralAgencies.filter((a) => !c.parties.some((p) => p.agencyId === a.id));
  const partySelect = agencySelect("partyAgency", addable);
  const partyReason = h("input", { name: "partyReason", required: true, maxlength: 1000 });
  return fold(
    "add-party",
    "Tambahkan instansi pendukung",
    h(
      "form",
      {
        onsubmit: act("Instansi pendukung ditambahkan.", () =>
          api.post(`/api/cases/${caseId}/parties`, { agencyId: partySelect.value, reason: partyReason.value }),
        ),
      },
      field("Instansi", partySelect),
      field("Alasan", partyReason),
      h("button", { type: "submit", class: "secondary", disabled: addable.length === 0 }, "Tambahkan"),
    ),
  );
}
