import { describe, expect, it } from "vitest";
import { sweepUnfinishedIntakes } from "../../queues/intake-reminder-sweeper.js";
import { type Sql, SqlPool } from "../../src/infra/sql.js";
import { SimulatedChat } from "../support/simulated-chat.js";
import { skipFacts } from "../support/skip-facts.js";
import { eventually, useTestApp } from "../support/test-app.js";
import { FILES } from "../support/whatsapp-messages.js";

/**
 * Issue 10: a reporter who stops answering before the consent still reaches a person. The sweep
 * runs on an injected clock: "31 minutes later" is a time handed to it, not waited for.
 */
const app = useTestApp({ workers: true, bots: true });
const QUIET_MS = 30 * 60_000;
const REMINDER = /belum terkirim ke petugas karena belum selesai/;
const minutes = (n: number) => n * 60_000;

/** When the chat's latest message arrived (the intake's clock). */
async function lastInbound(chat: SimulatedChat): Promise<Date> {
  const last = await app.ctx.db.message.findFirstOrThrow({
    where: { conversation: { channel: "SIMULATOR", chatId: chat.chatId }, direction: "IN" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return last.createdAt;
}

/** One sweep with the clock at `ms` after the chat's latest message; resolves the replies it delivered to the chat. */
async function sweepAfter(chat: SimulatedChat, ms: number): Promise<string> {
  const at = new Date((await lastInbound(chat)).getTime() + ms);
  await sweepUnfinishedIntakes({ ...app.ctx, now: () => at }, QUIET_MS);
  return (await chat.newReplies()).join("\n---\n");
}

const remindersOf = (chat: SimulatedChat) =>
  app.ctx.db.message.count({
    where: {
      conversation: { channel: "SIMULATOR", chatId: chat.chatId },
      direction: "OUT",
      text: { contains: "belum terkirim ke petugas karena belum selesai" },
    },
  });

const voiceNote = { kind: "voice" as const, attachments: [{ mime: "audio/ogg; codecs=opus", data: FILES.opus }] };

describe("an intake left unfinished gets one reminder, and a case when the reporter answers YA", () => {
  it("a voice-only chat that stops after its first voice note", async () => {
    const chat = new SimulatedChat(app.ctx);
    await chat.send("", voiceNote);
    expect((await chat.newReplies()).join("\n")).toMatch(/Kami catat sebagai pengaduan agar petugas dapat mendengarkannya/);

    expect(await sweepAfter(chat, minutes(5))).toBe("");
    const reminder = await sweepAfter(chat, minutes(31));
    expect(reminder).toMatch(REMINDER);
    expect(reminder).toMatch(/Cerita: Pengaduan lewat pesan suara\/foto/);
    expect(reminder).toMatch(/Balas YA untuk mengirim \(pertanyaan lain boleh dilewati\)/);
    expect(await chat.cases()).toEqual([]);

    const done = await chat.say("ya");
    const [created, ...others] = await chat.cases();
    expect(others).toEqual([]);
    expect(done).toContain(`nomor tiket ${created!.ticket}`);
    expect(created).toMatchObject({ description: "Pengaduan lewat pesan suara/foto", originRegionId: null, destinationCountry: null });
    // The voice note is on the case, for the officer to hear.
    const messages = await app.ctx.db.message.findMany({ where: { caseId: created!.id, direction: "IN" }, include: { attachments: true } });
    expect(messages.flatMap((m) => m.attachments)).toHaveLength(1);
    expect(await sweepAfter(chat, minutes(60 * 24))).toBe("");
    expect(await remindersOf(chat)).toBe(1);
  });

  it("a typed complaint that stops at the name question", async () => {
    const chat = new SimulatedChat(app.ctx);
    expect(await chat.say("gaji saya belum dibayar 3 bulan, saya dari lampung, kerja di malaysia")).toMatch(/nama lengkap Bapak\/Ibu/);
    const reminder = await sweepAfter(chat, minutes(31));
    expect(reminder).toMatch(REMINDER);
    expect(reminder).toMatch(/Negara tujuan: Malaysia/);
    const done = await chat.say("ya");
    const [created] = await chat.cases();
    expect(done).toContain(`nomor tiket ${created!.ticket}`);
    expect(created).toMatchObject({ kind: "GAJI", originRegionId: "ID-LA", destinationCountry: "Malaysia", workerName: null });
    expect(await remindersOf(chat)).toBe(1);
  });
});

describe("no reminder", () => {
  it("for a chat that keeps answering, each answer within the delay, up to its case", async () => {
    const chat = new SimulatedChat(app.ctx);
    let reply = await chat.say("PT penempatan minta biaya 40 juta padahal resminya tidak segitu, saya dari bandar lampung, tujuan korea");
    for (const answer of ["1", "Sari Wulandari"]) {
      expect(await sweepAfter(chat, minutes(29))).toBe("");
      reply = await chat.say(answer);
    }
    reply = await skipFacts(async (text) => {
      expect(await sweepAfter(chat, minutes(29))).toBe("");
      return chat.say(text);
    }, reply);
    expect(reply).toMatch(/Balas YA untuk mengirim, atau BATAL/);
    await chat.say("ya");
    expect(await chat.cases()).toHaveLength(1);
    // The case exists: nothing is left to remind, however long the chat stays quiet.
    expect(await sweepAfter(chat, minutes(60 * 24))).toBe("");
    expect(await remindersOf(chat)).toBe(0);
  });

  it("for an emergency: its case was created at once", async () => {
    const chat = new SimulatedChat(app.ctx);
    const first = await chat.say("tolong saya dipukuli majikan setiap hari dan tidak boleh keluar rumah, saya di malaysia");
    const [created] = await chat.cases();
    expect(created!.urgency).toBe("EMERGENCY");
    expect(first).toContain(created!.ticket);
    expect(await sweepAfter(chat, minutes(60 * 24))).toBe("");
    expect(await remindersOf(chat)).toBe(0);
  });

  it("for a chat that wrote 5 minutes ago", async () => {
    const chat = new SimulatedChat(app.ctx);
    await chat.say("agen saya minta uang lagi 10 juta padahal sudah bayar semua, saya di taiwan");
    expect(await sweepAfter(chat, minutes(5))).toBe("");
    expect(await sweepAfter(chat, minutes(29))).toBe("");
    expect(await remindersOf(chat)).toBe(0);
    // Past the delay it comes, once.
    expect(await sweepAfter(chat, minutes(31))).toMatch(REMINDER);
    expect(await sweepAfter(chat, minutes(90))).toBe("");
    expect(await remindersOf(chat)).toBe(1);
  });

  it("for a reporter who blocked the bot: it would not reach them", async () => {
    const chat = new SimulatedChat(app.ctx);
    await chat.say("agen saya minta uang lagi 10 juta padahal sudah bayar semua, saya di taiwan");
    await app.ctx.db.reporter.update({ where: { id: await chat.reporterId() }, data: { unreachableAt: new Date() } });
    expect(await sweepAfter(chat, minutes(31))).toBe("");
    expect(await remindersOf(chat)).toBe(0);
  });
});

describe("two sweepers at once", () => {
  it("send each unfinished intake exactly one reminder", async () => {
    const chats = Array.from({ length: 8 }, () => new SimulatedChat(app.ctx));
    await Promise.all(chats.map((chat) => chat.say("majikan saya tidak memberi libur dan gaji dipotong terus, saya dari indramayu")));
    const latest = Math.max(...(await Promise.all(chats.map(lastInbound))).map((d) => d.getTime()));
    const deps = { ...app.ctx, now: () => new Date(latest + minutes(31)) };
    // Two processes' sweeps on the same database, at the same moment; then a restart sweeps again.
    await Promise.all([sweepUnfinishedIntakes(deps, QUIET_MS), sweepUnfinishedIntakes(deps, QUIET_MS)]);
    await sweepUnfinishedIntakes(deps, QUIET_MS);
    for (const chat of chats) {
      expect((await chat.newReplies()).filter((r) => REMINDER.test(r))).toHaveLength(1);
      expect(await remindersOf(chat)).toBe(1);
    }
  });
});

/**
 * The SQL pool, pausing each transaction right after its first statement (the sweep's lock):
 * the conversations stay locked, not yet written, for as long as the pause lasts.
 */
class PausingSql extends SqlPool {
  constructor(
    pool: SqlPool,
    private readonly afterLock: () => Promise<void>,
  ) {
    super(pool.pool);
  }

  override transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return super.transaction((tx) => {
      let first = true;
      const paused: Sql = {
        rows: async <R>(strings: TemplateStringsArray, ...values: unknown[]) => {
          const rows = await tx.rows<R>(strings, ...values);
          if (first) {
            first = false;
            await this.afterLock();
          }
          return rows;
        },
        run: (strings, ...values) => tx.run(strings, ...values),
      };
      return work(paused);
    });
  }
}

describe("a message that arrives while the sweep holds the conversation", () => {
  it("is handed back to the inbound queue after the reminder commits, and answers it", async () => {
    const chat = new SimulatedChat(app.ctx);
    await chat.say("agensi saya menahan paspor dan tidak mau mengembalikan, saya dari lampung kerja di malaysia");
    const at = new Date((await lastInbound(chat)).getTime() + minutes(31));
    const inboundDone = () => app.ctx.queues.inbound.getCompletedCount();
    let paused = false;
    let skippedAt = Number.POSITIVE_INFINITY;
    const sql = new PausingSql(app.ctx.sql, async () => {
      if (paused) return;
      paused = true;
      // The reporter writes now: the inbound job finds the conversation held and leaves the message to the holder.
      const before = await inboundDone();
      await chat.send("ya");
      await eventually(async () => (await inboundDone()) > before, 10_000, "the inbound job to pass the held conversation");
      skippedAt = Date.now();
      const waiting = await app.ctx.db.message.count({
        where: { conversation: { channel: "SIMULATOR", chatId: chat.chatId }, direction: "IN", state: "RECEIVED" },
      });
      expect(waiting).toBe(1);
    });
    expect(await sweepUnfinishedIntakes({ ...app.ctx, sql, now: () => at }, QUIET_MS)).toBeGreaterThanOrEqual(1);
    // The sweep queued it again itself (the outbox sweeper's net would take 30 s and more).
    const { id: conversationId } = await app.ctx.db.conversation.findUniqueOrThrow({
      where: { channel_chatId: { channel: "SIMULATOR", chatId: chat.chatId } },
    });
    const jobs = await app.ctx.queues.inbound.getJobs(["prioritized", "waiting", "active", "completed"]);
    expect(jobs.filter((j) => j.timestamp >= skippedAt && j.data.conversationIds.includes(conversationId))).not.toEqual([]);
    const created = await eventually(async () => (await chat.cases())[0], 30_000, "the case from YA");
    const replies = (await chat.newReplies()).join("\n---\n");
    expect(replies).toMatch(REMINDER);
    expect(replies).toContain(`nomor tiket ${created.ticket}`);
  });
});
