import { Boom } from "@hapi/boom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeCaseStatus } from "../../src/cases/change-case-status.js";
import { sendOfficerReply } from "../../src/cases/send-officer-reply.js";
import { fakeSocketFactory } from "../support/fake-whatsapp-socket.js";
import { skipFacts } from "../support/skip-facts.js";
import { startWhatsAppTestApp } from "../support/whatsapp-test-app.js";
import { eventually, type TestContext } from "../support/test-app.js";
import { FILES, mediaMessage, person, type startFakeMediaServer } from "../support/whatsapp-messages.js";
import { WhatsAppUser } from "../support/whatsapp-user.js";

let ctx: TestContext;
let cdn: Awaited<ReturnType<typeof startFakeMediaServer>>;
const fake = fakeSocketFactory();
let app: Awaited<ReturnType<typeof startWhatsAppTestApp>>;

beforeAll(async () => {
  // The real "bots" role: the channel and its outbound worker, as in production.
  app = await startWhatsAppTestApp(fake, {
    WHATSAPP_TYPING_MAX_MS: "40",
  });
  ({ ctx, cdn } = app);
  await eventually(
    async () => (await ctx.db.channelStatus.findUnique({ where: { id: "whatsapp:utama" } }))?.state === "open",
    5000,
    "number open",
  );
});

afterAll(() => app.stop());

const user = (n: number, viaLid = false) => WhatsAppUser.of(ctx, fake, n, { viaLid, name: "Siti" });

/** A worker who tells their story, answers that it is their own, agrees, and has a case. */
async function workerWithCase(n: number, story: string, self = "untuk saya sendiri") {
  const worker = user(n);
  await worker.say(story);
  await skipFacts((t) => worker.say(t), await worker.say(self));
  await worker.say("ya");
  const [created] = await worker.cases();
  return { worker, created: created! };
}

