import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { startEmbeddedPostgres } from "./embedded-postgres.js";
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
 * an embedded PostgreSQL under DATA_DIR, and with no REDIS_URL a local redis-server child.
 * Migrations are applied either way.
 */
export async function startServices(config: Config, log: Logger): Promise<Services> {
  const stops: (() => Promise<void>)[] = [];
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres(config.DATA_DIR, config.DB_POOL_SIZE + 5);
    stops.push(pg.stop);
    databaseUrl = pg.url;
    log.info({ dataDir: config.DATA_DIR }, "no DATABASE_URL: using embedded PostgreSQL (PGlite)");
  }
  let redisUrl = config.REDIS_URL;
  if (!redisUrl) {
    const redis = await startLocalRedis(config.DATA_DIR);
    stops.push(redis.stop);
    redisUrl = redis.url;
    log.info({ url: redis.url }, "no REDIS_URL: started a local redis-server");
  }
  await migrateDatabase(databaseUrl);
  return {
    databaseUrl,
    redisUrl,
    embedded: { postgres: !config.DATABASE_URL, redis: !config.REDIS_URL },
    async stop() {
      for (const stop of stops.reverse()) await stop();
    },
  };
}
