import { Telegraf } from "telegraf";
import type { Update } from "telegraf/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLongPolling } from "../../bots/telegram/long-polling.js";
import { createParkedUpdates } from "../../bots/telegram/parked-updates.js";
import { createLogger } from "../../src/logger.js";
import { FakeTelegramApi } from "../support/fake-telegram-api.js";
import { createTestContext, eventually, type TestContext } from "../support/test-app.js";

let api: FakeTelegramApi;
let ctx: TestContext;

beforeAll(async () => {
  api = new FakeTelegramApi();
  await api.start();
  ctx = await createTestContext();
});

afterAll(async () => {
  await ctx.cleanup();
  await api.stop();
});

const idOf = (u: Update) => (u as { message?: { text?: string } }).message?.text ?? "";

describe("Telegram long polling", () => {
  it("confirms updates only once stored: a failed batch is fetched again, order per chat kept, a poison update parked", async () => {
    const telegram = new Telegraf(api.token, { telegram: { apiRoot: api.url } }).telegram;
    const handled: string[] = [];
    let outage = 2;
    let poisonFixed = false;
    const handle = async (update: Update) => {
      const text = idOf(update);
      // The first two tries of "b1" fail as if the database were away; "poison" fails until fixed.
      if (text === "b1" && outage-- > 0) throw new Error("database away");
      if (text === "poison" && !poisonFixed) throw new Error("cannot be stored");
      handled.push(text);
    };
    const parked = createParkedUpdates(ctx.db);
    const parkedTexts = async () => (await parked.list()).map((p) => idOf(p.update));
    const start = () =>
      startLongPolling({
        telegram,
        handle,
        log: createLogger("silent"),
        parked,
        allowedUpdates: ["message"],
        concurrency: 4,
        pollTimeoutS: 1,
        maxUpdateTries: 3,
      });
    for (const [user, text] of [
      [1, "a1"],
      [2, "b1"],
      [2, "b2"],
      [1, "a2"],
      [3, "poison"],
      [3, "c2"],
    ] as const)
      await api.userSends(user, text);
    const polling = start();
    await eventually(async () => handled.includes("c2") && handled.includes("b2"), 20_000, "all stored");
    await polling.stop();

    // Nothing lost, duplicates aside (the intake drops those), and each chat in order.
    const firsts = (prefixOf: string) => [...new Set(handled.filter((t) => t.startsWith(prefixOf)))];
    expect(firsts("a")).toEqual(["a1", "a2"]);
    expect(firsts("b")).toEqual(["b1", "b2"]);
    expect(firsts("c")).toEqual(["c2"]);
    // Parked in the database, not in Redis: a family's message survives Redis losing its data.
    expect(await parkedTexts()).toEqual(["poison"]);
    // The offset moved past everything only at the end: the last getUpdates confirms all six.
    const offsets = api.callsOf("getUpdates").map((c) => Number(c.params.offset ?? 0));
    expect(Math.max(...offsets)).toBe(7);
    expect(offsets.filter((o) => o === 0).length).toBeGreaterThanOrEqual(3);

    // Once the cause is mended, the next start stores the parked update and it leaves the table.
    poisonFixed = true;
    const restarted = start();
    await eventually(async () => handled.includes("poison"), 10_000, "the parked update stored");
    await restarted.stop();
    expect(await parkedTexts()).toEqual([]);
  });
});
