import type { TestProject } from "vitest/node";
import { createFreshDatabase } from "./fresh-database.js";

/**
 * One fresh PostgreSQL database per test run (created on the server in TEST_DATABASE_URL,
 * default: the local test server), migrated with the real migrations and seeded; dropped after.
 */
export default async function setup(project: TestProject) {
  const database = await createFreshDatabase(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test", "test");
  project.provide("databaseUrl", database.url);
  project.provide("redisUrl", process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379");
  return () => database.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    redisUrl: string;
  }
}
