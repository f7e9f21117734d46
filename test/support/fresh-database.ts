import { randomBytes } from "node:crypto";
import pg from "pg";
import { pgConnectionFields } from "../../src/infra/database-url.js";
import { migrateDatabase } from "../../src/infra/migrate.js";
import { createDatabase } from "../../src/infra/prisma.js";
import { seedReferenceData } from "../../src/seed/seed-reference-data.js";

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Runs one statement on the server of `url` (CREATE/DROP DATABASE cannot run in a transaction). */
async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ ...pgConnectionFields(url), database: "postgres" });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function databaseAt(serverUrl: string, name: string): FreshDatabase {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A new database on the server of `adminUrl`, migrated and seeded; `drop()` removes it. */
export async function createFreshDatabase(adminUrl: string, label: string): Promise<FreshDatabase> {
  const name = `pmi_${label}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await onServer(adminUrl, `CREATE DATABASE ${name}`);
  const database = databaseAt(adminUrl, name);
  await migrateDatabase(database.url);
  const { db } = createDatabase(database.url, 2);
  await seedReferenceData(db);
  await db.$disconnect();
  return database;
}

/**
 * A copy of the migrated and seeded database at `templateUrl`, named after it with a random
 * suffix (PostgreSQL copies the files: much faster than migrating again). Nothing may be
 * connected to the template while it is copied.
 */
export async function copyDatabase(templateUrl: string): Promise<FreshDatabase> {
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `${template}_f${randomBytes(4).toString("hex")}`;
  await onServer(templateUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return databaseAt(templateUrl, name);
}

/** Drops the template at `templateUrl` and every copy of it still left (a test file that crashed). */
export async function dropWithCopies(templateUrl: string): Promise<void> {
  const template = new URL(templateUrl).pathname.slice(1);
  const client = new pg.Client({ ...pgConnectionFields(templateUrl), database: "postgres" });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>("SELECT datname AS name FROM pg_database WHERE starts_with(datname, $1)", [
      `${template}_f`,
    ]);
    for (const { name } of [...rows, { name: template }]) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
