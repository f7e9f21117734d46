import { describe, expect, it } from "vitest";
import { texts } from "../../src/core/texts.js";

const updated = new Date("2026-11-23T03:00:00Z");

describe("the status a reporter reads (CEK PMI-...)", () => {
  it("says where the worker stands when the case knows it", () => {
    expect(texts.caseStatus("PMI-7K3M9X", "DITANGANI", updated, "BP3MI Lampung", "SETELAH_PULANG")).toContain(
      "Keadaan pekerja: Sudah pulang (purna PMI).",
    );
    expect(texts.caseStatus("PMI-7K3M9X", "DITERIMA", updated, "BP3MI Lampung", "SEBELUM_BEKERJA")).toContain(
      "Keadaan pekerja: Sebelum bekerja (calon PMI).",
    );
  });

  it("says nothing of it when it is not known", () => {
    const text = texts.caseStatus("PMI-7K3M9X", "DITERIMA", updated, "BP3MI Lampung", null);
    expect(text).not.toContain("Keadaan pekerja");
    expect(text).toContain("Ditangani oleh: BP3MI Lampung.");
  });
});
