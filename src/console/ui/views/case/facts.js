import { api } from "../../api.js";
import { field, h, option } from "../../dom.js";

/** The officer completes or corrects the case facts. */
export function factsPanel({ c, caseId, ref, act, fold }) {
  // Identifiers are never filled in (they are masked): typed, they replace the stored number.
  const IDENTIFIERS = { workerPhone: c.worker.phone, passportNumber: c.worker.passportNumber, nik: c.worker.nik };
  const factValue = {
    workerName: c.worker.name,
    employerName: c.employerName,
    placementCompany: c.placementCompany,
    agencyAbroad: c.agencyAbroad,
    destinationCountry: c.destinationCountry,
    cityAbroad: c.cityAbroad,
    workSector: c.workSector,
    departureDate: c.departureDate,
  };
  const factInputs = ref.factFields.map(({ field: name, label }) => {
    const control =
      name === "workSector"
        ? h(
            "select",
            { name: `fact-${name}` },
            option("", "Belum diketahui"),
            ref.workSectors.map((s) => option(s.code, s.label, s.code === c.workSector)),
          )
        : name in IDENTIFIERS
          ? h("input", {
              name: `fact-${name}`,
              maxlength: 200,
              placeholder: IDENTIFIERS[name] ? `Tersimpan: ${IDENTIFIERS[name]} (isi untuk mengganti)` : "",
            })
          : h("input", { name: `fact-${name}`, maxlength: 200, value: factValue[name] ?? "" });
    return { name, control: field(label, control), input: control };
  });
  const changed = () =>
    Object.fromEntries(
      factInputs
        .filter(({ name, input }) => !(name in IDENTIFIERS) || input.value.trim())
        .map(({ name, input }) => [name, input.value.trim() || null]),
    );
  return fold(
    "facts",
    "Lengkapi data kasus",
    h(
      "form",
      { "data-testid": "facts-form", onsubmit: act("Data kasus disimpan.", () => api.post(`/api/cases/${caseId}/facts`, changed())) },
      factInputs.map((f) => f.control),
      h("button", { type: "submit", class: "secondary" }, "Simpan data"),
    ),
  );
}

/** The documents the case kind needs. */
export function checklistPanel({ c, fold }) {
  return fold(
    "checklist",
    "Dokumen yang diperlukan",
    h(
      "ul",
      { "data-testid": "document-checklist" },
      c.documentChecklist.map((d) => h("li", {}, d)),
    ),
  );
}
