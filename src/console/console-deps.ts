import type { Redis } from "ioredis";
import type { CaseUpdateBus } from "../cases/case-update-bus.js";
import type { CaseRules } from "../cases/create-case.js";
import type { Config } from "../config.js";
import type { JobScheduler } from "../core/job-scheduler.js";
import type { Db } from "../infra/prisma.js";
import type { Logger } from "../logger.js";

/**
 * What the console needs from its process: the console defines it, the composition root
 * (src/runtime) passes its context, which has all of it. Routes take a Pick of it where they can.
 */
export interface ConsoleDeps {
  config: Config;
  log: Logger;
  db: Db;
  redis: Redis;
  /** The live stream opens its own subscriber connection. */
  redisUrl: string;
  queues: JobScheduler;
  updates: CaseUpdateBus;
  rules: CaseRules;
}
