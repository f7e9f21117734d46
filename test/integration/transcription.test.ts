import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOB_ID } from "../../queues/names.js";
import { PRIORITY } from "../../queues/job-queues.js";
import { createOfficer } from "../../src/console/auth/create-officer.js";
import { ConversationHeld, raiseEmergencyFromTranscript } from "../../src/intake/emergency-from-transcript.js";
import { createConsoleApp, PASSWORD, signIn } from "../console/console-fixtures.js";
import { SimulatedChat } from "../support/simulated-chat.js";
import { skipFacts } from "../support/skip-facts.js";
import { eventually, startTestApp, type TestContext } from "../support/test-app.js";

/**
 * Voice notes transcribed through a local fake of the OpenAI-compatible
 * POST /v1/audio/transcriptions (the only fake: where the network would leave the machine).
 */
const OGG = Buffer.concat([Buffer.from("OggS"), Buffer.alloc(200, 7)]);
const SPOKEN = "tolong saya disekap majikan, tidak boleh keluar rumah dan paspor ditahan";
/** A voice note the fake server hears as calm words (the others it hears as SPOKEN). */
const CALM_MARK = Buffer.from("suara-tenang");
const OGG_CALM = Buffer.concat([Buffer.from("OggS"), CALM_MARK, Buffer.alloc(200, 7)]);
const CALM = "selamat siang pak, saya mau menanyakan cara mengurus paspor baru";

let server: Server;
let requests: { url: string; contentType: string; body: Buffer }[] = [];
let app: Awaited<ReturnType<typeof startTestApp>>;
let ctx: TestContext;

const read = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await read(req);
    requests.push({ url: req.url ?? "", contentType: req.headers["content-type"] ?? "", body });
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ text: ` ${body.includes(CALM_MARK) ? CALM : SPOKEN} ` }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  app = await startTestApp({ workers: true, bots: true, overrides: { TRANSCRIBE_URL: url, TRANSCRIBE_MODEL: "whisper-kecil" } });
  ctx = app.ctx;
});

afterAll(async () => {
  await app?.stop();
  server?.close();
});

