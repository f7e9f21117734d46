import { describe, expect, it } from "vitest";
import { createInboundWorker } from "../../queues/inbound-worker.js";
import { sweepOutbox } from "../../queues/outbox-sweeper.js";
import { bullConnection } from "../../src/infra/redis-options.js";
import { startWorkers } from "../../src/runtime/start-workers.js";
import { SimulatedChat } from "../support/simulated-chat.js";
import { skipFacts } from "../support/skip-facts.js";
import { eventually, useTestApp, type TestContext } from "../support/test-app.js";

describe("a worker failing mid-job", () => {
  const app = useTestApp({ bots: true });

  it("rolls back, is retried, and leaves one case and one set of replies", async () => {
    const { ctx } = app;
    const chat = new SimulatedChat(ctx);
    const stopWorkers = startWorkers(ctx);
    let said = 0;
    const say = (text: string) => {
      said += 1;
      return chat.say(text);
    };
    await say("gaji saya tidak dibayar 2 bulan di taiwan, saya dari lampung");
    await skipFacts(say, await say("1"));
    await stopWorkers();

    // Two messages wait in the queue; the job processing both fails after the first one
    // (its case already written inside the transaction) — as if the worker died there.
    await chat.send("ya");
    await chat.send("terima kasih pak");
    let calls = 0;
    const failingOnce = () => {
      calls += 1;
      if (calls === 2) throw new Error("simulated crash in the middle of the job");
      return new Date();
    };
    const worker = createInboundWorker({ ...ctx, now: failingOnce }, bullConnection(ctx.redisUrl), ctx.config.QUEUE_PREFIX, 1);
    try {
      const replies = await chat.newReplies();
      expect(calls).toBeGreaterThan(2);
      const cases = await chat.cases();
      expect(cases).toHaveLength(1);
      expect(replies.filter((r) => r.includes(cases[0]!.ticket) && r.includes("sudah kami terima"))).toHaveLength(1);
      expect(replies.filter((r) => r.includes("sudah kami teruskan ke petugas"))).toHaveLength(1);
      const states = await ctx.db.message.groupBy({
        by: ["state"],
        where: { conversation: { chatId: chat.chatId }, direction: "IN" },
        _count: true,
      });
      // Everything said before the crash, then "ya" and "terima kasih pak": each processed once.
      expect(states).toEqual([{ state: "PROCESSED", _count: said + 2 }]);
    } finally {
      await worker.close();
    }
  });

  it("holds back only the chat whose message keeps failing; the other chats of its batch are answered", async () => {
    const { ctx } = app;
    const asker = new SimulatedChat(ctx);
    const others = Array.from({ length: 3 }, () => new SimulatedChat(ctx));
    // Sent together while no worker runs: the intake writes them in one or two group commits,
    // so the asker's chat shares its job and its batch with others.
    await Promise.all([...others.map((chat) => chat.send("halo")), asker.send("apakah PT Maju Jaya resmi?")]);
    expect((await ctx.queues.inbound.getJobs(["prioritized", "waiting"])).length).toBeLessThan(4);
    // A bug in one kind of answer: this FAQ answer needs the hotline, and reading it fails.
    const hotlines = {
      get hotline(): string {
        throw new Error("simulated bug in one answer");
      },
      hotlineAbroad: ctx.hotlines.hotlineAbroad,
    };
    const worker = createInboundWorker({ ...ctx, hotlines }, bullConnection(ctx.redisUrl), ctx.config.QUEUE_PREFIX, 1);
    try {
      for (const chat of others) expect((await chat.newReplies())[0]).toMatch(/Selamat datang/);
      const waiting = await ctx.db.message.findMany({
        where: { conversation: { chatId: asker.chatId }, direction: "IN" },
        select: { state: true },
      });
      expect(waiting).toEqual([{ state: "RECEIVED" }]);
    } finally {
      await worker.close();
    }
    // Once the bug is gone, the held-back message is answered (here by the worker of the suite).
    const stopWorkers = startWorkers(ctx);
    try {
      await ctx.queues.addInbound([await conversationOf(ctx, asker.chatId)]);
      expect((await asker.newReplies())[0]).toMatch(/P3MI/);
    } finally {
      await stopWorkers();
    }
  });

  it("drains a long backlog in small transactions across several jobs, deciding exactly as one job would", async () => {
    const { ctx } = app;
    const texts = [
      "halo",
      "1",
      "gaji saya belum dibayar 2 bulan di taiwan",
      "1",
      "saya dari lampung",
      "ya",
      "terima kasih pak",
      "menu",
      "3",
      "batal",
      "halo",
      "4",
    ];
    const connection = bullConnection(ctx.redisUrl);
    /** Stores the whole backlog at once (one or two group commits, so one or two jobs), then lets one worker with these limits drain it. */
    async function drain(limits: { messages: number; rounds: number } | undefined) {
      const chat = new SimulatedChat(ctx);
      await Promise.all(texts.map((text) => chat.send(text)));
      const completedBefore = (await ctx.queues.inbound.getJobCounts("completed")).completed ?? 0;
      const worker = createInboundWorker({ ...ctx, ...(limits ? { batchLimits: limits } : {}) }, connection, ctx.config.QUEUE_PREFIX, 1);
      try {
        const replies = await chat.newReplies();
        const completed = ((await ctx.queues.inbound.getJobCounts("completed")).completed ?? 0) - completedBefore;
        const decisions = await ctx.db.message.findMany({
          where: { conversation: { chatId: chat.chatId }, direction: "IN" },
          orderBy: { seq: "asc" },
          select: { state: true, note: true, processedAt: true },
        });
        return { replies, completed, decisions };
      } finally {
        await worker.close();
      }
    }
    const whole = await drain(undefined);
    // Two messages per transaction, two transactions per job: the jobs of the backlog hand over
    // to new ones until all twelve messages are done.
    const small = await drain({ messages: 2, rounds: 2 });

    expect(small.decisions.map((d) => d.state)).toEqual(texts.map(() => "PROCESSED"));
    expect(small.decisions.map((d) => d.note)).toEqual(whole.decisions.map((d) => d.note));
    const times = small.decisions.map((d) => d.processedAt!.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(small.replies).toHaveLength(whole.replies.length);
    expect(small.completed).toBeGreaterThanOrEqual(3);
  });

  it("re-enqueues messages stored but never queued (crash between store and enqueue)", async () => {
    const { ctx } = app;
    const chat = new SimulatedChat(ctx);
    const received = await chat.send("halo");
    // Lose the job, as if Redis had dropped it; the row is the source of truth.
    await ctx.queues.inbound.obliterate({ force: true });
    await ctx.db.message.update({ where: { id: received.messageId }, data: { createdAt: new Date(Date.now() - 60_000) } });
    const swept = await sweepOutbox(ctx.db, ctx.queues, ctx.log);
    expect(swept.inbound).toBeGreaterThanOrEqual(1);
    const stopWorkers = startWorkers(ctx);
    try {
      const replies = await chat.newReplies();
      expect(replies).toHaveLength(1);
      expect(replies[0]).toMatch(/Selamat datang/);
    } finally {
      await stopWorkers();
    }
  });
  it("puts a lost emergency back on the emergencies' queue, and a lost ordinary message on the ordinary one", async () => {
    const { ctx } = app;
    const emergency = new SimulatedChat(ctx);
    const ordinary = new SimulatedChat(ctx);
    const lost = [
      await emergency.send("tolong saya disekap majikan, tidak boleh keluar rumah"),
      await ordinary.send("gaji saya belum dibayar 3 bulan"),
    ];
    // Both jobs lost, as if Redis had dropped them.
    await ctx.queues.inbound.obliterate({ force: true });
    await ctx.queues.inboundEmergency.obliterate({ force: true });
    await ctx.db.message.updateMany({
      where: { id: { in: lost.map((m) => m.messageId) } },
      data: { createdAt: new Date(Date.now() - 60_000) },
    });
    await sweepOutbox(ctx.db, ctx.queues, ctx.log);

    const waiting = await ctx.queues.inbound.getJobs(["waiting", "prioritized"]);
    expect(waiting.some((job) => job.data.conversationIds.includes(lost[1]!.conversationId))).toBe(true);
    expect(waiting.some((job) => job.data.conversationIds.includes(lost[0]!.conversationId))).toBe(false);
    // Only the emergencies' worker runs: the emergency is answered by it, not left behind a backlog.
    const worker = createInboundWorker(ctx, bullConnection(ctx.redisUrl), ctx.config.QUEUE_PREFIX, 1, true);
    try {
      const replies = await emergency.newReplies();
      expect(replies.join("\n")).toMatch(/PMI-[0-9A-Z]{6}/);
    } finally {
      await worker.close();
    }
  });
});

describe("several workers sharing the queues", () => {
  const app = useTestApp({ bots: true });

  it("keeps each chat in order and answers every message once", async () => {
    const { ctx } = app;
    // Two independent workers, as two processes would run them, on one queue.
    const workers = [1, 2].map(() => createInboundWorker(ctx, bullConnection(ctx.redisUrl), ctx.config.QUEUE_PREFIX, 4));
    try {
      const chats = Array.from({ length: 20 }, () => new SimulatedChat(ctx));
      await Promise.all(
        chats.map(async (chat) => {
          for (const text of ["menu", "1", "majikan tidak bayar gaji saya 4 bulan", "untuk saya sendiri"]) await chat.send(text);
        }),
      );
      for (const chat of chats) {
        const replies = await chat.newReplies();
        expect(replies).toHaveLength(4);
        expect(replies[0]).toMatch(/Selamat datang/);
        expect(replies[1]).toMatch(/ceritakan masalahnya/);
        expect(replies[2]).toMatch(/nama lengkap Bapak\/Ibu/);
        expect(replies[3]).toMatch(/Dari kabupaten\/kota dan provinsi mana/);
      }
    } finally {
      await Promise.all(workers.map((w) => w.close()));
    }
  });
});

describe("SLA deadlines", () => {
  // First response due 2 seconds after a NORMAL case opens, so the timer fires during the test.
  const app = useTestApp({
    workers: true,
    bots: true,
    overrides: { SLA_POLICY_JSON: JSON.stringify({ firstResponse: { NORMAL: { hours: 2 / 3600 } } }) },
  });

  it("records an escalation and notifies the lead agency's supervisors when a deadline passes", async () => {
    const { ctx } = app;
    const supervisor = await ctx.db.officer.create({
      data: { agencyId: "BP3MI-LA", username: `spv-${Date.now()}`, name: "Supervisor Lampung", role: "SUPERVISOR", passwordHash: "x" },
    });
    const chat = new SimulatedChat(ctx);
    await chat.say("PT penempatan minta biaya 40 juta padahal resminya tidak segitu, saya dari bandar lampung, tujuan korea");
    await skipFacts((t) => chat.say(t), await chat.say("1"));
    await chat.say("ya");
    const [created] = await chat.cases();
    expect(created!.urgency).toBe("NORMAL");

    const breach = await eventually(
      () => ctx.db.caseEvent.findFirst({ where: { caseId: created!.id, type: "SLA_BREACHED" } }),
      30_000,
      "SLA breach event",
    );
    expect(breach.agencyId).toBe("BP3MI-LA");
    const notice = await ctx.db.officerNotification.findFirstOrThrow({ where: { officerId: supervisor.id, caseId: created!.id } });
    expect(notice.text).toContain(created!.ticket);
    expect(notice.text).toMatch(/melewati batas waktu respons pertama/);
    // Exactly one escalation per deadline, even if the timer fires again: a second timer for the
    // same deadline runs to its end and escalates nothing.
    const dueAt = (await ctx.db.case.findUniqueOrThrow({ where: { id: created!.id } })).firstResponseDueAt!;
    const again = await ctx.queues.sla.add("check", { caseId: created!.id, clock: "first-response", dueAt: dueAt.toISOString() });
    const outcome = await eventually(
      async () => (await again.getState()) === "completed" && (await ctx.queues.sla.getJob(again.id!))?.returnvalue,
      30_000,
      "second timer run",
    );
    expect(outcome).toBe("already escalated");
    expect(await ctx.db.caseEvent.count({ where: { caseId: created!.id, type: "SLA_BREACHED" } })).toBe(1);
  });
});

describe("bad input", () => {
  const app = useTestApp({ workers: true, bots: true });

  const cases: [string, string, RegExp][] = [
    ["empty", "", /pesan Bapak\/Ibu kosong/],
    ["whitespace only", "   \n\t  ", /pesan Bapak\/Ibu kosong/],
    ["emoji only", "🙏🙏😭", /tuliskan masalahnya dengan kata-kata/],
    ["binary", "\u0000\u0001\u0002\u0003\u0004\u0005garbage\u0000\u0006\u0007\u0008", /tidak dapat kami baca/],
    ["HTML", "<script>alert('x')</script><b>tolong</b>", /./],
    ["SQL", '\'; DROP TABLE "Case"; --', /./],
  ];

  for (const [name, text, expected] of cases) {
    it(`stores and answers a ${name} message`, async () => {
      const { ctx } = app;
      const chat = new SimulatedChat(ctx);
      const received = await chat.send(text);
      const replies = await chat.newReplies();
      expect(replies).toHaveLength(1);
      expect(replies[0]).toMatch(expected);
      const stored = await ctx.db.message.findUniqueOrThrow({ where: { id: received.messageId } });
      expect(stored.state).toBe("PROCESSED");
      if (!text.includes("\u0000")) expect(stored.text).toBe(text);
      else expect(Buffer.from((stored.payload as { rawTextBase64: string }).rawTextBase64, "base64").toString("utf8")).toBe(text);
    });
  }

  it("keeps a 100 KB message whole and still answers", async () => {
    const { ctx } = app;
    const chat = new SimulatedChat(ctx);
    const text = `gaji saya belum dibayar. ${"majikan marah terus setiap hari. ".repeat(3200)}`.slice(0, 100_000);
    const received = await chat.send(text);
    const replies = await chat.newReplies();
    expect(replies.length).toBeGreaterThanOrEqual(1);
    const stored = await ctx.db.message.findUniqueOrThrow({ where: { id: received.messageId } });
    expect(stored.text).toHaveLength(100_000);
  });

  it("answers an unknown message type politely", async () => {
    const { ctx } = app;
    const chat = new SimulatedChat(ctx);
    await chat.send("", { kind: "unsupported" });
    const replies = await chat.newReplies();
    expect(replies).toEqual([expect.stringMatching(/jenis pesan ini belum dapat kami proses/)]);
  });

  it("ignores reactions and revoked messages on purpose, without a reply", async () => {
    const { ctx } = app;
    const chat = new SimulatedChat(ctx);
    const reaction = await chat.send("👍", { kind: "reaction" });
    await chat.settle();
    expect(await chat.newReplies()).toEqual([]);
    const stored = await ctx.db.message.findUniqueOrThrow({ where: { id: reaction.messageId } });
    expect(stored.state).toBe("IGNORED");
  });

  it("stores a photo with its bytes and links it to the case", async () => {
    const { ctx } = app;
    const chat = new SimulatedChat(ctx);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
    await chat.send("", { kind: "image", attachments: [{ mime: "image/jpeg", data: jpeg, fileName: "slip.jpg" }] });
    const first = await chat.newReplies();
    expect(first[0]).toMatch(/Lampiran Bapak\/Ibu sudah kami terima/);
    await chat.say("ini slip gaji saya, gaji dipotong terus oleh agen, saya dari lampung kerja di malaysia");
    await skipFacts((t) => chat.say(t), await chat.say("saya sendiri"));
    await chat.say("ya");
    const [created] = await chat.cases();
    const attachments = await ctx.db.attachment.findMany({ where: { caseId: created!.id } });
    expect(attachments).toHaveLength(1);
    expect(Buffer.from(attachments[0]!.data).equals(jpeg)).toBe(true);
  });

  it("rejects a malformed inbound message with a clear error and stores nothing", async () => {
    const { ctx } = app;
    const { receiveMessage, InvalidInboundError } = await import("../../src/intake/receive-message.js");
    await expect(
      receiveMessage(ctx, { channel: "SIMULATOR", externalId: "", chatId: "x", sender: { id: "x" }, kind: "text" }),
    ).rejects.toBeInstanceOf(InvalidInboundError);
  });
});

async function conversationOf(ctx: TestContext, chatId: string): Promise<string> {
  return (await ctx.db.conversation.findFirstOrThrow({ where: { chatId }, select: { id: true } })).id;
}
