import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlOver, type Sql } from "../../src/infra/sql.js";
import { useTestApp } from "../support/test-app.js";

const app = useTestApp();

/** The hot path's SQL layer (src/infra/sql.ts) against the real database. */
describe("plain SQL over the shared pool", () => {
  // Timestamps must not depend on the machine's zone: run these with Jakarta's (UTC+7).
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = "Asia/Jakarta";
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  async function newReporter(sql: Sql, name: string, at: Date): Promise<string> {
    const id = randomUUID();
    await sql.run`INSERT INTO "Reporter" (id, kind, name, "createdAt") VALUES (${id}::uuid, 'UNKNOWN', ${name}, ${at}::timestamp(3))`;
    return id;
  }

  it("binds every value as a parameter, never as SQL text", async () => {
    const { ctx } = app;
    const hostile = `x'); DROP TABLE "Reporter"; --`;
    const id = await newReporter(ctx.sql, hostile, new Date());
    const [row] = await ctx.sql.rows<{ name: string }>`SELECT name FROM "Reporter" WHERE id = ${id}::uuid`;
    expect(row!.name).toBe(hostile);
  });

  it("writes and reads timestamps as UTC, as Prisma does, whatever the process's time zone", async () => {
    const { ctx } = app;
    const at = new Date("2026-11-23T17:30:00.123Z");
    const id = await newReporter(ctx.sql, "Zona", at);
    const [row] = await ctx.sql.rows<{ createdAt: Date; text: string }>`
      SELECT "createdAt", to_char("createdAt", 'YYYY-MM-DD HH24:MI:SS.MS') AS text FROM "Reporter" WHERE id = ${id}::uuid`;
    expect(row!.text).toBe("2026-11-23 17:30:00.123");
    expect(row!.createdAt.toISOString()).toBe(at.toISOString());
    const viaPrisma = await ctx.db.reporter.findUniqueOrThrow({ where: { id }, select: { createdAt: true } });
    expect(viaPrisma.createdAt.toISOString()).toBe(at.toISOString());
  });

  it("rolls a transaction back when its work fails, and commits it when it does not", async () => {
    const { ctx } = app;
    const name = `rollback-${randomUUID()}`;
    await expect(
      ctx.sql.transaction(async (tx) => {
        await newReporter(tx, name, new Date());
        throw new Error("fails after the insert");
      }),
    ).rejects.toThrow("fails after the insert");
    expect(await ctx.db.reporter.count({ where: { name } })).toBe(0);

    await ctx.sql.transaction((tx) => newReporter(tx, name, new Date()));
    expect(await ctx.db.reporter.count({ where: { name } })).toBe(1);
  });

  it("runs the same SQL inside a Prisma transaction (console actions), rolled back with it", async () => {
    const { ctx } = app;
    const name = `prisma-${randomUUID()}`;
    const at = new Date("2027-01-01T00:00:00.000Z");
    await expect(
      ctx.db.$transaction(async (tx) => {
        const id = await newReporter(sqlOver(tx), name, at);
        const [row] = await sqlOver(tx).rows<{ createdAt: Date }>`SELECT "createdAt" FROM "Reporter" WHERE id = ${id}::uuid`;
        expect(row!.createdAt.toISOString()).toBe(at.toISOString());
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await ctx.db.reporter.count({ where: { name } })).toBe(0);
  });
});
