import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, inject } from "vitest";
import { startBots } from "../../bots/start-bots.js";
import { startWorkers } from "../../src/runtime/start-workers.js";
import { loadConfig, type Config } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { redisOptions } from "../../src/infra/redis-options.js";
import { createContext, type AppContext } from "../../src/runtime/context.js";
import { fileDatabaseUrl } from "./file-database.js";

/** The WhatsApp session key of the tests (a fixed key: test rows are thrown away with the database). */
export const TEST_WHATSAPP_AUTH_KEY = `test1:${Buffer.alloc(32, 7).toString("base64")}`;

/**
 * A real application context for integration tests: the test file's own PostgreSQL database (a
 * copy of the run's template), the local Redis (or another, such as a suite's private-redis), and
 * a queue prefix of its own so parallel test files never share jobs or Redis keys.
 */
export async function createTestContext(
  overrides: Partial<Record<keyof Config, string>> = {},
  redisUrl: string = inject("redisUrl"),
): Promise<AppContext & { cleanup(): Promise<void> }> {
  const prefix = `t${randomBytes(4).toString("hex")}`;
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    QUEUE_PREFIX: prefix,
    DB_POOL_SIZE: "5",
    INBOUND_CONCURRENCY: "10",
    SIMULATOR_PORT: "0", // a simulator listener of each suite's own: suites run beside each other
    WHATSAPP_AUTH_KEY: TEST_WHATSAPP_AUTH_KEY,
    ...overrides,
  });
  const urls = { databaseUrl: await fileDatabaseUrl(), redisUrl };
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
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
  what = "condition",
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export type TestContext = Awaited<ReturnType<typeof createTestContext>>;

export interface TestAppOptions {
  overrides?: Partial<Record<keyof Config, string>>;
  workers?: boolean;
  /** true: the bots the config enables; an object: startBots' options (a fake WhatsApp socket). */
  bots?: boolean | Parameters<typeof startBots>[1];
}

/** A test context, optionally with the queue workers and the bots running; `stop()` undoes all of it. */
export async function startTestApp(options: TestAppOptions = {}): Promise<{ ctx: TestContext; stop(): Promise<void> }> {
  const ctx = await createTestContext(options.overrides);
  const stops: (() => Promise<void>)[] = [];
  if (options.workers) stops.push(startWorkers(ctx));
  if (options.bots) stops.push(await startBots(ctx, options.bots === true ? undefined : options.bots));
  return {
    ctx,
    async stop() {
      for (const stop of stops.reverse()) await stop();
      await ctx.cleanup();
    },
  };
}

/** startTestApp registered as the suite's beforeAll/afterAll. Read `app.ctx` inside tests. */
export function useTestApp(options: TestAppOptions = {}): { ctx: TestContext } {
  const app = {} as { ctx: TestContext };
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ ctx: app.ctx, stop } = await startTestApp(options));
  });
  afterAll(async () => {
    await stop?.();
  });
  return app;
}
