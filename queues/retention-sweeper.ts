import { anonymiseCases, anonymiseReporter, purgeCaseMedia, releaseChatIdentities } from "../src/cases/anonymise-personal-data.js";
import { retentionCutoffs, type RetentionPolicy } from "../src/core/retention.js";
import type { Db } from "../src/infra/prisma.js";
import type { Logger } from "../src/logger.js";
import { resolvedStatusSql } from "../src/infra/case-status-sql.js";

export interface RetentionSweep {
  anonymisedCases: number;
  anonymisedReporters: number;
  mediaPurgedCases: number;
  releasedReporters: number;
}

const BATCH = 200;

/**
 * Ends the life of personal data (UU PDP): closed cases past RETENTION_CASE_YEARS are
 * anonymised, their files already after RETENTION_MEDIA_DAYS; a reporter whose every case is
 * anonymised and who has not written since loses name, phone and chat identities. Rows are taken
 * with SKIP LOCKED in small transactions, so several worker processes can sweep at once.
 */
export async function sweepRetention(db: Db, policy: RetentionPolicy, log: Logger, now = new Date()): Promise<RetentionSweep> {
  const cutoff = retentionCutoffs(policy, now);
  const result: RetentionSweep = { anonymisedCases: 0, anonymisedReporters: 0, mediaPurgedCases: 0, releasedReporters: 0 };
  for (;;) {
    const done = await db.$transaction(async (tx) => {
      const due = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Case" WHERE "anonymisedAt" IS NULL AND ${resolvedStatusSql()}
          AND COALESCE("closedAt", "resolvedAt") < ${cutoff.cases}
        ORDER BY COALESCE("closedAt", "resolvedAt") LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      return (
        await anonymiseCases(
          tx,
          due.map((c) => c.id),
          { now, reason: "retention" },
        )
      ).length;
    });
    result.anonymisedCases += done;
    if (done < BATCH) break;
  }

  for (;;) {
    const done = await db.$transaction(async (tx) => {
      const due = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Case" WHERE "mediaPurgedAt" IS NULL AND "anonymisedAt" IS NULL AND ${resolvedStatusSql()}
          AND COALESCE("closedAt", "resolvedAt") < ${cutoff.media}
        ORDER BY COALESCE("closedAt", "resolvedAt") LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      await purgeCaseMedia(
        tx,
        due.map((c) => c.id),
        now,
      );
      return due.length;
    });
    result.mediaPurgedCases += done;
    if (done < BATCH) break;
  }

  // Reporters: every case anonymised, and no message from them since the case cutoff.
  const reporters = await db.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM "Reporter" r
    WHERE r."anonymisedAt" IS NULL
      AND EXISTS (SELECT 1 FROM "Case" c WHERE c."reporterId" = r.id)
      AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE c."reporterId" = r.id AND c."anonymisedAt" IS NULL)
      AND NOT EXISTS (SELECT 1 FROM "Conversation" cv WHERE cv."reporterId" = r.id AND cv."lastInboundAt" >= ${cutoff.cases})
    LIMIT 1000`;
  for (const r of reporters) {
    await db.$transaction((tx) => anonymiseReporter(tx, r.id, { now, reason: "retention" }));
    result.anonymisedReporters += 1;
  }
  result.releasedReporters = await db.$transaction((tx) => releaseChatIdentities(tx));
  if (Object.values(result).some((n) => n > 0)) log.info(result, "retention sweep ended the life of personal data");
  return result;
}

export function startRetentionSweeper(db: Db, policy: RetentionPolicy, log: Logger, everyMs: number): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running
      .then(() => sweepRetention(db, policy, log))
      .catch((error: Error) => log.error({ err: error.message }, "retention sweep failed"));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
