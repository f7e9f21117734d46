import { setTimeout as wait } from "node:timers/promises";
import type { Update } from "telegraf/types";
import { createChatQueue } from "../../src/channels/chat-queue.js";
import type { Logger } from "../../src/logger.js";
import type { ParkedUpdates } from "./parked-updates.js";
import { chatKeyOf, processUpdates } from "./process-updates.js";
import type { ReceivedUpdates } from "./received-updates.js";

export interface UpdateIntakeDeps {
  handle: (update: Update) => Promise<void>;
  log: Logger;
  parked: ParkedUpdates;
  received: ReceivedUpdates;
  /** Chats whose updates are handled at once. */
  concurrency: number;
  /** An update that should not wait for other chats' (an emergency): it gets a slot of its own. */
  isUrgent?: (update: Update) => boolean;
  /** Failed tries of one update, while others are stored, before it is parked. */
  maxUpdateTries?: number;
}

/** Updates held and not yet stored beyond which `accept` waits (memory, and the database's pace). */
const MAX_UNSTORED = 10_000;
/** Updates held in one insert, at most. */
const MAX_HOLD_BATCH = 500;
/** Stored updates leave the received table in batches, at most this long after being stored. */
const RELEASE_EVERY_MS = 200;

/** Waits `ms`, or less when `signal` aborts (resolving either way). */
const sleep = (ms: number, signal: AbortSignal) => wait(ms, undefined, { signal }).catch(() => undefined);