describe("a worker's complaint on WhatsApp", () => {
  it("runs the whole conversation to a routed case with a ticket, replying in Indonesian to the worker's chat", async () => {
    const worker = user(1, true);
    const first = await worker.say("gaji sy blm dibayar 3 bln sama majikan di malaysia, sy dr lampung timur");
    expect(first).toMatch(/Boleh kami tahu nama lengkap Bapak\/Ibu/);
    const second = await skipFacts((t) => worker.say(t), await worker.say("lewati"));
    expect(second).toMatch(/Apakah Bapak\/Ibu setuju/);
    const done = await worker.say("ya");

    const reporterId = await worker.reporterId();
    const [created] = await worker.cases();
    expect(created).toBeDefined();
    expect(created!.channel).toBe("WHATSAPP");
    expect(created!.ticket).toMatch(/^PMI-[0-9A-Z]{6}$/);
    expect(done).toContain(created!.ticket);
    expect(done).toContain("BP3MI Lampung");
    expect(created!.agencies.find((a) => a.role === "LEAD")?.agencyId).toBe("BP3MI-LA");

    // Replies went to the JID the worker wrote from; every handled message was marked read.
    expect(new Set(worker.replies().map((r) => r.jid))).toEqual(new Set([person(1).lid]));
    const sentIds = (await ctx.db.message.findMany({ where: { caseId: created!.id, direction: "IN" }, select: { externalId: true } })).map(
      (m) => m.externalId,
    );
    // The story, "lewati" for the name and for two optional facts (two skips in a row end them), "ya".
    expect(sentIds).toHaveLength(5);
    await eventually(async () => sentIds.every((id) => fake.latest().reads.some((k) => k.id === id)), 5000, "read receipts");
    // The reporter is known by both JIDs and their phone number.
    const reporter = await ctx.db.reporter.findUniqueOrThrow({ where: { id: reporterId }, include: { identities: true } });
    expect(reporter.phone).toBe(`+${person(1).phone}`);
    expect(reporter.identities.map((i) => i.externalId).sort()).toEqual([person(1).lid, person(1).pn].sort());
  });

  it("stores a photo sent after the case as an attachment of that case", async () => {
    const { worker, created: open } = await workerWithCase(2, "paspor saya ditahan agen di hongkong, saya asal lampung");
    const photo = await mediaMessage(cdn, worker.from, "imageMessage", FILES.png, {
      mimetype: "image/jpeg",
      caption: "ini foto paspor saya",
      wrap: "ephemeral",
    });
    const replies = await worker.send(photo);
    expect(replies.join("\n")).toContain(open!.ticket);
    const attachments = await ctx.db.attachment.findMany({ where: { message: { externalId: photo.key.id! } } });
    expect(attachments).toHaveLength(1);
    expect(attachments[0]!.caseId).toBe(open!.id);
    // The MIME type is the one the bytes show, not the one WhatsApp claimed.
    expect(attachments[0]!.mime).toBe("image/png");
    expect(Buffer.from(attachments[0]!.data).equals(FILES.png)).toBe(true);
  });

  it("delivers officers' messages and status changes through the worker's number", async () => {
    const { worker, created } = await workerWithCase(
      3,
      "gaji saya dipotong agen terus, saya dari jakarta timur, kerja di singapura",
      "saya sendiri",
    );
    await changeCaseStatus(ctx, { caseId: created!.id, to: "DITANGANI", note: "Kami sedang menghubungi agen Bapak/Ibu." });
    await worker.idle();
    const status = worker.newReplies().join("\n");
    expect(status).toContain(created!.ticket);
    expect(status).toContain("Ditangani");

    const officer = await ctx.db.officer.create({
      data: { agencyId: "BP3MI-JK", username: `wa-${created!.ticket}`, name: "Petugas Uji", role: "OFFICER", passwordHash: "x" },
    });
    await sendOfficerReply(ctx, {
      caseId: created!.id,
      officerId: officer.id,
      agencyId: "BP3MI-JK",
      text: "Mohon kirim foto slip gaji terakhir.",
    });
    await worker.idle();
    const reply = worker.newReplies().join("\n");
    expect(reply).toContain("Mohon kirim foto slip gaji terakhir.");
    const row = await ctx.db.message.findFirstOrThrow({
      where: { caseId: created!.id, officerId: officer.id },
      select: { state: true, payload: true },
    });
    expect(row.state).toBe("SENT");
    // The platform message id is kept: it is what WhatsApp's receipts refer to.
    expect((row.payload as { platformMessageId?: string }).platformMessageId).toMatch(/^3EB0/);
  });

  it("shows 'typing...' before a longer reply, and not before a short one", async () => {
    const worker = user(4);
    const socket = fake.latest();
    const before = socket.presences.length;
    await worker.say("halo");
    const long = worker.replies().at(-1)!;
    expect(long.text.length).toBeGreaterThanOrEqual(160);
    const typing = socket.presences.slice(before).filter((p) => p.jid === long.jid);
    expect(typing.map((p) => p.type)).toEqual(["composing", "paused"]);
    expect(typing[0]!.at).toBeLessThanOrEqual(long.at);

    const shortBefore = socket.presences.length;
    await worker.say("1");
    const short = worker.replies().at(-1)!;
    expect(short.text.length).toBeLessThan(160);
    expect(socket.presences.slice(shortBefore).filter((p) => p.jid === short.jid)).toHaveLength(0);
  });
});

describe("outbound delivery on WhatsApp", () => {
  it("retries a send that failed on a dropped connection, then records it sent", async () => {
    const worker = user(5);
    const socket = fake.latest();
    socket.failNextSends.push(new Boom("Connection Closed", { statusCode: 428 }), new Boom("Timed Out", { statusCode: 408 }));
    const reply = await worker.say("halo");
    expect(reply).toContain("Selamat datang");
    const row = await ctx.db.message.findFirstOrThrow({
      where: { conversation: { chatId: person(5).pn }, direction: "OUT" },
      select: { state: true, attempts: true, error: true },
    });
    expect(row).toMatchObject({ state: "SENT", attempts: 3, error: null });
  });

  it("records a failure on the message when the address can never receive, and marks the reporter unreachable", async () => {
    const reporter = await ctx.db.reporter.create({ data: { kind: "WORKER" } });
    const conversation = await ctx.db.conversation.create({ data: { channel: "WHATSAPP", chatId: "not-a-jid", reporterId: reporter.id } });
    const message = await ctx.db.message.create({
      data: { channel: "WHATSAPP", conversationId: conversation.id, direction: "OUT", text: "Kabar pengaduan", state: "QUEUED" },
    });
    await ctx.queues.addOutbound("WHATSAPP", [message.id]);
    const failed = await eventually(async () => {
      const row = await ctx.db.message.findUniqueOrThrow({ where: { id: message.id } });
      return row.state === "FAILED" ? row : null;
    });
    expect(failed.error).toMatch(/not a WhatsApp user address/);
    expect((await ctx.db.reporter.findUniqueOrThrow({ where: { id: reporter.id } })).unreachableAt).not.toBeNull();
  });
});
