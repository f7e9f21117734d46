import { Telegraf } from "telegraf";
import type { Update } from "telegraf/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLongPolling } from "../../bots/telegram/long-polling.js";
import { createUpdateIntake, type UpdateIntakeDeps } from "../../bots/telegram/update-intake.js";
import { createParkedUpdates } from "../../bots/telegram/parked-updates.js";
import { createReceivedUpdates, type ReceivedUpdates } from "../../bots/telegram/received-updates.js";
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

/** Long polling over its own update intake, as start-telegram.ts wires them. */
function poll(telegram: Telegraf["telegram"], deps: UpdateIntakeDeps) {
  return startLongPolling({ telegram, intake: createUpdateIntake(deps), log: deps.log, allowedUpdates: ["message"], pollTimeoutS: 1 });
}

describe("Telegram long polling", () => {
  it("confirms a batch once it is held in the database, stores each chat in order while the others go on, and parks a poison update", async () => {
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
    const received = createReceivedUpdates(ctx.sql, api.botUser.id);
    const start = () =>
      poll(telegram, {
        handle,
        log: createLogger("silent"),
        parked,
        received,
        concurrency: 4,
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
    // Confirmed once held, not once stored: b1's failures did not make Telegram hand the batch out again.
    const offsets = api.callsOf("getUpdates").map((c) => Number(c.params.offset ?? 0));
    expect(Math.max(...offsets)).toBe(7);
    expect(offsets.filter((o) => o === 0)).toHaveLength(1);
    // Stored or parked, every update left the received table.
    await eventually(async () => (await received.list()).length === 0, 5_000, "received table emptied");

    // Once the cause is mended, the next start stores the parked update and it leaves the table.
    poisonFixed = true;
    const restarted = start();
    await eventually(async () => handled.includes("poison"), 10_000, "the parked update stored");
    await restarted.stop();
    expect(await parkedTexts()).toEqual([]);
  });

  it("keeps an update it could not store across a stop, confirmed to Telegram, and stores it at the next start", async () => {
    const telegram = new Telegraf(api.token, { telegram: { apiRoot: api.url } }).telegram;
    let databaseAway = true;
    let tries = 0;
    const handled: string[] = [];
    const handle = async (update: Update) => {
      tries++;
      if (databaseAway) throw new Error("database away");
      handled.push(idOf(update));
    };
    const received = createReceivedUpdates(ctx.sql, api.botUser.id);
    const start = () =>
      poll(telegram, {
        handle,
        log: createLogger("silent"),
        parked: createParkedUpdates(ctx.db),
        received,
        concurrency: 4,
      });
    const { updateId } = await api.userSends(11, "kept");
    const polling = start();
    await eventually(async () => tries >= 2, 10_000, "tried twice");
    await polling.stop();
    expect(handled).toEqual([]);
    expect((await received.list()).map(idOf)).toEqual(["kept"]);
    expect(Math.max(...api.callsOf("getUpdates").map((c) => Number(c.params.offset ?? 0)))).toBe(updateId + 1);

    databaseAway = false;
    const restarted = start();
    await eventually(async () => handled.includes("kept"), 10_000, "the held update stored");
    await restarted.stop();
    expect(await received.list()).toEqual([]);
  });

  it("does not confirm a batch the database would not hold: Telegram hands it out again", async () => {
    const telegram = new Telegraf(api.token, { telegram: { apiRoot: api.url } }).telegram;
    const handled: string[] = [];
    const inner = createReceivedUpdates(ctx.sql, api.botUser.id);
    let holdFailures = 1;
    const received: ReceivedUpdates = {
      ...inner,
      async hold(updates) {
        if (holdFailures-- > 0) throw new Error("database away");
        await inner.hold(updates);
      },
    };
    const { updateId } = await api.userSends(12, "again");
    const before = api.callsOf("getUpdates").length;
    const polling = poll(telegram, {
      handle: async (update) => void handled.push(idOf(update)),
      log: createLogger("silent"),
      parked: createParkedUpdates(ctx.db),
      received,
      concurrency: 4,
    });
    await eventually(async () => handled.includes("again"), 10_000, "stored after the second fetch");
    await polling.stop();
    const offsets = api
      .callsOf("getUpdates")
      .slice(before)
      .map((c) => Number(c.params.offset ?? 0));
    // Fetched twice from the same offset: the first fetch was not confirmed.
    expect(offsets.slice(0, 2)).toEqual([offsets[0], offsets[0]]);
    expect(offsets[0]).toBeLessThanOrEqual(updateId);
    expect(handled).toEqual(["again"]);
  });
});
