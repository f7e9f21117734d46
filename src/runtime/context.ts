import { Redis } from "ioredis";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { createDatabase, createSqlPool, type Db } from "../infra/prisma.js";
import type { SqlPool } from "../infra/sql.js";
import { bullConnection, redisOptions } from "../infra/redis-options.js";
import { JobQueues } from "../../queues/job-queues.js";
import { CaseUpdateBus } from "../cases/case-update-bus.js";
import { loadRoutingDirectory } from "../cases/routing-table.js";
import type { CaseRules } from "../cases/create-case.js";
import { DEFAULT_SLA_POLICY } from "../core/sla.js";
import { DEFAULT_CALENDAR } from "../core/sla-calendar.js";
import { parseHolidays, parseSlaPolicy } from "../core/sla-config.js";
import type { Hotlines } from "../core/texts.js";
import type { RetentionPolicy } from "../core/retention.js";
import { seedReferenceData } from "../seed/seed-reference-data.js";
import { IntakeBatcher } from "../intake/intake-batcher.js";
import { createMissionDirectorySource, type MissionDirectorySource } from "../cases/mission-directory.js";

/** Everything a process shares, built once from the config: passed to every part explicitly. */
export interface AppContext {
  config: Config;
  log: Logger;
  db: Db;
  /** Plain SQL over the same pool, for the hot path (src/infra/sql.ts). */
  sql: SqlPool;
  /**
   * Connections kept for emergencies: their intake lane and their replies' delivery. Nothing
   * ordinary waits in line for them (or holds them waiting for a row lock).
   */
  emergencySql: SqlPool;
  /**
   * The outbound workers' connections. Marking a reply sent can wait for a row lock held by a long
   * inbound transaction (the one linking the intake's replies to a new case); on a pool of their
   * own, such waits never take the connections intake needs to store what keeps arriving.
   */
  deliverySql: SqlPool;
  redis: Redis;
  redisUrl: string;
  queues: JobQueues;
  intake: IntakeBatcher;
  updates: CaseUpdateBus;
  rules: CaseRules;
  hotlines: Hotlines;
  /** How long personal data is kept after a case is closed (RETENTION_* settings). */
  retention: RetentionPolicy;
  /** Indonesian missions and local emergency numbers, as admins keep them. */
  missions: MissionDirectorySource;
  close(): Promise<void>;
}

export async function createContext(config: Config, log: Logger, urls: { databaseUrl: string; redisUrl: string }): Promise<AppContext> {
  const { db, sql } = createDatabase(urls.databaseUrl, config.DB_POOL_SIZE);
  // Pools open connections on first use: a process that never delivers opens none for it.
  const emergencySql = createSqlPool(urls.databaseUrl, 3);
  const deliverySql = createSqlPool(urls.databaseUrl, config.DELIVERY_DB_POOL_SIZE);
  const hotlines: Hotlines = { hotline: config.HOTLINE, hotlineAbroad: config.HOTLINE_ABROAD };
  await seedReferenceData(db, hotlines);
  const redis = new Redis(redisOptions(urls.redisUrl));
  const queues = new JobQueues(bullConnection(urls.redisUrl), config.QUEUE_PREFIX, config.TRANSCRIBE_URL !== undefined);
  const updates = new CaseUpdateBus(redis, `${config.QUEUE_PREFIX}:case-events`);
  const calendar = config.HOLIDAYS
    ? { ...DEFAULT_CALENDAR, holidays: [...DEFAULT_CALENDAR.holidays, ...parseHolidays(config.HOLIDAYS)] }
    : DEFAULT_CALENDAR;
  const rules: CaseRules = {
    routing: await loadRoutingDirectory(db),
    slaPolicy: config.SLA_POLICY_JSON ? parseSlaPolicy(config.SLA_POLICY_JSON, DEFAULT_SLA_POLICY) : DEFAULT_SLA_POLICY,
    calendar,
  };
  return {
    config,
    log,
    db,
    sql,
    emergencySql,
    deliverySql,
    redis,
    redisUrl: urls.redisUrl,
    queues,
    intake: new IntakeBatcher(sql, queues, { emergencySql }),
    updates,
    rules,
    hotlines,
    retention: { caseYears: config.RETENTION_CASE_YEARS, mediaDays: config.RETENTION_MEDIA_DAYS },
    missions: createMissionDirectorySource(db),
    async close() {
      await queues.close();
      redis.disconnect();
      await db.$disconnect();
      await Promise.all([emergencySql.pool.end(), deliverySql.pool.end()]);
    },
  };
}
