import { anonymiseCases, anonymiseReporter, purgeCaseMedia, releaseChatIdentities } from "../src/cases/anonymise-personal-data.js";
import { retentionCutoffs, type RetentionPolicy } from "../src/core/retention.js";
import type { Logger } from "../src/logger.js";
import { type Db, inTransaction } from "../src/store/database.js";
import { lockCasesToAnonymise, lockCasesToPurgeMedia, reportersToAnonymise } from "../src/store/retention.js";
import { startPeriodicSweep } from "./periodic-sweep.js";

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
    const done = await inTransaction(db, async (tx) => {
      const due = await lockCasesToAnonymise(tx, cutoff.cases, BATCH);
      return (await anonymiseCases(tx, due, { now, reason: "retention" })).length;
    });
    result.anonymisedCases += done;
    if (done < BATCH) break;
  }

  for (;;) {
    const done = await inTransaction(db, async (tx) => {
      const due = await lockCasesToPurgeMedia(tx, cutoff.media, BATCH);
      await purgeCaseMedia(tx, due, now);
      return due.length;
    });
    result.mediaPurgedCases += done;
    if (done < BATCH) break;
  }

  // Reporters: every case anonymised, and no message from them since the case cutoff.
  for (const id of await reportersToAnonymise(db, cutoff.cases, 1000)) {
    await inTransaction(db, (tx) => anonymiseReporter(tx, id, { now, reason: "retention" }));
    result.anonymisedReporters += 1;
  }
  result.releasedReporters = await inTransaction(db, (tx) => releaseChatIdentities(tx));
  if (Object.values(result).some((n) => n > 0)) log.info(result, "retention sweep ended the life of personal data");
  return result;
}

export function startRetentionSweeper(db: Db, policy: RetentionPolicy, log: Logger, everyMs: number): () => Promise<void> {
  return startPeriodicSweep("retention sweep", () => sweepRetention(db, policy, log), log, everyMs);
}
