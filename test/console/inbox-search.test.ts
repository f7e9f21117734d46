import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Officer } from "../../src/console/auth/sessions.js";
import { queryInbox } from "../../src/console/routes/inbox-query.js";
import { createTestContext, type TestContext } from "../support/test-app.js";
import { createConsoleApp, openCase, seedOfficers, signIn } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let officers: Awaited<ReturnType<typeof seedOfficers>>;
const officerOf = (agencyId: string) => officers.find((o) => o.agencyId === agencyId)!;

interface InboxBody {
  total: number;
  totalExact: boolean;
  cases: { id: string }[];
}

beforeAll(async () => {
  ctx = await createTestContext({ CONSOLE_LOGIN_MAX_PER_15MIN: "1000" });
  app = await createConsoleApp(ctx);
  officers = await seedOfficers(ctx, "cari");
});

afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

describe("inbox search", () => {
  it("finds a case by any part of the worker's or the reporter's phone, however it was written, and by its ticket in any form", async () => {
    const byWorkerPhone = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", details: { workerPhone: "0813-9191-4242" } });
    const byReporterPhone = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", reporterPhone: "+62 857 7373 9876" });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const ids = async (q: string) => ((await client.get(`/api/cases?status=all&q=${encodeURIComponent(q)}`)).json() as InboxBody).cases.map((c) => c.id);

    expect(await ids("91914242")).toEqual([byWorkerPhone.id]);
    expect(await ids("+62 813 9191 42")).toEqual([byWorkerPhone.id]);
    expect(await ids("13-9191-42")).toEqual([byWorkerPhone.id]);
    expect(await ids("0857-7373-98")).toEqual([byReporterPhone.id]);
    expect(await ids("73739876")).toEqual([byReporterPhone.id]);
    const code = byWorkerPhone.ticket.slice(4);
    expect(await ids(`pmi ${code.slice(0, 3)} ${code.slice(3)}`.toLowerCase())).toEqual([byWorkerPhone.id]);
    expect(await ids(code)).toEqual([byWorkerPhone.id]);
    // Another agency's officer finds nothing: the search keeps the access rule.
    const other = await signIn(app, officerOf("BP3MI-JK").username);
    expect(((await other.get("/api/cases?status=all&q=91914242")).json() as InboxBody).cases).toEqual([]);
  });

  it("finds cases by the reporter's name and the worker's name, with the kind filter matching extra kinds too", async () => {
    const mixed = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", extraKinds: ["KEKERASAN"], reporterName: "Wartinah Pencarian" });
    const worker = await openCase(ctx, { regionId: "ID-LA", kind: "KEKERASAN", workerName: "Sukinah Wartinah" });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const ids = async (query: string) => ((await client.get(`/api/cases?status=all&${query}`)).json() as InboxBody).cases.map((c) => c.id).sort();

    expect(await ids("q=wartinah")).toEqual([mixed.id, worker.id].sort());
    expect(await ids("q=wartinah&kind=KEKERASAN")).toEqual([mixed.id, worker.id].sort());
    expect(await ids("q=wartinah&kind=GAJI")).toEqual([mixed.id]);
    expect(await ids("q=pencarian")).toEqual([mixed.id]);
    expect(await ids("q=wartinah&kind=TPPO")).toEqual([]);
  });

  it("tells a search page whether another page follows instead of counting every match", async () => {
    const opened = [];
    for (let i = 0; i < 3; i++) opened.push(await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", workerName: `Larasati Halaman ${i}` }));
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const page = async (n: number) => (await client.get(`/api/cases?status=all&q=larasati%20halaman&pageSize=2&page=${n}`)).json() as InboxBody;

    const first = await page(1);
    expect(first).toMatchObject({ total: 2, totalExact: false });
    expect(first.cases).toHaveLength(2);
    const second = await page(2);
    expect(second).toMatchObject({ total: 3, totalExact: true });
    expect(second.cases).toHaveLength(1);
    expect([...first.cases, ...second.cases].map((c) => c.id).sort()).toEqual(opened.map((c) => c.id).sort());
    expect(await page(3)).toMatchObject({ total: 3, totalExact: true, cases: [] });
  });

  it("counts a long list only up to the cap and then says there are more", async () => {
    const la = officerOf("BP3MI-LA");
    const officer: Officer = { id: la.id, username: la.username, name: "Petugas", role: "OFFICER", agencyId: la.agencyId, agencyName: "BP3MI Lampung", agencyKind: la.agencyKind, sessionId: "-", csrfToken: "-" };
    for (let i = 0; i < 3; i++) {
      const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
      await ctx.db.case.update({ where: { id: c.id }, data: { assignedOfficerId: la.id } });
    }
    const filter = { status: "all", assigned: "me" as const, page: 1, pageSize: 2 };
    expect(await queryInbox(ctx.db, officer, filter, new Date(), 2)).toMatchObject({ total: 2, totalExact: false });
    expect(await queryInbox(ctx.db, officer, filter, new Date(), 3)).toMatchObject({ total: 3, totalExact: true });
    // Further pages count further: page 2 starts after the first two.
    expect(await queryInbox(ctx.db, officer, { ...filter, page: 2 }, new Date(), 2)).toMatchObject({ total: 3, totalExact: true });
  });
});
