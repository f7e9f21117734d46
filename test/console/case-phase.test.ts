import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import type { TestContext } from "../support/test-app.js";
import { openCase, signIn, useConsoleApp, type SeededOfficer } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let officers: SeededOfficer[];
const userOf = (agencyId: string) => officers.find((o) => o.agencyId === agencyId)!.username;

interface Basis {
  phase: string | null;
  phaseLabel: string | null;
  canChangePhase: boolean;
  agreement: { id: string; endsOn: string; expired: boolean } | null;
  routedLead: { agencyId: string; name: string };
  leadMatches: boolean;
}

useConsoleApp({ officers: { tag: "fase" } }, (started) => ({ ctx, app, officers } = started));

describe("a case's phase, changed by an officer", () => {
  it("is recorded with its Indonesian label, and the routing basis says the agreements now give another lead", async () => {
    // Stranded in Lampung, phase unknown: the social office leads (annex 5.3 b).
    const opened = await openCase(ctx, { regionId: "ID-LA", kind: "TERLANTAR", description: "uang habis tidak bisa makan" });
    const officer = await signIn(app, userOf("DINSOS-LA"));
    let basis = (await officer.get(`/api/cases/${opened.id}/routing-basis`)).json() as Basis;
    expect(basis).toMatchObject({ phase: null, canChangePhase: true, routedLead: { agencyId: "DINSOS-LA" }, leadMatches: true });

    const changed = await officer.post(`/api/cases/${opened.id}/phase`, { phase: "SEDANG_BEKERJA" });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ changed: true, reroute: { agencyId: "BP3MI-LA" } });
    // Abroad, the BP3MI leads (annex 5.3 a): the case is not moved, the officer is told.
    basis = (await officer.get(`/api/cases/${opened.id}/routing-basis`)).json() as Basis;
    expect(basis).toMatchObject({
      phase: "SEDANG_BEKERJA",
      phaseLabel: "Sedang bekerja di luar negeri",
      routedLead: { agencyId: "BP3MI-LA" },
      leadMatches: false,
    });
    const lead = await ctx.db.caseAgency.findFirstOrThrow({ where: { caseId: opened.id, role: "LEAD" } });
    expect(lead.agencyId).toBe("DINSOS-LA");

    const { events } = (await officer.get(`/api/cases/${opened.id}/events`)).json() as {
      events: { type: string; label: string; note: string | null }[];
    };
    const event = events.find((e) => e.type === "PHASE_CHANGED")!;
    expect(event.label).toBe("Tahap migrasi diubah");
    expect(event.note).toContain("belum diketahui → Sedang bekerja di luar negeri");
    expect(event.note).toContain("dipimpin");

    // The same phase again changes nothing and writes nothing.
    expect((await officer.post(`/api/cases/${opened.id}/phase`, { phase: "SEDANG_BEKERJA" })).json()).toMatchObject({ changed: false });
    expect(await ctx.db.caseEvent.count({ where: { caseId: opened.id, type: "PHASE_CHANGED" } })).toBe(1);
  });

  it("is changed only by the lead agency, and only to a known phase", async () => {
    const opened = await openCase(ctx, { regionId: "ID-LA", kind: "KESEHATAN" });
    const support = await signIn(app, userOf("BP3MI-LA"));
    expect((await support.post(`/api/cases/${opened.id}/phase`, { phase: "SETELAH_PULANG" })).statusCode).toBe(403);
    expect(((await support.get(`/api/cases/${opened.id}/routing-basis`)).json() as Basis).canChangePhase).toBe(false);
    const lead = await signIn(app, userOf("DINKES-LA"));
    const bad = await lead.post(`/api/cases/${opened.id}/phase`, { phase: "DI_KAPAL" });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { error: string }).error).toContain("tahap");
    const stranger = await signIn(app, userOf("BP3MI-SU"));
    expect((await stranger.get(`/api/cases/${opened.id}/routing-basis`)).statusCode).toBe(404);
  });
});

describe("the agreement behind a case's routing", () => {
  it("is shown as expired for DKI Jakarta (one-year term from 20 January 2025) and in force for Lampung", async () => {
    const jakarta = await openCase(ctx, { regionId: "ID-JK", kind: "GAJI" });
    const officer = await signIn(app, userOf("BP3MI-JK"));
    const basis = (await officer.get(`/api/cases/${jakarta.id}/routing-basis`)).json() as Basis;
    expect(basis.agreement).toMatchObject({ id: "MOU-DKI-2025", endsOn: "2026-01-20", expired: true });

    const lampung = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const lampungBasis = (await (await signIn(app, userOf("BP3MI-LA"))).get(`/api/cases/${lampung.id}/routing-basis`)).json() as Basis;
    expect(lampungBasis.agreement).toMatchObject({ id: "MOU-LAMPUNG-2025", endsOn: "2030-07-30", expired: false });
  });

  it("is none for a region without an agreement (the national queue)", async () => {
    const elsewhere = await openCase(ctx, { regionId: null, kind: "GAJI" });
    const national = await signIn(app, userOf("KP2MI"));
    const basis = (await national.get(`/api/cases/${elsewhere.id}/routing-basis`)).json() as Basis;
    expect(basis.agreement).toBeNull();
    expect(basis.routedLead.agencyId).toBe("KP2MI");
  });
});
