import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { createOfficer } from "../../src/console/auth/create-officer.js";
import type { TestContext } from "../support/test-app.js";
import { openCase, PASSWORD, signIn, useConsoleApp } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;

useConsoleApp({}, (started) => ({ ctx, app } = started));

const as = async (agencyId: string, role: "OFFICER" | "SUPERVISOR" | "ADMIN") => {
  const username = `pihak-${agencyId}-${role}`.toLowerCase();
  if (!(await ctx.db.officer.findUnique({ where: { username } })))
    await createOfficer(ctx.db, { username, name: `Petugas ${agencyId}`, agencyId, role, password: PASSWORD });
  return signIn(app, username);
};

const partiesOf = async (caseId: string) =>
  (await ctx.db.caseAgency.findMany({ where: { caseId }, select: { agencyId: true, role: true } }))
    .map((p) => `${p.agencyId}:${p.role}`)
    .sort();

describe("who may add a party to a case", () => {
  it("only a supervisor or administrator of the lead agency, or of the national level", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const parties = await ctx.db.caseAgency.findMany({ where: { caseId: c.id }, select: { agencyId: true, role: true } });
    const lead = parties.find((p) => p.role === "LEAD")!.agencyId;
    const support = parties.find((p) => p.role === "SUPPORT")!.agencyId;
    const attempts: [string, "OFFICER" | "SUPERVISOR" | "ADMIN", number][] = [
      [support, "OFFICER", 403],
      [support, "SUPERVISOR", 403],
      [support, "ADMIN", 403],
      [lead, "OFFICER", 403],
      ["KP2MI", "OFFICER", 403],
      [lead, "SUPERVISOR", 201],
      [lead, "ADMIN", 201],
      ["KP2MI", "SUPERVISOR", 201],
    ];
    const candidates = ["DISDIKBUD-LA", "DINKES-LA", "DINSOS-LA"];
    for (const [agencyId, role, expected] of attempts) {
      const client = await as(agencyId, role);
      const target = expected === 201 ? candidates.shift()! : "DINSOS-JK";
      const res = await client.post(`/api/cases/${c.id}/parties`, { agencyId: target, reason: "Koordinasi" });
      expect(res.statusCode, `${agencyId} ${role}`).toBe(expected);
      if (expected === 403) expect(res.json().error).toMatch(/^Hanya supervisor atau administrator instansi penanggung jawab utama/);
      expect((await client.get(`/api/cases/${c.id}`)).json().canAddParties, `${agencyId} ${role}`).toBe(expected === 201);
    }
    expect(await partiesOf(c.id)).not.toContain("DINSOS-JK:SUPPORT");
    expect(await ctx.db.caseEvent.count({ where: { caseId: c.id, type: "PARTY_ADDED" } })).toBe(3);
  });
});

describe("merging does not widen who sees the surviving case", () => {
  it("keeps the surviving case's parties, names the duplicate's others in the timeline, and its lead may add them", async () => {
    const keep = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const duplicate = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const supervisor = await as("BP3MI-LA", "SUPERVISOR");
    expect(
      (await supervisor.post(`/api/cases/${duplicate.id}/parties`, { agencyId: "DINKES-LA", reason: "Perlu layanan kesehatan" }))
        .statusCode,
    ).toBe(201);
    const before = await partiesOf(keep.id);
    expect((await supervisor.post(`/api/cases/${duplicate.id}/merge`, { intoTicket: keep.ticket })).statusCode).toBe(200);
    expect(await partiesOf(keep.id)).toEqual(before);
    const dinkes = await as("DINKES-LA", "SUPERVISOR");
    expect((await dinkes.get(`/api/cases/${keep.id}`)).statusCode).toBe(404);
    const event = await ctx.db.caseEvent.findFirstOrThrow({ where: { caseId: keep.id, type: "MERGED_FROM" } });
    expect(event.data).toMatchObject({ duplicateId: duplicate.id, missingParties: ["DINKES-LA"] });
    expect(
      (await supervisor.post(`/api/cases/${keep.id}/parties`, { agencyId: "DINKES-LA", reason: "Dari kasus duplikat" })).statusCode,
    ).toBe(201);
    expect((await dinkes.get(`/api/cases/${keep.id}`)).statusCode).toBe(200);
  });
});
