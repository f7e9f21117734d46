import { setTimeout as wait } from "node:timers/promises";
import { TelegramError, type Telegram } from "telegraf";
import type { Update } from "telegraf/types";
import type { Logger } from "../../src/logger.js";
import type { UpdateIntake } from "./update-intake.js";

export interface LongPollingDeps {
  telegram: Telegram;
  /** Holds each batch in the database before the next getUpdates confirms it, then stores it. */
  intake: UpdateIntake;
  log: Logger;
  allowedUpdates: readonly string[];
  /** Seconds Telegram holds an empty getUpdates open. */
  pollTimeoutS?: number;
}

/** Waits `ms`, or less when `signal` aborts (resolving either way). */
const sleep = (ms: number, signal: AbortSignal) => wait(ms, undefined, { signal }).catch(() => undefined);

/**
 * Long polling that confirms an update to Telegram (by moving the offset past it) only once it
 * is in the database: each batch goes to the update intake (held in one insert), then the next
 * getUpdates confirms it and fetches more while the batch is stored as messages. Telegraf's own
 * polling loop moves the offset before storing, which would lose updates when the database is
 * briefly away. A start first stores what the last run left held or parked.
 */
export function startLongPolling(deps: LongPollingDeps): { stop(): Promise<void> } {
  const abort = new AbortController();
  let offset = 0;

  const loop = async () => {
    await deps.intake.start();
    let tries = 0;
    while (!abort.signal.aborted) {
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
        await deps.intake.accept(updates);
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
    }
    // Confirm what was held, so a restart does not receive it again (what is not yet stored stays in the table).
    if (offset > 0) {
      await deps.telegram.callApi("getUpdates", { offset, limit: 1, timeout: 0 }).catch((error: Error) => {
        deps.log.warn({ err: error.message }, "could not confirm the last telegram updates; they will be delivered again and deduplicated");
      });
    }
    await deps.intake.stop();
  };

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
