import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { AUDIT } from "../../src/audit/record-audit-event.js";
import type { TestContext } from "../support/test-app.js";
import { openCase, signIn, useConsoleApp, type SeededOfficer } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let officers: SeededOfficer[];
const officerOf = (agencyId: string) => officers.find((o) => o.agencyId === agencyId)!;

useConsoleApp(
  { officers: { tag: "privasi", roles: { KP2MI: "ADMIN", "BP3MI-LA": "SUPERVISOR" } } },
  (started) => ({ ctx, app, officers } = started),
);

describe("audit trail in the console", () => {
  it("records every reveal and every CSV export, and the administrator's check finds the chain intact", async () => {
    const admin = await signIn(app, officerOf("KP2MI").username);
    const opened = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", details: { nik: "1801234567890001" } });
    const reveal = await admin.post(`/api/cases/${opened.id}/reveal`, { field: "nik" });
    expect(reveal.statusCode).toBe(200);
    const csv = await admin.get("/api/reports.csv");
    expect(csv.statusCode).toBe(200);

    const events = await ctx.db.caseEvent.findMany({ where: { officerId: admin.me.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.type, e.caseId])).toEqual([
      [AUDIT.revealPersonalData, opened.id],
      [AUDIT.exportReport, null],
    ]);
    const sealed = await ctx.db.caseEventChain.count({ where: { eventId: { in: events.map((e) => e.id) } } });
    expect(sealed).toBe(2);

    const check = await admin.get("/api/audit/verify");
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({ ok: true, problems: [] });
    expect(check.json().checked).toBeGreaterThanOrEqual(2);
  });

  it("lets only administrators run the check", async () => {
    const supervisor = await signIn(app, officerOf("BP3MI-LA").username);
    expect((await supervisor.get("/api/audit/verify")).statusCode).toBe(403);
  });
});
