import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { inject } from "vitest";
import { loadConfig, type Config } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { redisOptions } from "../../src/infra/redis-options.js";
import { createContext, type AppContext } from "../../src/runtime/context.js";

/**
 * A real application context for integration tests: the run's PostgreSQL database, the local
 * Redis, and a queue prefix of its own so parallel test files never share jobs.
 */
export async function createTestContext(overrides: Partial<Record<keyof Config, string>> = {}): Promise<AppContext & { cleanup(): Promise<void> }> {
  const prefix = `t${randomBytes(4).toString("hex")}`;
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    QUEUE_PREFIX: prefix,
    DB_POOL_SIZE: "5",
    INBOUND_CONCURRENCY: "10",
    ...overrides,
  });
  const urls = { databaseUrl: inject("databaseUrl"), redisUrl: inject("redisUrl") };
  const ctx = await createContext(config, createLogger(config.LOG_LEVEL), urls);
  return {
    ...ctx,
    async cleanup() {
      await ctx.close();
      await deleteQueueKeys(urls.redisUrl, prefix);
    },
  };
}

async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisOptions(redisUrl));
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== "0");
  redis.disconnect();
}

/** Polls until `check` returns a value (not undefined/null/false), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 10_000, what = "condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
