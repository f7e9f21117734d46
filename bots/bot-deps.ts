import type { Redis } from "ioredis";
import type { CaseUpdateBus } from "../src/cases/case-update-bus.js";
import type { Config } from "../src/config.js";
import type { Db } from "../src/infra/prisma.js";
import type { SqlPool } from "../src/infra/sql.js";
import type { IntakeBatcher } from "../src/intake/intake-batcher.js";
import type { Logger } from "../src/logger.js";

/**
 * What the bots role and its channels need from their process: defined here, passed by the
 * composition root (src/runtime's context has all of it). A channel hands inbound messages to
 * `intake`; its outbound worker reads and marks rows through `db` and `sql`.
 */
export interface BotDeps {
  config: Config;
  log: Logger;
  db: Db;
  sql: SqlPool;
  redis: Redis;
  redisUrl: string;
  intake: IntakeBatcher;
  updates: CaseUpdateBus;
}
