import type { TestProject } from "vitest/node";
import { createFreshDatabase, dropWithCopies } from "./fresh-database.js";

/**
 * One database per test run (created on the server in TEST_DATABASE_URL, default: the local test
 * server), migrated with the real migrations and seeded: the template each test file copies its
 * own database from (test/support/file-database.ts). Dropped after, with any copy left behind.
 */
export default async function setup(project: TestProject) {
  const template = await createFreshDatabase(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test", "test");
  project.provide("templateDatabaseUrl", template.url);
  project.provide("redisUrl", process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379");
  return () => dropWithCopies(template.url);
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
    redisUrl: string;
  }
}
