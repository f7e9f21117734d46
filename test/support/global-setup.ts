import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { pgConnectionFields } from "../../src/infra/database-url.js";
import { migrateDatabase } from "../../src/infra/migrate.js";
import { createDb } from "../../src/infra/prisma.js";
import { seedReferenceData } from "../../src/seed/seed-reference-data.js";

/**
 * One fresh PostgreSQL database per test run (created on the server in TEST_DATABASE_URL,
 * default: the local test server), migrated with the real migrations and seeded; dropped after.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
  const name = `pmi_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client(pgConnectionFields(adminUrl));
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await migrateDatabase(databaseUrl);
  const db = createDb(databaseUrl, 2);
  await seedReferenceData(db);
  await db.$disconnect();

  project.provide("databaseUrl", databaseUrl);
  project.provide("redisUrl", process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379");

  return async () => {
    const client = new pg.Client(pgConnectionFields(adminUrl));
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    redisUrl: string;
  }
}
