import type { Logger } from "../logger.js";
import type { Db } from "../infra/prisma.js";
import type { SqlPool } from "../infra/sql.js";
import type { JobScheduler } from "../core/job-scheduler.js";
import type { Hotlines } from "../core/texts.js";
import type { RetentionPolicy } from "../core/retention.js";
import type { CaseRules } from "../cases/create-case.js";
import type { CaseUpdateBus } from "../cases/case-update-bus.js";
import type { MissionDirectorySource } from "../cases/mission-directory.js";

/** What the inbound pipeline (processConversations, its effects and replies) needs: given by the inbound worker. */
export interface PipelineDeps {
  db: Db;
  sql: SqlPool;
  queues: JobScheduler;
  log: Logger;
  rules: CaseRules;
  hotlines: Hotlines;
  /** For the privacy notice; none given, the defaults. */
  retention?: RetentionPolicy;
  /** The directory of missions for emergency replies; none given, emergency replies name no mission. */
  missions?: MissionDirectorySource;
  updates: CaseUpdateBus;
  now?: () => Date;
  /** Overrides of the pipeline's BATCH_LIMITS (tests use small ones to reach them). */
  batchLimits?: Partial<BatchLimits>;
}

export interface BatchLimits {
  /** Messages per transaction: big enough to amortise the round trips, small enough to keep latency low. */
  messages: number;
  /** Transactions one job runs before it hands what is still waiting to a new job. */
  rounds: number;
}
