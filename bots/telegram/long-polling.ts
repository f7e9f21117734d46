import { TelegramError, type Telegram } from "telegraf";
import type { Update } from "telegraf/types";
import { createChatQueue } from "../../src/channels/chat-queue.js";
import type { Logger } from "../../src/logger.js";
import type { ParkedUpdates } from "./parked-updates.js";
import { chatKeyOf, processUpdates } from "./process-updates.js";
import type { ReceivedUpdates } from "./received-updates.js";

export interface LongPollingDeps {
  telegram: Telegram;
  handle: (update: Update) => Promise<void>;
  log: Logger;
  parked: ParkedUpdates;
  received: ReceivedUpdates;
  allowedUpdates: readonly string[];
  /** Chats whose updates are handled at once. */
  concurrency: number;
  /** An update that should not wait for other chats' (an emergency): it gets a slot of its own. */
  isUrgent?: (update: Update) => boolean;
  /** Seconds Telegram holds an empty getUpdates open. */
  pollTimeoutS?: number;
  /** Failed tries of one update, while others are stored, before it is parked. */
  maxUpdateTries?: number;
}

/** Updates received and not yet stored beyond which polling waits (memory, and the database's pace). */
const MAX_UNSTORED = 10_000;
/** Stored updates leave the received table in batches, at most this long after being stored. */
const RELEASE_EVERY_MS = 200;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Long polling that confirms an update to Telegram (by moving the offset past it) only once it
 * is in the database: each batch is written as it came to the received table (one insert), then
 * the next getUpdates confirms it and fetches more while the batch is stored as messages, chats in
 * parallel, each chat in order. Telegram hands updates out in order, 100 at a time: waiting for a
 * whole batch to be stored before fetching the next would keep an emergency behind every commit
 * of a backlog. Telegraf's own polling loop moves the offset before storing, which would lose
 * updates when the database is briefly away. An update is removed from the received table once
 * stored; one that keeps failing while others are stored is parked in the database (not dropped,
 * and not in Redis, whose data may be lost), so one bad update holds back only its own chat.
 * A start stores what is left in the received table, then tries the parked updates again.
 */
export function startLongPolling(deps: LongPollingDeps): { stop(): Promise<void> } {
  const abort = new AbortController();
  const maxTries = deps.maxUpdateTries ?? 8;
  const chats = createChatQueue(deps.concurrency);
  let offset = 0;
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

  /** Stores one update, retrying until it is stored, parked, or polling stops (it then stays received). */
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

  const loop = async () => {
    await replayParked().catch((error: Error) => deps.log.error({ err: error.message }, "parked telegram updates not replayed"));
    await resumeReceived();
    let tries = 0;
    while (!abort.signal.aborted) {
      if (chats.pending > MAX_UNSTORED) {
        await sleep(100, abort.signal);
        continue;
      }
      let updates: Update[];
      try {
        updates = (await deps.telegram.callApi(
          "getUpdates",
          { offset, timeout: deps.pollTimeoutS ?? 30, limit: 100, allowed_updates: deps.allowedUpdates as never },
          { signal: abort.signal as never },
        )) as Update[];
      } catch (error) {
        if (abort.signal.aborted) break;
        const wait = error instanceof TelegramError && error.code === 429 ? (error.parameters?.retry_after ?? 5) * 1000 : 2000;
        deps.log.warn({ err: (error as Error).message, waitMs: wait }, "telegram getUpdates failed; retrying");
        await sleep(wait, abort.signal);
        continue;
      }
      if (updates.length === 0) continue;
      try {
        await deps.received.hold(updates);
      } catch (error) {
        // Not confirmed: the same batch is fetched again.
        tries++;
        deps.log.error(
          { err: (error as Error).message, count: updates.length, tries },
          "telegram updates not held; the batch will be fetched again",
        );
        await sleep(Math.min(30_000, 250 * 2 ** Math.min(tries, 7)), abort.signal);
        continue;
      }
      tries = 0;
      offset = Math.max(...updates.map((u) => u.update_id)) + 1;
      schedule(updates);
    }
    // Confirm what was held, so a restart does not receive it again (what is not yet stored stays in the table).
    if (offset > 0) {
      await deps.telegram.callApi("getUpdates", { offset, limit: 1, timeout: 0 }).catch((error: Error) => {
        deps.log.warn({ err: error.message }, "could not confirm the last telegram updates; they will be delivered again and deduplicated");
      });
    }
    await chats.drain();
    await releaseStored();
  };

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

  const running = loop().catch((error: Error) => {
    deps.log.fatal({ err: error.message }, "telegram polling stopped");
  });
  return {
    async stop() {
      abort.abort();
      await running;
    },
  };
}
