import type { ConnectionOptions } from "bullmq";
import type { RedisOptions } from "ioredis";

/** ioredis options from a REDIS_URL (redis://[:password@]host:port[/db]). */
export function redisOptions(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  if (url.protocol !== "redis:" && url.protocol !== "rediss:") throw new Error(`REDIS_URL must start with redis:// (got ${url.protocol})`);
  return {
    host: url.hostname || "127.0.0.1",
    port: url.port ? Number(url.port) : 6379,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.pathname.length > 1 ? { db: Number(url.pathname.slice(1)) } : {}),
    ...(url.protocol === "rediss:" ? { tls: {} } : {}),
    // BullMQ workers block on Redis; they need commands never to give up.
    maxRetriesPerRequest: null,
  };
}

/** The same options typed for BullMQ (its RedisOptions type differs in retryStrategy's nullability). */
export function bullConnection(redisUrl: string): ConnectionOptions {
  return redisOptions(redisUrl) as ConnectionOptions;
}
