import { Telegraf } from "telegraf";
import type { Update } from "telegraf/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createParkedUpdates } from "../../bots/telegram/parked-updates.js";
import { createReceivedUpdates, type ReceivedUpdates } from "../../bots/telegram/received-updates.js";
import { createUpdateIntake } from "../../bots/telegram/update-intake.js";
import { startWebhookServer } from "../../bots/telegram/webhook-server.js";
import { createLogger } from "../../src/logger.js";
import { createTestContext, eventually, type TestContext } from "../support/test-app.js";

/**
 * Issue 11 §3, webhook mode: Telegram pushes its queue in order, so a webhook request is answered
 * once its update is held in the database, not after its message's commit; what is held survives
 * a stop. The real server and intake, with a `handle` the test controls.
 */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.cleanup();
});

const SECRET = "rahasia_webhook-intake-0123456789";
/** A bot id of this file's own: the received table is shared by the run's files. */
const BOT_ID = 7_700_000_001;
const textUpdate = (updateId: number, userId: number, text: string) =>
  ({
    update_id: updateId,
    message: {
      message_id: updateId,
      from: { id: userId, is_bot: false, first_name: "Ibu" },
      chat: { id: userId, type: "private" },
      date: 0,
      text,
    },
  }) as unknown as Update;
const textOf = (u: Update) => (u as { message?: { text?: string } }).message?.text ?? "";

async function startHook(handle: (update: Update) => Promise<void>, received: ReceivedUpdates) {
  const intake = createUpdateIntake({
    handle,
    log: createLogger("silent"),
    parked: createParkedUpdates(ctx.db),
    received,
    concurrency: 4,
  });
  await intake.start();
  const server = await startWebhookServer({
    bot: new Telegraf("123:webhook-intake-test"),
    accept: (update) => intake.accept([update]),
    path: "/telegram/masuk",
    secretToken: SECRET,
    host: "127.0.0.1",
    port: 0,
    log: createLogger("silent"),
  });
  const push = (update: Update) =>
    fetch(`http://127.0.0.1:${server.port}/telegram/masuk`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    }).then((r) => r.status);
  return {
    push,
    async stop() {
      await server.stop();
      await intake.stop();
    },
  };
}

describe("Telegram webhook: answered once held", () => {
  it("answers each request once its update is held, before its message is stored; a held update survives a stop", async () => {
    const received = createReceivedUpdates(ctx.sql, BOT_ID);
    let release!: () => void;
    const storing = new Promise<void>((resolve) => (release = resolve));
    const handled: string[] = [];
    // The database is away for messages while the received table still takes the updates.
    const first = await startHook(async (update) => {
      await storing;
      handled.push(textOf(update));
      throw new Error("database away");
    }, received);
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => first.push(textUpdate(1000 + i, 500 + (i % 5), `pesan ${i}`))));
    expect(statuses).toEqual(Array(20).fill(200));
    // Answered while none was stored: all twenty are held.
    expect(handled).toEqual([]);
    expect((await received.list()).map(textOf).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `pesan ${i}`).sort());
    // A stop while they cannot be stored keeps them held.
    const stopped = first.stop();
    release();
    await stopped;
    expect((await received.list()).length).toBe(20);

    const again: string[] = [];
    const second = await startHook(async (update) => void again.push(textOf(update)), received);
    await eventually(async () => (await received.list()).length === 0, 10_000, "held updates stored and released");
    await second.stop();
    // Each is stored after the start, each chat in order.
    expect([...again].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `pesan ${i}`).sort());
    for (let chat = 0; chat < 5; chat++) {
      const order = again.filter((t) => Number(t.split(" ")[1]) % 5 === chat);
      expect(order).toEqual([...order].sort((a, b) => Number(a.split(" ")[1]) - Number(b.split(" ")[1])));
    }
  });

  it("answers 500 when the database would not hold the update, so Telegram pushes it again", async () => {
    const inner = createReceivedUpdates(ctx.sql, BOT_ID + 1);
    let failures = 1;
    const received: ReceivedUpdates = {
      ...inner,
      async hold(updates) {
        if (failures-- > 0) throw new Error("database away");
        await inner.hold(updates);
      },
    };
    const handled: string[] = [];
    const hook = await startHook(async (update) => void handled.push(textOf(update)), received);
    try {
      expect(await hook.push(textUpdate(2000, 600, "darurat"))).toBe(500);
      expect(handled).toEqual([]);
      expect(await hook.push(textUpdate(2000, 600, "darurat"))).toBe(200);
      await eventually(async () => handled.includes("darurat"), 10_000, "stored after the second push");
    } finally {
      await hook.stop();
    }
  });
});