describe("voice notes transcribed by a configured server", () => {
  it("stores the transcript with the file, and an emergency spoken in it raises the case and brings the emergency advice", async () => {
    const chat = new SimulatedChat(ctx);
    await chat.say("gaji saya belum dibayar 3 bulan, saya dari lampung, kerja di malaysia");
    await skipFacts((t) => chat.say(t), await chat.say("1"));
    await chat.say("ya");
    const [opened] = await chat.cases();
    expect(opened).toMatchObject({ urgency: "NORMAL", kind: "GAJI" });
    requests = [];

    await chat.send("", { kind: "voice", attachments: [{ mime: "audio/ogg; codecs=opus", data: OGG }] });
    const file = await eventually(
      async () => {
        const row = await ctx.db.attachment.findFirst({ where: { caseId: opened!.id, transcript: { not: null } } });
        return row ?? undefined;
      },
      20_000,
      "transcript stored",
    );
    expect(file.transcript).toBe(SPOKEN);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe("/v1/audio/transcriptions");
    expect(requests[0]!.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const body = requests[0]!.body.toString("latin1");
    expect(body).toMatch(/name="model"\r\n\r\nwhisper-kecil/);
    expect(body).toMatch(/name="file"; filename="[^"]+"\r\nContent-Type: audio\/ogg/);
    expect(requests[0]!.body.includes(OGG)).toBe(true);

    const raised = await eventually(
      async () => {
        const c = await ctx.db.case.findUniqueOrThrow({ where: { id: opened!.id }, include: { events: true, agencies: true } });
        return c.urgency === "EMERGENCY" ? c : undefined;
      },
      20_000,
      "case raised",
    );
    expect(raised.kind).toBe("TPPO");
    expect(raised.extraKinds).toContain("GAJI");
    expect(raised.events.find((e) => e.type === "ESCALATED")?.note).toBe("Transkrip otomatis pesan suara menunjukkan keadaan darurat");
    const replies = await eventually(
      async () => {
        const texts = await chat.newReplies();
        return texts.some((t) => /keadaan darurat|darurat/i.test(t)) ? texts : undefined;
      },
      20_000,
      "emergency advice sent",
    );
    expect(replies.join("\n")).toContain("0800-1000");
  });

  it("shows the transcript to officers in the thread, marked as automatic on the page", async () => {
    const chat = new SimulatedChat(ctx);
    await chat.say("gaji saya dipotong agen, saya dari lampung, kerja di taiwan");
    await skipFacts((t) => chat.say(t), await chat.say("1"));
    await chat.say("ya");
    const [opened] = await chat.cases();
    await chat.send("", { kind: "voice", attachments: [{ mime: "audio/ogg", data: OGG }] });
    await eventually(
      async () => (await ctx.db.attachment.count({ where: { caseId: opened!.id, transcript: { not: null } } })) === 1,
      20_000,
      "transcript stored",
    );
    const console = await createConsoleApp(ctx);
    await createOfficer(ctx.db, {
      username: "transkrip-la",
      name: "Petugas Transkrip",
      agencyId: "BP3MI-LA",
      role: "OFFICER",
      password: PASSWORD,
    });
    const officer = await signIn(console, "transkrip-la");
    const thread = (await officer.get(`/api/cases/${opened!.id}/messages`)).json().messages;
    const voice = thread.find((m: { kind: string }) => m.kind === "voice");
    expect(voice.attachments[0]).toMatchObject({ transcript: SPOKEN, media: "audio" });
    await console.close();
  });

  it("a voice-only chat in the middle of its intake: an emergency heard creates the case at once, with the advice and the alert", async () => {
    const national = await createOfficer(ctx.db, {
      username: "transkrip-nasional",
      name: "Petugas Nasional",
      agencyId: ctx.rules.routing.nationalAgencyId,
      role: "OFFICER",
      password: PASSWORD,
    });
    const chat = new SimulatedChat(ctx);
    await chat.send("", { kind: "voice", attachments: [{ mime: "audio/ogg; codecs=opus", data: OGG }] });
    // The bot asked the region of a case it cannot create before the consent (the transcript may come as soon).
    const asked = await chat.newReplies();
    expect(asked.join("\n")).toMatch(/Pesan suara Bapak\/Ibu sudah kami terima/);

    const created = await eventually(async () => (await chat.cases())[0], 20_000, "emergency case created");
    expect(created).toMatchObject({ urgency: "EMERGENCY", kind: "TPPO" });
    expect(created.description).toContain(`Transkrip otomatis pesan suara: "${SPOKEN}"`);
    const voice = await ctx.db.message.findFirstOrThrow({
      where: { conversation: { chatId: chat.chatId }, kind: "voice" },
      include: { attachments: true },
    });
    expect(voice.caseId).toBe(created.id);
    expect(voice.attachments[0]).toMatchObject({ caseId: created.id, transcript: SPOKEN });

    const replies = [...asked, ...(await chat.newReplies())].join("\n");
    expect(replies).toContain("0800-1000");
    expect(replies).toContain(created.ticket);
    // The advice left in the emergency lane of the outbound queue.
    const advice = await ctx.db.message.findFirstOrThrow({
      where: { conversationId: voice.conversationId, direction: "OUT", text: { contains: "0800-1000" } },
    });
    expect(advice.caseId).toBe(created.id);
    const job = await ctx.queues.outboundQueue("SIMULATOR", "emergency").getJob(JOB_ID.outbound(advice.id));
    expect(job?.opts.priority).toBe(PRIORITY.emergency);
    const alert = await ctx.db.officerNotification.findFirst({ where: { officerId: national.id, caseId: created.id } });
    expect(alert?.type).toBe("EMERGENCY_NEW");

    // The intake goes on as after a typed emergency: the next answer is kept on the case.
    await chat.say("saya masih di rumah majikan di riyadh");
    const [updated] = await chat.cases();
    expect(updated!.description).toContain("saya masih di rumah majikan di riyadh");
  });

  it("a calm transcript of a voice-only chat changes nothing: no case, no further reply", async () => {
    const chat = new SimulatedChat(ctx);
    await chat.send("", { kind: "voice", attachments: [{ mime: "audio/ogg", data: OGG_CALM }] });
    await chat.newReplies();
    const before = await ctx.db.conversation.findUniqueOrThrow({
      where: { channel_chatId: { channel: "SIMULATOR", chatId: chat.chatId } },
    });
    const voice = await ctx.db.message.findFirstOrThrow({ where: { conversationId: before.id, kind: "voice" } });
    const job = await eventually(
      async () => {
        const found = await ctx.queues.transcribe.getJob(JOB_ID.transcribe(voice.id));
        return found && (await found.isCompleted()) ? found : undefined;
      },
      20_000,
      "transcription job done",
    );
    expect((await ctx.queues.transcribe.getJob(job.id!))?.returnvalue).toBe("transcribed: no-emergency");
    expect(await chat.cases()).toEqual([]);
    expect(await chat.newReplies()).toEqual([]);
    const after = await ctx.db.conversation.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.state).toEqual(before.state);
  });

  it("an emergency transcript of a conversation another job holds is tried again, not dropped", async () => {
    const chat = new SimulatedChat(ctx);
    await chat.send("", { kind: "voice", attachments: [{ mime: "audio/ogg", data: OGG_CALM }] });
    await chat.newReplies();
    const voice = await ctx.db.message.findFirstOrThrow({ where: { conversation: { chatId: chat.chatId }, kind: "voice" } });
    const heard = { messageId: voice.id, conversationId: voice.conversationId, receivedAt: voice.createdAt, transcript: SPOKEN };

    await ctx.sql.transaction(async (tx) => {
      await tx.rows`SELECT id FROM "Conversation" WHERE id = ${voice.conversationId}::uuid FOR NO KEY UPDATE`;
      await expect(raiseEmergencyFromTranscript(ctx, heard)).rejects.toBeInstanceOf(ConversationHeld);
    });
    expect(await chat.cases()).toEqual([]);

    // The retry, once the holder committed.
    const retried = await raiseEmergencyFromTranscript(ctx, heard);
    const [created] = await chat.cases();
    expect(retried).toEqual({ result: "case-created", caseId: created!.id });
    expect(created).toMatchObject({ urgency: "EMERGENCY", kind: "TPPO" });
    expect((await chat.newReplies()).join("\n")).toContain("0800-1000");
    // A second run (a duplicate job) finds the voice note on its case: the case is not created twice.
    expect(await raiseEmergencyFromTranscript(ctx, heard)).toEqual({ result: "on-case", caseId: created!.id });
    expect(await chat.cases()).toHaveLength(1);
  });

  it("an intake cancelled before its voice note was heard: the emergency in it still makes a case, the note in it", async () => {
    const chat = new SimulatedChat(ctx);
    await chat.send("", { kind: "voice", attachments: [{ mime: "audio/ogg", data: OGG_CALM }] });
    await chat.say("batal");
    const voice = await ctx.db.message.findFirstOrThrow({ where: { conversation: { chatId: chat.chatId }, kind: "voice" } });
    const heard = { messageId: voice.id, conversationId: voice.conversationId, receivedAt: voice.createdAt, transcript: SPOKEN };

    const raised = await raiseEmergencyFromTranscript(ctx, heard);
    const [created] = await chat.cases();
    expect(raised).toEqual({ result: "case-created", caseId: created!.id });
    expect(created).toMatchObject({ urgency: "EMERGENCY", kind: "TPPO" });
    expect((await ctx.db.message.findUniqueOrThrow({ where: { id: voice.id } })).caseId).toBe(created!.id);
    expect((await chat.newReplies()).join("\n")).toContain("0800-1000");
  });
});