interface Waiting {
  updates: Update[];
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * What both ways of receiving from Telegram (long polling, webhook) do with the updates handed
 * out: `accept` holds them in the database (the received table, one insert for all the updates
 * accepted meanwhile) and resolves, so the caller may tell Telegram they arrived (the next
 * getUpdates, or the webhook's 200); they are then stored as messages in the background, chats
 * in parallel, each chat in order, an emergency in a slot of its own. Telegram hands updates out
 * in order: answering only after a whole commit of messages would keep an emergency behind
 * every commit of a backlog. An update is removed from the received table once stored; one that
 * keeps failing while others are stored is parked in the database (not dropped, and not in
 * Redis, whose data may be lost), so one bad update holds back only its own chat. `start`
 * stores what a stop or crash left in the received table, then tries the parked updates again.
 */
export function createUpdateIntake(deps: UpdateIntakeDeps) {
  const abort = new AbortController();
  const maxTries = deps.maxUpdateTries ?? 8;
  const chats = createChatQueue(deps.concurrency);
  /** Updates stored since the start: an update failing while this grows is the problem, not the database. */
  let storedCount = 0;

  const stored: number[] = [];
  let releaseTimer: NodeJS.Timeout | undefined;
  async function releaseStored(): Promise<void> {
    clearTimeout(releaseTimer);
    releaseTimer = undefined;
    const ids = stored.splice(0);
    // Left in the table on failure: a later start stores them again, and the intake drops duplicates.
    await deps.received.release(ids).catch((error: Error) => {
      deps.log.warn({ err: error.message, count: ids.length }, "stored telegram updates not removed from the received table");
    });
  }
  /** Stored or parked: it leaves the received table with the next release. */
  function done(updateId: number): void {
    stored.push(updateId);
    releaseTimer ??= setTimeout(() => void releaseStored(), RELEASE_EVERY_MS);
  }

  /** Stores one update, retrying until it is stored, parked, or the intake stops (it then stays received). */
  async function store(update: Update): Promise<void> {
    let storedAtFirstFailure: number | undefined;
    for (let tries = 1; !abort.signal.aborted; tries++) {
      try {
        await deps.handle(update);
        storedCount++;
        done(update.update_id);
        return;
      } catch (error) {
        const reason = error instanceof Error ? error : new Error(String(error));
        storedAtFirstFailure ??= storedCount;
        deps.log.error({ updateId: update.update_id, tries, err: reason.message }, "telegram update not stored; trying again");
        // Failing while others are stored: park it so its chat can go on. During an outage nothing is parked.
        if (tries >= maxTries && storedCount > storedAtFirstFailure && (await park(update, reason))) return;
        await sleep(Math.min(30_000, 250 * 2 ** Math.min(tries, 7)), abort.signal);
      }
    }
  }

  function schedule(updates: Update[]): void {
    for (const update of [...updates].sort((a, b) => a.update_id - b.update_id)) {
      chats
        .run(chatKeyOf(update), () => store(update), deps.isUrgent?.(update) === true)
        .catch((error: Error) => {
          deps.log.error({ updateId: update.update_id, err: error.message }, "telegram update not handled");
        });
    }
  }

  /** Resolves whether the update was parked (and so leaves the received table). */
  async function park(update: Update, error: Error): Promise<boolean> {
    try {
      await deps.parked.park([{ update, error: error.message }]);
    } catch (parkError) {
      deps.log.error(
        { updateId: update.update_id, err: (parkError as Error).message },
        "could not park a telegram update; it stays received",
      );
      return false;
    }
    done(update.update_id);
    deps.log.error({ updateId: update.update_id }, "telegram update parked after repeated failures; it is tried again at the next start");
    return true;
  }

  /** Updates parked by an earlier run get another chance at start (stored ones leave the table). */
  async function replayParked(): Promise<void> {
    const rows = await deps.parked.list();
    if (rows.length === 0) return;
    const failures = new Set(
      (
        await processUpdates(
          rows.map((r) => r.update),
          deps.handle,
          deps.concurrency,
        )
      ).map((f) => f.update.update_id),
    );
    await deps.parked.remove(rows.filter((r) => !failures.has(r.update.update_id)).map((r) => r.id));
    deps.log.warn({ replayed: rows.length - failures.size, stillParked: failures.size }, "parked telegram updates tried again");
  }

  /** Updates a stop or crash left received but unstored: stored first, in their order. */
  async function resumeReceived(): Promise<void> {
    const left = await deps.received.list().catch((error: Error) => {
      deps.log.error({ err: error.message }, "received telegram updates not read; they are stored at the next start");
      return [];
    });
    if (left.length === 0) return;
    deps.log.warn({ count: left.length }, "telegram updates received before the last stop are stored now");
    schedule(left);
  }

  // Updates accepted while an insert is under way share the next one (webhook requests arrive
  // up to TELEGRAM_WEBHOOK_MAX_CONNECTIONS at once; a getUpdates batch comes whole).
  const waiting: Waiting[] = [];
  let holding = false;
  async function holdWaiting(): Promise<void> {
    while (waiting.length > 0) {
      let count = 0;
      let size = 0;
      while (count < waiting.length && (count === 0 || size + waiting[count]!.updates.length <= MAX_HOLD_BATCH))
        size += waiting[count++]!.updates.length;
      const batch = waiting.splice(0, count);
      const updates = batch.flatMap((w) => w.updates);
      try {
        await deps.received.hold(updates);
      } catch (error) {
        for (const w of batch) w.reject(error);
        continue;
      }
      schedule(updates);
      for (const w of batch) w.resolve();
    }
    holding = false;
  }

  return {
    /** Stores what the last run left held or parked; call once, before accepting. */
    async start(): Promise<void> {
      await replayParked().catch((error: Error) => deps.log.error({ err: error.message }, "parked telegram updates not replayed"));
      await resumeReceived();
    },

    /**
     * Holds these updates in the database and resolves once they are held (Telegram may then
     * be told they arrived); rejects when the database would not hold them (Telegram must
     * then hand them out again). Waits first while too many are held and not yet stored.
     */
    async accept(updates: Update[]): Promise<void> {
      if (updates.length === 0) return;
      while (chats.pending > MAX_UNSTORED && !abort.signal.aborted) await sleep(100, abort.signal);
      await new Promise<void>((resolve, reject) => {
        waiting.push({ updates, resolve, reject });
        if (!holding) {
          holding = true;
          void holdWaiting();
        }
      });
    },

    /** Stops retrying (what is not stored stays held for the next start), then waits for what is under way. */
    async stop(): Promise<void> {
      abort.abort();
      await chats.drain();
      await releaseStored();
    },
  };
}

export type UpdateIntake = ReturnType<typeof createUpdateIntake>;
