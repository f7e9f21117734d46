import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT, recordAuditEvent } from "../../src/audit/record-audit-event.js";
import { verifyAuditChain } from "../../src/audit/verify-audit-chain.js";
import { createDatabase, type Db } from "../../src/infra/prisma.js";
import type { SqlPool } from "../../src/infra/sql.js";
import { fileDatabaseUrl } from "../support/file-database.js";

/**
 * The audit trail on the file's own database (tampering here must not disturb other suites):
 * append-only for every client, hash-chained in commit order, and the verifier names an edited,
 * deleted or unsealed row. Tampering is simulated as a superuser who switches the triggers off.
 */
describe("append-only, hash-chained audit trail", () => {
  let db: Db;
  let sql: SqlPool;

  beforeAll(async () => {
    ({ db, sql } = createDatabase(await fileDatabaseUrl(), 6));
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  const asSuperuser = async (statements: string[]) => {
    await sql.transaction(async (tx) => {
      for (const statement of statements) await tx.run([statement] as unknown as TemplateStringsArray);
    });
  };

  it("chains events written concurrently by Prisma and by batched plain SQL, in commit order", async () => {
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      writes.push(recordAuditEvent(db, { type: AUDIT.exportReport, note: `ekspor ${i}`, data: { i } }));
      writes.push(
        sql.transaction(async (tx) => {
          await tx.run`INSERT INTO "CaseEvent" (id, type, data, "createdAt")
            SELECT gen_random_uuid(), 'BATCH', jsonb_build_object('n', n), now() FROM generate_series(1, 5) n`;
          // Hold the transaction open a little so commits interleave with the other writers.
          await tx.run`SELECT pg_sleep(0.01)`;
        }),
      );
    }
    await Promise.all(writes);
    const result = await verifyAuditChain(db);
    expect(result.problems).toEqual([]);
    expect(result.checked).toBe(20 + 20 * 5);
    expect(result.head?.seq).toBe(String(120));
  });

  it("refuses UPDATE, DELETE and TRUNCATE of events and links, through Prisma and through SQL", async () => {
    const { id } = await recordAuditEvent(db, { type: AUDIT.revealPersonalData, note: "Menampilkan NIK" });
    await expect(db.caseEvent.update({ where: { id }, data: { note: "diubah" } })).rejects.toThrow(/append-only/);
    await expect(db.caseEvent.delete({ where: { id } })).rejects.toThrow(/append-only/);
    await expect(sql.run`UPDATE "CaseEvent" SET note = 'diubah' WHERE id = ${id}::uuid`).rejects.toThrow(/append-only/);
    await expect(sql.run`DELETE FROM "CaseEventChain" WHERE "eventId" = ${id}::uuid`).rejects.toThrow(/append-only/);
    await expect(sql.run`TRUNCATE "CaseEvent" CASCADE`).rejects.toThrow(/append-only/);
    const row = await db.caseEvent.findUniqueOrThrow({ where: { id } });
    expect(row.note).toBe("Menampilkan NIK");
    expect((await verifyAuditChain(db)).problems).toEqual([]);
  });

  it("names the row a superuser edited, deleted or slipped in with the triggers off", async () => {
    const edited = await recordAuditEvent(db, {
      type: AUDIT.revealPersonalData,
      note: "Menampilkan telepon pelapor",
      data: { field: "reporterPhone" },
    });
    const deleted = await recordAuditEvent(db, { type: AUDIT.exportReport, note: "Mengunduh laporan CSV" });
    await recordAuditEvent(db, { type: AUDIT.exportReport, note: "sesudahnya" });
    expect((await verifyAuditChain(db)).problems).toEqual([]);

    const slipped = randomUUID();
    await asSuperuser([
      `ALTER TABLE "CaseEvent" DISABLE TRIGGER USER`,
      `UPDATE "CaseEvent" SET data = '{"field":"nik"}' WHERE id = '${edited.id}'`,
      `DELETE FROM "CaseEvent" WHERE id = '${deleted.id}'`,
      `INSERT INTO "CaseEvent" (id, type, "createdAt") VALUES ('${slipped}', 'FORGED', now())`,
      `ALTER TABLE "CaseEvent" ENABLE TRIGGER USER`,
    ]);

    const result = await verifyAuditChain(db);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.kind, p.eventId])).toEqual([
      ["edited", edited.id],
      ["deleted", deleted.id],
      ["unsealed", slipped],
    ]);
    expect(result.problems[0]).toMatchObject({ type: AUDIT.revealPersonalData, seq: expect.stringMatching(/^\d+$/) });
  });
});
