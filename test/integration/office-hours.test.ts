import { describe, expect, it } from "vitest";
import { processConversations } from "../../src/intake/process-conversations.js";
import { SimulatedChat } from "../support/simulated-chat.js";
import { useTestApp } from "../support/test-app.js";

// No workers: each message is processed here, on a clock the test sets.
const app = useTestApp();

/** Saturday 28 November 2026, 22.00 WIB. */
const SATURDAY_NIGHT = new Date("2026-11-28T15:00:00Z");
/** Tuesday 24 November 2026, 10.00 WIB. */
const TUESDAY_MORNING = new Date("2026-11-24T03:00:00Z");

async function converse(chat: SimulatedChat, now: Date, messages: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const text of messages) {
    await chat.send(text);
    const conversation = await app.ctx.db.conversation.findUniqueOrThrow({
      where: { channel_chatId: { channel: "SIMULATOR", chatId: chat.chatId } },
    });
    const before = new Date(Date.now() - 1);
    await processConversations({ ...app.ctx, now: () => now }, [conversation.id]);
    const replies = await app.ctx.db.message.findMany({
      where: { conversationId: conversation.id, direction: "OUT", createdAt: { gte: before } },
      orderBy: { seq: "asc" },
    });
    out.push(replies.map((r) => r.text).join("\n"));
  }
  return out;
}

/** A worker at home in Papua whose departure failed: no destination country, so the home zone (WIT). */
const PAPUA = [
  "uang saya ditahan agen dan saya gagal berangkat, saya dari jayapura papua",
  "1",
  "belum berangkat",
  "lewati",
  "lewati",
  "ya",
  "menu",
  "4",
];

describe("office hours in what reporters are told", () => {
  it("'Bicara dengan petugas' at night says when an officer answers, in the local time of the worker's country", async () => {
    const chat = new SimulatedChat(app.ctx);
    const replies = await converse(chat, SATURDAY_NIGHT, [
      "gaji saya belum dibayar 3 bulan, saya dari lampung timur, kerja di riyadh arab saudi",
      "1",
      // Two optional facts skipped in a row: no third is asked.
      "lewati",
      "lewati",
      "ya",
      "menu",
      "4",
    ]);
    const answer = replies.at(-1)!;
    expect(answer).toMatch(/di luar jam kerja petugas/);
    // Monday 08.00 WIB is 04.00 in Riyadh.
    expect(answer).toMatch(/Petugas akan membalas mulai Senin, 30 November 2026 pukul 04\.00 waktu Arab Saudi/);
  });

  it("uses WIT for a reporter at home in Papua, and says nothing of office hours during them", async () => {
    const night = await converse(new SimulatedChat(app.ctx), SATURDAY_NIGHT, PAPUA);
    expect(night.at(-1)).toMatch(/mulai Senin, 30 November 2026 pukul 10\.00 WIT/);
    const day = await converse(new SimulatedChat(app.ctx), TUESDAY_MORNING, PAPUA);
    expect(day.at(-1)).toMatch(/Petugas akan membalas di percakapan ini/);
    expect(day.at(-1)).not.toMatch(/di luar jam kerja/);
  });

  it("a case opened at night promises its first answer within office hours, not at the hour it was sent", async () => {
    const replies = await converse(new SimulatedChat(app.ctx), new Date("2026-11-23T17:21:00Z"), [
      "gaji saya belum dibayar 3 bulan, saya dari lampung timur, kerja di malaysia",
      "1",
      // Two optional facts skipped in a row: no third is asked.
      "lewati",
      "lewati",
      "ya",
    ]);
    // Tuesday 00.21 WIB: counted from 08.00, three working days later.
    expect(replies.at(-1)).toMatch(/paling lambat Jumat, 27 November 2026 pukul 08\.00 WIB/);
    expect(replies.at(-1)).not.toMatch(/pukul 00\.21/);
  });
});
