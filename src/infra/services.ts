import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { startEmbeddedPostgres } from "./embedded-postgres.js";
import { loadLocalCredentials } from "./local-credentials.js";
import { startLocalRedis } from "./local-redis.js";
import { migrateDatabase } from "./migrate.js";

export interface Services {
  databaseUrl: string;
  redisUrl: string;
  embedded: { postgres: boolean; redis: boolean };
  stop(): Promise<void>;
}

/**
 * The database and Redis the product runs on: the configured servers, or with no DATABASE_URL
 * an embedded PostgreSQL under DATA_DIR, and with no REDIS_URL a local redis-server child, both
 * with passwords generated at the first start. Migrations are applied either way.
 */
export async function startServices(config: Config, log: Logger): Promise<Services> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s();
  };
  try {
    const credentials = !config.DATABASE_URL || !config.REDIS_URL ? await loadLocalCredentials(config.DATA_DIR) : null;
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres(config.DATA_DIR, credentials!.postgresPassword);
      stops.push(pg.stop);
      databaseUrl = pg.url;
      log.info({ dataDir: config.DATA_DIR, port: new URL(pg.url).port }, "no DATABASE_URL: using the embedded PostgreSQL");
    }
    let redisUrl = config.REDIS_URL;
    if (!redisUrl) {
      const redis = await startLocalRedis(config.DATA_DIR, credentials!.redisPassword);
      stops.push(redis.stop);
      redisUrl = redis.url;
      log.info({ port: new URL(redis.url).port }, "no REDIS_URL: using a local redis-server");
    }
    await migrateDatabase(databaseUrl);
    return { databaseUrl, redisUrl, embedded: { postgres: !config.DATABASE_URL, redis: !config.REDIS_URL }, stop };
  } catch (error) {
    await stop(); // a failed start leaves no server behind
    throw error;
  }
}
