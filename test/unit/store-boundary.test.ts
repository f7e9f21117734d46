import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * One store (issue 15): every Prisma and SQL call lives in src/store/ (src/infra creates the
 * client and the SQL helper). Everything else calls repository functions.
 */
const ALLOWED = ["src/store/", "src/infra/", "src/generated/"];
const ROOTS = ["src", "bots", "queues"];

/** The Prisma client's model accessors (`db.case`, `tx.caseEvent`, …), read from the schema so none is missed. */
const MODELS = [...readFileSync("prisma/schema.prisma", "utf8").matchAll(/^model\s+(\w+)\s*\{/gm)].map(
  ([, name]) => name!.charAt(0).toLowerCase() + name!.slice(1),
);

const MODEL_METHODS = [
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "create",
  "createMany",
  "createManyAndReturn",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
  "count",
  "aggregate",
  "groupBy",
];

/** What a database call looks like in this tree, each with the reason it is one. */
export const DATABASE_CALLS: { what: string; pattern: RegExp }[] = [
  { what: "a Prisma model call", pattern: new RegExp(`\\.\\s*(?:${MODELS.join("|")})\\s*\\.\\s*(?:${MODEL_METHODS.join("|")})\\s*\\(`) },
  { what: "a Prisma raw query or transaction", pattern: /\$(?:queryRaw|queryRawUnsafe|executeRaw|executeRawUnsafe|transaction)\b/ },
  { what: "a query through the SQL helper", pattern: /\.(?:rows|run)\s*(?:<[^`;]*?>)?\s*`/ },
  { what: "a transaction through the SQL helper", pattern: /\.transaction\s*(?:<[^;]*?>)?\s*\(/ },
  { what: "the SQL helper over a Prisma transaction", pattern: /\bsqlOver\s*\(/ },
  { what: "an SQL fragment", pattern: /\bPrisma\s*\.\s*(?:sql|raw|join|empty)\b/ },
];

/** The kinds of database call in a source text; comments are removed first, so an example in one is no call. */
export function databaseCallsIn(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return DATABASE_CALLS.filter(({ pattern }) => pattern.test(code)).map(({ what }) => what);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "ui" ? [] : sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("store boundary", () => {
  const files = ROOTS.flatMap(sourceFiles).filter((file) => !ALLOWED.some((folder) => file.startsWith(folder)));
  const calling = files.filter((file) => databaseCallsIn(readFileSync(file, "utf8")).length > 0);

  it("recognises every kind of database call, and no look-alike", () => {
    const bad: [string, string][] = [
      ["await ctx.db.case.findMany({ where: {} })", "a Prisma model call"],
      ["await tx.caseEvent\n  .create({ data })", "a Prisma model call"],
      ["const n = await deps.db.message\n      .update({", "a Prisma model call"],
      ["db.whatsAppAuth.count({ where })", "a Prisma model call"],
      ["await db.$queryRaw<{ id: string }[]>`SELECT 1`", "a Prisma raw query or transaction"],
      ["await db.$transaction(async (tx) => work(tx))", "a Prisma raw query or transaction"],
      ["tx.$executeRaw`DELETE FROM x`", "a Prisma raw query or transaction"],
      ['const rows = await deps.sql.rows<{ id: string }>`\n  SELECT id FROM "Case"`', "a query through the SQL helper"],
      ["await tx.run`UPDATE \"Message\" SET state = 'SENT'`", "a query through the SQL helper"],
      ["await this.sql.transaction((tx) => writeBatch(tx, batch))", "a transaction through the SQL helper"],
      ["const sql = sqlOver(tx);", "the SQL helper over a Prisma transaction"],
      ["const where = Prisma.sql`status = ${s}`;", "an SQL fragment"],
    ];
    for (const [snippet, what] of bad) expect(databaseCallsIn(snippet), snippet).toEqual([what]);

    const fine = [
      "chats.delete(chatId); pending.count; cache.update(x)",
      "await job.update({ progress: 1 }); map.set(k, v)",
      "const rows = table.rows; await worker.run();",
      "// await db.case.findMany({})",
      "/* tx.run`UPDATE x` */",
      "await listParkedUpdates(db); await inTransaction(db, (tx) => work(tx));",
      'import type { Db } from "../store/database.js";',
    ];
    for (const snippet of fine) expect(databaseCallsIn(snippet), snippet).toEqual([]);
    expect(MODELS).toContain("caseEvent");
    expect(MODELS.length).toBeGreaterThan(20);
  });

  it("finds the database calls the store makes (the scan sees them where they belong)", () => {
    const storeFiles = sourceFiles("src/store");
    expect(storeFiles.filter((file) => databaseCallsIn(readFileSync(file, "utf8")).length > 0).length).toBeGreaterThan(5);
  });

  it("has no Prisma or SQL call outside src/store (and src/infra, which creates the client)", () => {
    expect(calling).toEqual([]);
  });
});
