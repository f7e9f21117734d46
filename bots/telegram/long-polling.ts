import { TelegramError, type Telegram } from "telegraf";
import type { Update } from "telegraf/types";
import type { Logger } from "../../src/logger.js";
import type { ParkedUpdates } from "./parked-updates.js";
import { processUpdates } from "./process-updates.js";

export interface LongPollingDeps {
  telegram: Telegram;
  handle: (update: Update) => Promise<void>;
  log: Logger;
  parked: ParkedUpdates;
  allowedUpdates: readonly string[];
  concurrency: number;
  /** Seconds Telegram holds an empty getUpdates open. */
  pollTimeoutS?: number;
  /** Failed tries of one update, while others are stored, before it is parked. */
  maxUpdateTries?: number;
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
 * lose updates when the database is briefly away. An update that keeps failing while others
 * are stored is parked in the database (not dropped, and not in Redis, whose data may be lost)
 * so one bad update cannot stop the bot for everyone; parked updates are tried again at the
 * next start.
 */
export function startLongPolling(deps: LongPollingDeps): { stop(): Promise<void> } {
  const abort = new AbortController();
  const maxTries = deps.maxUpdateTries ?? 8;
  let offset = 0;

  /** Failed tries per update id, and updates parked (skipped until the batch is confirmed). */
  const failedTries = new Map<number, number>();
  const parked = new Set<number>();
  const handle = (update: Update) => (parked.has(update.update_id) ? Promise.resolve() : deps.handle(update));

  const loop = async () => {
    await replayParked().catch((error: Error) => deps.log.error({ err: error.message }, "parked telegram updates not replayed"));
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
      const failures = await processUpdates(updates, handle, deps.concurrency);
      if (failures.length > 0) {
        tries++;
        for (const f of failures) if (f.attempted) failedTries.set(f.update.update_id, (failedTries.get(f.update.update_id) ?? 0) + 1);
        deps.log.error(
          {
            failed: failures.length,
            of: updates.length,
            tries,
            err: failures[0]!.error.message,
            updateIds: failures.slice(0, 10).map((f) => f.update.update_id),
          },
          "telegram updates not stored; the batch will be fetched again",
        );
        // An update that keeps failing while others are stored is the problem, not the database:
        // park it so its chat and everyone else can go on. During an outage nothing is parked.
        const poison = failures.filter((f) => f.attempted && (failedTries.get(f.update.update_id) ?? 0) >= maxTries);
        if (poison.length > 0 && failures.length < updates.length) await park(poison);
        await sleep(Math.min(30_000, 250 * 2 ** Math.min(tries, 7)), abort.signal);
        continue;
      }
      tries = 0;
      failedTries.clear();
      parked.clear();
      offset = Math.max(...updates.map((u) => u.update_id)) + 1;
    }
    // Confirm what was handled, so a restart does not receive it again.
    if (offset > 0) {
      await deps.telegram.callApi("getUpdates", { offset, limit: 1, timeout: 0 }).catch((error: Error) => {
        deps.log.warn({ err: error.message }, "could not confirm the last telegram updates; they will be delivered again and deduplicated");
      });
    }
  };

  async function park(poison: { update: Update; error: Error }[]): Promise<void> {
    try {
      await deps.parked.park(poison.map((f) => ({ update: f.update, error: f.error.message })));
    } catch (error) {
      deps.log.error({ err: (error as Error).message }, "could not park telegram updates; the batch stays unconfirmed");
      return;
    }
    for (const f of poison) parked.add(f.update.update_id);
    deps.log.error(
      { updateIds: poison.map((f) => f.update.update_id) },
      "telegram updates parked after repeated failures; they are tried again at the next start",
    );
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
