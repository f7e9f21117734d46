import { describe, expect, it } from "vitest";
import { agreementInForce, routeCase, type RoutingTable } from "../../src/core/routing.js";
import { REGIONS } from "../../src/core/regions.js";
import { AGENCIES, AGREEMENTS, NATIONAL_AGENCY_ID } from "../../src/seed/agreements.js";
import { allRoutingRules } from "../../src/seed/routing-rules.js";

const table: RoutingTable = { rules: allRoutingRules(), agencies: AGENCIES, nationalAgencyId: NATIONAL_AGENCY_ID };
const region = (id: string) => {
  const found = REGIONS.find((r) => r.id === id);
  if (!found) throw new Error(`no region ${id}`);
  return { id: found.id, provinceId: found.provinceId };
};
const route = (regionId: string | null, kind: string, extraKinds: string[] = []) =>
  routeCase({ region: regionId ? region(regionId) : null, kind, extraKinds }, table).map((p) => `${p.agencyId}:${p.role}`);

describe("routing per the agreements", () => {
  it("sends labour matters to the BP3MI with the labour dinas", () => {
    expect(route("ID-JK", "GAJI")).toEqual(["BP3MI-JK:LEAD", "DISNAKERTRANSE-JK:SUPPORT"]);
    expect(route("ID-LA", "DOKUMEN_DITAHAN")).toEqual(["BP3MI-LA:LEAD", "DISNAKER-LA:SUPPORT"]);
    expect(route("KAB-PEKALONGAN", "GAGAL_BERANGKAT")).toEqual(["BP3MI-JT:LEAD", "DINKOPUKMNAKER-KAB-PEKALONGAN:SUPPORT"]);
    expect(route("KAB-ASAHAN", "PENIPUAN_LOWONGAN")).toEqual(["BP3MI-SU:LEAD", "DISNAKER-KAB-ASAHAN:SUPPORT"]);
  });

  it("sends stranded workers to the social office and health to the health office where the agreement names them", () => {
    expect(route("ID-LA", "TERLANTAR")).toEqual(["DINSOS-LA:LEAD", "BP3MI-LA:SUPPORT", "DISNAKER-LA:SUPPORT"]);
    expect(route("ID-JK", "KESEHATAN")).toEqual(["DINKES-JK:LEAD", "BP3MI-JK:SUPPORT", "DISNAKERTRANSE-JK:SUPPORT"]);
    expect(route("ID-LA", "SAKIT_BERAT")).toEqual(["BP3MI-LA:LEAD", "DINKES-LA:SUPPORT", "DISNAKER-LA:SUPPORT"]);
  });

  it("falls back to the default row where the region has no such office", () => {
    expect(route("KAB-ASAHAN", "TERLANTAR")).toEqual(["BP3MI-SU:LEAD", "DISNAKER-KAB-ASAHAN:SUPPORT"]);
  });

  it("brings in the offices of further problems as support", () => {
    expect(route("ID-LA", "GAJI", ["TERLANTAR"])).toEqual(["BP3MI-LA:LEAD", "DISNAKER-LA:SUPPORT", "DINSOS-LA:SUPPORT"]);
  });

  it("uses the province's agreement for a regency inside it", () => {
    const lampungRegency = REGIONS.find((r) => r.provinceId === "ID-LA");
    if (lampungRegency) expect(route(lampungRegency.id, "GAJI")[0]).toBe("BP3MI-LA:LEAD");
  });

  it("sends regions without an agreement to the national queue, with the province's BP3MI where known", () => {
    expect(route("ID-JT", "GAJI")).toEqual(["KP2MI:LEAD", "BP3MI-JT:SUPPORT"]);
    expect(route("ID-SU", "GAJI")).toEqual(["KP2MI:LEAD", "BP3MI-SU:SUPPORT"]);
    expect(route("ID-NB", "GAJI")).toEqual(["KP2MI:LEAD"]);
    expect(route(null, "TPPO")).toEqual(["KP2MI:LEAD"]);
  });

  it("always gives exactly one lead", () => {
    for (const r of REGIONS) {
      for (const kind of ["GAJI", "TERLANTAR", "KESEHATAN", "TPPO", "INFO_PELATIHAN"]) {
        const leads = route(r.id, kind).filter((p) => p.endsWith(":LEAD"));
        expect(leads, `${r.id} ${kind}`).toHaveLength(1);
      }
    }
  });
});

describe("agreements in force", () => {
  const on = new Date("2026-11-23T00:00:00Z");
  const inForce = (id: string) => {
    const a = AGREEMENTS.find((x) => x.id === id)!;
    return agreementInForce(new Date(`${a.signedOn}T00:00:00Z`), a.termYears, on);
  };
  it("knows which agreements have expired by late 2026", () => {
    expect(inForce("MOU-DKI-2025")).toBe(false);
    expect(inForce("MOU-ASAHAN-2021")).toBe(false);
    expect(inForce("MOU-LAMPUNG-2025")).toBe(true);
    expect(inForce("MOU-PEKALONGAN-2022")).toBe(true);
  });
  it("records every agency named in DOMAIN.md's routing table with its published contact", () => {
    const bp3miJk = AGENCIES.find((a) => a.id === "BP3MI-JK")!;
    expect(bp3miJk.phone).toBe("021-87781840");
    expect(bp3miJk.email).toBe("bp3mi.dkijakarta@bp2mi.go.id");
    expect(AGENCIES.find((a) => a.id === "DISNAKER-KAB-ASAHAN")!.fax).toBe("0623-44097");
    expect(AGREEMENTS.map((a) => a.numbers[0])).toEqual([
      "MoU.4/02.01/KS.01/1/2025",
      "MoU.60/02.01/KS.01/VII/2025",
      "40/KA-MoU/KS.01/VI/2022",
      "46/KA-MoU/XII/2021",
    ]);
  });
});

describe("the national 24-hour desk", () => {
  it("joins every emergency as support and leaves other cases alone", async () => {
    const { withNationalDesk } = await import("../../src/core/routing.js");
    const parties = routeCase({ region: region("ID-LA"), kind: "TPPO", extraKinds: [] }, table);
    expect(withNationalDesk(parties, "EMERGENCY", NATIONAL_AGENCY_ID).map((p) => `${p.agencyId}:${p.role}`)).toEqual([
      "BP3MI-LA:LEAD",
      "DISNAKER-LA:SUPPORT",
      "KP2MI:SUPPORT",
    ]);
    expect(withNationalDesk(parties, "HIGH", NATIONAL_AGENCY_ID)).toEqual(parties);
    // Already the lead (no regional agreement): not listed twice.
    const national = routeCase({ region: null, kind: "TPPO", extraKinds: [] }, table);
    expect(withNationalDesk(national, "EMERGENCY", NATIONAL_AGENCY_ID)).toEqual(national);
  });
});
