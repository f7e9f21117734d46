import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBots } from "../../bots/start-bots.js";
import { fakeBotsOptions, fakeSocketFactory } from "../support/fake-whatsapp-socket.js";
import { createTestContext, eventually, type TestContext } from "../support/test-app.js";
import { person } from "../support/whatsapp-messages.js";

let ctx: TestContext;
const fake = fakeSocketFactory();
let stop: () => Promise<void>;

beforeAll(async () => {
  // The production pace and typing settings (config defaults): 5 per second, 1.5 s per chat, "typing..." before long texts.
  ctx = await createTestContext({ SIMULATOR: "false", WHATSAPP_ACCOUNTS: "utama" });
  stop = await startBots(ctx, fakeBotsOptions(fake));
  fake.latest().open();
});

afterAll(async () => {
  await stop();
  await ctx.cleanup();
});

/** Numbers of this file's own (the run's files share one database, and other files count persons up from 1). */
const OWN_NUMBERS = 60_000_000;

async function queuedReply(n: number, text: string): Promise<{ id: string; jid: string }> {
  const jid = person(OWN_NUMBERS + n).pn;
  const conversation =
    (await ctx.db.conversation.findUnique({ where: { channel_chatId: { channel: "WHATSAPP", chatId: jid } } })) ??
    (await ctx.db.conversation.create({ data: { channel: "WHATSAPP", chatId: jid, reporter: { create: { kind: "WORKER" } } } }));
  const row = await ctx.db.message.create({
    data: { channel: "WHATSAPP", conversationId: conversation.id, direction: "OUT", text, state: "QUEUED" },
  });
  return { id: row.id, jid };
}

describe("WhatsApp: the emergency reply leaves first", () => {
  it("is sent before ordinary replies of other chats queued earlier, without a typing pause", async () => {
    const long = "Kabar pengaduan Anda: ".padEnd(400, "x");
    const ordinary: { id: string; jid: string }[] = [];
    for (let n = 0; n < 40; n++) ordinary.push(await queuedReply(700 + n, `${long} ${n}`));
    await ctx.queues.addOutbound(
      "WHATSAPP",
      ordinary.map((o) => o.id),
    );
    // The ordinary burst is under way (at 5 per second it needs about 8 s, "typing..." included).
    await eventually(async () => fake.latest().sent.some((m) => m.text.startsWith("Kabar pengaduan")), 20_000, "ordinary burst started");

    const emergency = await queuedReply(800, `Kami sangat prihatin atas apa yang terjadi. ${long}`);
    await ctx.queues.addOutbound("WHATSAPP", [emergency.id], "emergency");
    await eventually(
      async () => (await ctx.db.message.findUniqueOrThrow({ where: { id: emergency.id } })).state === "SENT",
      20_000,
      "emergency sent",
    );

    const sent = fake.latest().sent;
    const emergencyAt = sent.findIndex((m) => m.jid === emergency.jid);
    const ordinaryBefore = sent.slice(0, emergencyAt).filter((m) => m.text.startsWith("Kabar pengaduan")).length;
    // Only the few ordinary replies already holding a send slot may go before it; the rest wait.
    expect(ordinaryBefore).toBeLessThan(ordinary.length / 2);
    expect(fake.latest().presences.filter((p) => p.jid === emergency.jid && p.type === "composing")).toEqual([]);
    // Ordinary long replies do show "typing..." (the policy is on): the emergency was spared it, not everyone.
    expect(fake.latest().presences.some((p) => p.type === "composing" && ordinary.some((o) => o.jid === p.jid))).toBe(true);

    await eventually(
      async () => (await ctx.db.message.count({ where: { id: { in: ordinary.map((o) => o.id) }, state: "SENT" } })) === ordinary.length,
      40_000,
      "ordinary delivered",
    );
  }, 90_000);

  it("takes its chat's earlier reply, queued behind the burst, along with it: in order and at once", async () => {
    const ordinary: { id: string; jid: string }[] = [];
    for (let n = 0; n < 40; n++) ordinary.push(await queuedReply(900 + n, `Kabar berkala ${n}`));
    await ctx.queues.addOutbound(
      "WHATSAPP",
      ordinary.map((o) => o.id),
    );
    await eventually(async () => fake.latest().sent.some((m) => m.text.startsWith("Kabar berkala")), 20_000, "ordinary burst started");
    // The chat's own ordinary reply was queued after the burst; its emergency reply comes next.
    const earlier = await queuedReply(990, "Terima kasih, pesan Anda sudah kami terima.");
    await ctx.queues.addOutbound("WHATSAPP", [earlier.id]);
    const emergency = await queuedReply(990, "Kami sangat prihatin atas apa yang terjadi.");
    await ctx.queues.addOutbound("WHATSAPP", [emergency.id], "emergency");
    await eventually(
      async () => (await ctx.db.message.findUniqueOrThrow({ where: { id: emergency.id } })).state === "SENT",
      30_000,
      "emergency sent",
    );

    const sent = fake.latest().sent;
    const own = sent.filter((m) => m.jid === emergency.jid).map((m) => m.text);
    expect(own).toEqual(["Terima kasih, pesan Anda sudah kami terima.", "Kami sangat prihatin atas apa yang terjadi."]);
    const emergencyAt = sent.findIndex((m) => m.jid === emergency.jid && m.text.startsWith("Kami sangat prihatin"));
    expect(sent.slice(0, emergencyAt).filter((m) => m.text.startsWith("Kabar berkala")).length).toBeLessThan(ordinary.length / 2);
    await eventually(
      async () => (await ctx.db.message.count({ where: { id: { in: ordinary.map((o) => o.id) }, state: "SENT" } })) === ordinary.length,
      40_000,
      "ordinary delivered",
    );
  }, 90_000);
});
