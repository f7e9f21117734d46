import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBots } from "../../bots/start-bots.js";
import { fakeBotsOptions, fakeSocketFactory } from "../support/fake-whatsapp-socket.js";
import { createTestContext, eventually, type TestContext } from "../support/test-app.js";
import { person } from "../support/whatsapp-messages.js";

let ctx: TestContext;
const fake = fakeSocketFactory();
let stop: () => Promise<void>;
const PER_SECOND = 10;
const PER_CHAT_MS = 400;

beforeAll(async () => {
  ctx = await createTestContext({
    SIMULATOR: "false",
    WHATSAPP_ACCOUNTS: "utama",
    WHATSAPP_GLOBAL_PER_SECOND: String(PER_SECOND),
    WHATSAPP_PER_CHAT_INTERVAL_MS: String(PER_CHAT_MS),
    WHATSAPP_TYPING_MAX_MS: "0",
  });
  stop = await startBots(ctx, fakeBotsOptions(fake));
  fake.latest().open();
});

afterAll(async () => {
  await stop();
  await ctx.cleanup();
});

describe("WhatsApp outbound pace", () => {
  it("holds the per-chat and per-number pace under a burst, and keeps each chat's order", async () => {
    const chats = 12;
    const perChat = 3;
    const ids: string[] = [];
    for (let c = 0; c < chats; c++) {
      const jid = person(500 + c).pn;
      const reporter = await ctx.db.reporter.create({ data: { kind: "WORKER" } });
      const conversation = await ctx.db.conversation.create({ data: { channel: "WHATSAPP", chatId: jid, reporterId: reporter.id } });
      for (let k = 0; k < perChat; k++) {
        const row = await ctx.db.message.create({
          data: { channel: "WHATSAPP", conversationId: conversation.id, direction: "OUT", text: `Kabar ${c}-${k}`, state: "QUEUED" },
        });
        ids.push(row.id);
      }
    }
    // All at once, as an officer's bulk action or a busy minute would queue them.
    await ctx.queues.addOutbound("WHATSAPP", ids);
    await eventually(
      async () => (await ctx.db.message.count({ where: { id: { in: ids }, state: "SENT" } })) === ids.length,
      30_000,
      "burst delivered",
    );

    const sent = fake.latest().sent.filter((m) => m.text.startsWith("Kabar "));
    expect(sent).toHaveLength(chats * perChat);
    const times = sent.map((m) => m.at).sort((a, b) => a - b);
    let maxInWindow = 0;
    for (let i = 0, j = 0; i < times.length; i++) {
      while (times[i]! - times[j]! >= 1000) j++;
      maxInWindow = Math.max(maxInWindow, i - j + 1);
    }
    expect(maxInWindow).toBeLessThanOrEqual(PER_SECOND);
    // The pace is a limit, not a stall: the burst used most of it.
    expect(maxInWindow).toBeGreaterThanOrEqual(PER_SECOND - 3);
    for (let c = 0; c < chats; c++) {
      const mine = sent.filter((m) => m.jid === person(500 + c).pn);
      expect(mine.map((m) => m.text)).toEqual([0, 1, 2].map((k) => `Kabar ${c}-${k}`));
      for (let k = 1; k < mine.length; k++) expect(mine[k]!.at - mine[k - 1]!.at).toBeGreaterThanOrEqual(PER_CHAT_MS - 5);
    }
  }, 60_000);
});
