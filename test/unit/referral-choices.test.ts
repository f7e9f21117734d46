import { describe, expect, it } from "vitest";
import { referralChoices } from "../../src/core/referral-choices.js";
import type { RoutingTable } from "../../src/core/routing.js";
import { AGENCIES, NATIONAL_AGENCY_ID } from "../../src/seed/agreements.js";
import { allRoutingRules } from "../../src/seed/routing-rules.js";

const table: RoutingTable = { rules: allRoutingRules(), agencies: AGENCIES, nationalAgencyId: NATIONAL_AGENCY_ID };
const lampung = { id: "ID-LA", provinceId: null };

describe("referral choices", () => {
  it("puts the agencies the agreement routes this kind to first, then the region's other offices, then the national desk", () => {
    const choices = referralChoices({ region: lampung, kind: "TERLANTAR", extraKinds: [], urgency: "NORMAL" }, table);
    expect(choices.slice(0, 3)).toEqual([
      { agencyId: "DINSOS-LA", group: "routed" },
      { agencyId: "BP3MI-LA", group: "routed" },
      { agencyId: "DISNAKER-LA", group: "routed" },
    ]);
    const region = choices.filter((c) => c.group === "region").map((c) => c.agencyId);
    expect(region.length).toBeGreaterThan(0);
    expect(region.every((id) => AGENCIES.find((a) => a.id === id)?.regionId === "ID-LA")).toBe(true);
    const others = choices.filter((c) => c.group === "other");
    expect(others[0]!.agencyId).toBe(NATIONAL_AGENCY_ID);
    expect(choices.map((c) => c.agencyId).sort()).toEqual(AGENCIES.map((a) => a.id).sort());
  });

  it("brings the national desk up for an emergency, and lists every agency for an unknown region", () => {
    const emergency = referralChoices({ region: lampung, kind: "TPPO", extraKinds: [], urgency: "EMERGENCY" }, table);
    expect(emergency.filter((c) => c.group === "routed").map((c) => c.agencyId)).toContain(NATIONAL_AGENCY_ID);
    const unknown = referralChoices({ region: null, kind: "GAJI", extraKinds: [], urgency: "NORMAL" }, table);
    expect(unknown[0]).toEqual({ agencyId: NATIONAL_AGENCY_ID, group: "routed" });
    expect(unknown.some((c) => c.group === "region")).toBe(false);
  });
});
