import { randomBytes } from "node:crypto";
import pg from "pg";
import { pgConnectionFields } from "../../src/infra/database-url.js";
import { migrateDatabase } from "../../src/infra/migrate.js";
import { createDatabase } from "../../src/infra/prisma.js";
import { seedReferenceData } from "../../src/seed/seed-reference-data.js";

/** A new database on the server of `adminUrl`, migrated and seeded; `drop()` removes it. */
export async function createFreshDatabase(adminUrl: string, label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `pmi_${label}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const run = async (sql: string) => {
    const client = new pg.Client(pgConnectionFields(adminUrl));
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());
  const { db } = createDatabase(url.toString(), 2);
  await seedReferenceData(db);
  await db.$disconnect();
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
