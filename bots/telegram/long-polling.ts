import type { Redis } from "ioredis";
import { TelegramError, type Telegram } from "telegraf";
import type { Update } from "telegraf/types";
import type { Logger } from "../../src/logger.js";
import { processUpdates } from "./process-updates.js";

export interface LongPollingDeps {
  telegram: Telegram;
  handle: (update: Update) => Promise<void>;
  log: Logger;
  redis: Redis;
  keyPrefix: string;
  allowedUpdates: readonly string[];
  concurrency: number;
  /** Seconds Telegram holds an empty getUpdates open. */
  pollTimeoutS?: number;
  /** Failed tries of one batch before its failing updates are parked and polling moves on. */
  maxBatchTries?: number;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Long polling that confirms an update to Telegram (by moving the offset past it) only after
 * it is stored: if storing fails, the same batch is fetched and handled again (the intake
 * drops what it already has). Telegraf's own polling loop moves the offset first, which would
 * lose updates when the database is briefly away. An update that keeps failing is parked in
 * Redis (not dropped) so one bad update cannot stop the bot for everyone.
 */
export function startLongPolling(deps: LongPollingDeps): { stop(): Promise<void> } {
  const abort = new AbortController();
  const maxTries = deps.maxBatchTries ?? 8;
  let offset = 0;

  const loop = async () => {
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
      const failures = await processUpdates(updates, deps.handle, deps.concurrency);
      if (failures.length > 0) {
        tries++;
        deps.log.error(
          { failed: failures.length, of: updates.length, tries, err: failures[0]!.error.message, updateIds: failures.slice(0, 10).map((f) => f.update.update_id) },
          "telegram updates not stored; the batch will be fetched again",
        );
        if (tries < maxTries) {
          await sleep(Math.min(30_000, 500 * 2 ** tries), abort.signal);
          continue;
        }
        if (!(await park(failures.map((f) => f.update)))) continue;
      }
      tries = 0;
      offset = Math.max(...updates.map((u) => u.update_id)) + 1;
    }
    // Confirm what was handled, so a restart does not receive it again.
    if (offset > 0) {
      await deps.telegram.callApi("getUpdates", { offset, limit: 1, timeout: 0 }).catch((error: Error) => {
        deps.log.warn({ err: error.message }, "could not confirm the last telegram updates; they will be delivered again and deduplicated");
      });
    }
  };

  async function park(updates: Update[]): Promise<boolean> {
    try {
      await deps.redis.rpush(`${deps.keyPrefix}:parked-updates`, ...updates.map((u) => JSON.stringify(u)));
    } catch (error) {
      deps.log.error({ err: (error as Error).message }, "could not park telegram updates; the batch stays unconfirmed");
      await sleep(5000, abort.signal);
      return false;
    }
    deps.log.error({ updateIds: updates.map((u) => u.update_id) }, "telegram updates parked after repeated failures: replay them from Redis");
    return true;
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
