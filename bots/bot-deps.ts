import type { Redis } from "ioredis";
import type { CaseUpdateBus } from "../src/cases/case-update-bus.js";
import type { Config } from "../src/config.js";
import type { Db } from "../src/infra/prisma.js";
import type { SqlPool } from "../src/infra/sql.js";
import type { JobQueues } from "../queues/job-queues.js";
import type { IntakeBatcher } from "../src/intake/intake-batcher.js";
import type { Logger } from "../src/logger.js";

/**
 * What the bots role and its channels need from their process: defined here, passed by the
 * composition root (src/runtime's context has all of it). A channel hands inbound messages to
 * `intake`; its outbound worker reads and marks rows through `deliverySql` (`emergencySql` for emergency replies).
 */
export interface BotDeps {
  config: Config;
  log: Logger;
  db: Db;
  sql: SqlPool;
  /** See AppContext: kept for emergencies; the outbound workers' own. */
  emergencySql: SqlPool;
  deliverySql: SqlPool;
  redis: Redis;
  redisUrl: string;
  intake: IntakeBatcher;
  /** The outbound workers promote a chat's earlier replies when an emergency reply waits behind them. */
  queues: JobQueues;
  updates: CaseUpdateBus;
}
