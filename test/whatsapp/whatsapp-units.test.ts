import { Readable } from "node:stream";
import { proto, type WAMessage } from "@whiskeysockets/baileys";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createChatQueue } from "../../src/channels/chat-queue.js";
import { fetchMedia, type MediaDownloader } from "../../bots/whatsapp/media.js";
import { createPacer } from "../../bots/whatsapp/pacer.js";
import { toInboundMessage } from "../../bots/whatsapp/to-inbound-message.js";
import { FILES, person, waMessage } from "../support/whatsapp-messages.js";

const p = person(1);
const viaPn = { jid: p.pn, alt: p.lid, name: "Siti Aminah" };

function converted(msg: WAMessage, knownAlt?: string) {
  const result = toInboundMessage(msg, knownAlt);
  if (result.type !== "message") throw new Error(`ignored: ${result.reason}`);
  return result;
}

describe("toInboundMessage", () => {
  it("takes the message id, the chat, both JIDs of the sender, their phone and name", () => {
    const msg = waMessage(
      { jid: "6281200000001:12@s.whatsapp.net", alt: p.lid, name: "Siti Aminah" },
      { conversation: "halo" },
      { id: "ABC123" },
    );
    const { message, jids } = converted(msg);
    expect(message).toMatchObject({
      channel: "WHATSAPP",
      externalId: "ABC123",
      chatId: p.pn,
      sender: { id: p.pn, aliases: [p.lid], phone: `+${p.phone}`, displayName: "Siti Aminah" },
      kind: "text",
      text: "halo",
    });
    expect(message.sentAt).toBeInstanceOf(Date);
    expect(jids).toEqual({ chat: p.pn, alt: p.lid });
  });

  it("uses a phone number looked up for a LID when the message carried none", () => {
    const { message } = converted(waMessage({ jid: p.lid }, { conversation: "halo" }), `${p.phone}:3@s.whatsapp.net`);
    expect(message.sender).toMatchObject({ id: p.lid, aliases: [p.pn], phone: `+${p.phone}` });
    const alone = converted(waMessage({ jid: p.lid }, { conversation: "halo" })).message.sender;
    expect(alone).toEqual({ id: p.lid });
  });

  it("unwraps ephemeral, view-once and document-with-caption messages", () => {
    const image = { imageMessage: { url: "u", mimetype: "image/jpeg", caption: "foto", fileLength: 1234, mediaKey: Buffer.alloc(32) } };
    for (const wrapped of [
      { ephemeralMessage: { message: image } },
      { viewOnceMessageV2: { message: image } },
      { viewOnceMessage: { message: image } },
    ]) {
      const result = converted(waMessage(viaPn, wrapped));
      expect(result.message).toMatchObject({ kind: "image", text: "foto" });
      expect(result.media).toEqual({ kind: "image", claimedMime: "image/jpeg", declaredBytes: 1234 });
    }
    const doc = converted(
      waMessage(viaPn, {
        documentWithCaptionMessage: {
          message: { documentMessage: { url: "u", mimetype: "application/pdf", fileName: "kontrak.pdf", caption: "kontrak" } },
        },
      }),
    );
    expect(doc.message).toMatchObject({ kind: "document", text: "kontrak" });
    expect(doc.media?.fileName).toBe("kontrak.pdf");
  });

  it("tells voice notes from audio files", () => {
    expect(converted(waMessage(viaPn, { audioMessage: { url: "u", ptt: true, mimetype: "audio/ogg; codecs=opus" } })).message.kind).toBe(
      "voice",
    );
    expect(converted(waMessage(viaPn, { audioMessage: { url: "u", mimetype: "audio/mpeg" } })).message.kind).toBe("audio");
  });

  it("reads edits, deletions and reactions with the message they refer to", () => {
    const target = { remoteJid: p.pn, fromMe: false, id: "ORIG1" };
    const edit = converted(
      waMessage(viaPn, {
        protocolMessage: {
          key: target,
          type: proto.Message.ProtocolMessage.Type.MESSAGE_EDIT,
          editedMessage: { extendedTextMessage: { text: "baru" } },
        },
      }),
    );
    expect(edit.message).toMatchObject({ kind: "edit", text: "baru", refersTo: "ORIG1" });
    // Newer clients wrap the edit in editedMessage.
    const wrapped = converted(
      waMessage(viaPn, {
        editedMessage: {
          message: {
            protocolMessage: {
              key: target,
              type: proto.Message.ProtocolMessage.Type.MESSAGE_EDIT,
              editedMessage: { conversation: "lagi" },
            },
          },
        },
      }),
    );
    expect(wrapped.message).toMatchObject({ kind: "edit", text: "lagi" });
    expect(
      converted(waMessage(viaPn, { protocolMessage: { key: target, type: proto.Message.ProtocolMessage.Type.REVOKE } })).message,
    ).toMatchObject({ kind: "revoke", refersTo: "ORIG1" });
    expect(converted(waMessage(viaPn, { reactionMessage: { key: target, text: "" } })).message).toMatchObject({
      kind: "reaction",
      text: "",
      refersTo: "ORIG1",
    });
  });

  it("answers what it cannot read: empty content and unknown types", () => {
    expect(converted(waMessage(viaPn, {})).message).toMatchObject({ kind: "text", text: "" });
    expect(converted(waMessage(viaPn, { conversation: "" })).message).toMatchObject({ kind: "text", text: "" });
    expect(converted(waMessage(viaPn, { pollCreationMessage: { name: "x" } })).message.kind).toBe("unsupported");
    expect(converted(waMessage(viaPn, { locationMessage: { degreesLatitude: Number.NaN, degreesLongitude: 1 } })).message.kind).toBe(
      "unsupported",
    );
  });

  it("ignores on purpose, with a reason, what is not a person writing to us", () => {
    const reason = (msg: WAMessage) => {
      const r = toInboundMessage(msg);
      return r.type === "ignore" ? r.reason : "stored";
    };
    expect(reason(waMessage(viaPn, { conversation: "x" }, { remoteJid: "status@broadcast" }))).toBe("status");
    expect(reason(waMessage(viaPn, { conversation: "x" }, { remoteJid: "1234@broadcast" }))).toBe("broadcast");
    expect(reason(waMessage(viaPn, { conversation: "x" }, { remoteJid: "1203630@g.us" }))).toBe("group");
    expect(reason(waMessage(viaPn, { conversation: "x" }, { remoteJid: "1203631@newsletter" }))).toBe("newsletter");
    expect(reason(waMessage(viaPn, { conversation: "x" }, { fromMe: true }))).toBe("own-message");
    expect(reason(waMessage(viaPn, { conversation: "x" }, { remoteJid: "867051314767696@bot" }))).toBe("not-a-person");
    expect(reason(waMessage(viaPn, null, { stubType: proto.WebMessageInfo.StubType.CIPHERTEXT }))).toBe("stub");
    expect(reason(waMessage(viaPn, { protocolMessage: { type: proto.Message.ProtocolMessage.Type.EPHEMERAL_SETTING } }))).toBe("protocol");
    expect(reason(waMessage(viaPn, { pinInChatMessage: { type: 1 } }))).toBe("silent-action");
    expect(reason({ key: { remoteJid: p.pn } } as WAMessage)).toBe("malformed");
    expect(reason({} as WAMessage)).toBe("malformed");
  });
});

const limits = { maxBytes: 1000, timeoutMs: 1000, attempts: 2, concurrency: 1 };
const bytes =
  (data: Buffer, chunk = 64): MediaDownloader =>
  async () =>
    Readable.from(Array.from({ length: Math.ceil(data.length / chunk) }, (_, i) => data.subarray(i * chunk, (i + 1) * chunk)));
const msg = waMessage(viaPn, { conversation: "" });

describe("fetchMedia", () => {
  it("does not download a file declared over the limit", async () => {
    let calls = 0;
    const result = await fetchMedia(msg, { kind: "document", declaredBytes: 5000 }, async () => (calls++, Readable.from([])), limits);
    expect(result).toEqual({ ok: false, reason: "too-large" });
    expect(calls).toBe(0);
  });

  it("stops a download that grows past the limit, whatever was declared", async () => {
    const result = await fetchMedia(
      msg,
      { kind: "image", declaredBytes: 10 },
      bytes(Buffer.concat([FILES.png, Buffer.alloc(5000)])),
      limits,
    );
    expect(result).toEqual({ ok: false, reason: "too-large" });
  });

  it("stores the type the bytes show, keeps a program as opaque bytes, and accepts plain text only if it reads as text", async () => {
    expect(await fetchMedia(msg, { kind: "image", claimedMime: "image/jpeg" }, bytes(FILES.pdf), limits)).toMatchObject({
      ok: true,
      attachment: { mime: "application/pdf" },
      claimedMime: "image/jpeg",
    });
    expect(
      await fetchMedia(msg, { kind: "document", claimedMime: "application/pdf", fileName: "a.pdf" }, bytes(FILES.exe), limits),
    ).toMatchObject({
      ok: false,
      reason: "unsafe-type",
      sniffedMime: "application/x-msdownload",
      attachment: { mime: "application/octet-stream", fileName: "a.pdf" },
    });
    expect(
      await fetchMedia(msg, { kind: "document", claimedMime: "text/plain" }, bytes(Buffer.from("gaji belum dibayar")), limits),
    ).toMatchObject({ ok: true, attachment: { mime: "text/plain" } });
    expect(
      await fetchMedia(msg, { kind: "document", claimedMime: "text/plain" }, bytes(Buffer.from([0, 1, 2, 0xff])), limits),
    ).toMatchObject({ ok: false, reason: "unsafe-type" });
    expect(
      await fetchMedia(msg, { kind: "image", claimedMime: "image/jpeg" }, bytes(Buffer.from("no signature at all")), limits),
    ).toMatchObject({ ok: false, reason: "unsafe-type" });
  });

  it("retries a failed download, then gives up with the reason", async () => {
    let calls = 0;
    const flaky: MediaDownloader = async () => {
      calls++;
      if (calls === 1) throw new Error("fetch failed");
      return Readable.from([FILES.png]);
    };
    expect(await fetchMedia(msg, { kind: "image" }, flaky, limits)).toMatchObject({ ok: true, attachment: { mime: "image/png" } });
    const broken: MediaDownloader = async () => {
      throw new Error("status 410");
    };
    expect(await fetchMedia(msg, { kind: "image" }, broken, limits)).toEqual({ ok: false, reason: "download-failed", error: "status 410" });
  });

  it("gives up on a download that hangs", async () => {
    const hanging: MediaDownloader = async () => new Readable({ read() {} });
    const result = await fetchMedia(msg, { kind: "image" }, hanging, { ...limits, timeoutMs: 100, attempts: 1 });
    // Ended by its own time limit, not by the stream.
    expect(result).toMatchObject({ ok: false, reason: "download-failed", error: "file download timed out after 100 ms" });
  });
});

/** Runs `work` to its end on vitest's fake clock: time moves only as far as its timers need. */
async function onFakeTime<T>(work: Promise<T>): Promise<T> {
  await vi.runAllTimersAsync();
  return work;
}

describe("createPacer", () => {
  // The pacer reads Date.now and waits with setTimeout: on fake timers its slots are exact.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("spaces one chat's messages by its interval and the number's by its rate, without making other chats wait for a busy one", async () => {
    const pacer = createPacer({ globalPerSecond: 20, perChatIntervalMs: 200 });
    const t0 = Date.now();
    const at: Record<string, number[]> = { a: [], b: [], c: [] };
    await onFakeTime(
      Promise.all([
        ...[1, 2, 3].map(() => pacer.acquire("a").then(() => at.a!.push(Date.now() - t0))),
        pacer.acquire("b").then(() => at.b!.push(Date.now() - t0)),
        pacer.acquire("c").then(() => at.c!.push(Date.now() - t0)),
      ]),
    );
    expect(at.a![1]! - at.a![0]!).toBeGreaterThanOrEqual(195);
    expect(at.a![2]! - at.a![1]!).toBeGreaterThanOrEqual(195);
    // b and c took global slots 50 ms apart, long before a's second slot.
    expect(at.b![0]!).toBeLessThan(150);
    expect(at.c![0]!).toBeLessThan(150);
    const all = [...at.a!, ...at.b!, ...at.c!].sort((x, y) => x - y);
    for (let i = 1; i < all.length; i++) expect(all[i]! - all[i - 1]!).toBeGreaterThanOrEqual(45);
  });

  it("makes room for an expected emergency reply: ordinary sends wait until it left, then go on at the full pace", async () => {
    const pacer = createPacer({ globalPerSecond: 5, perChatIntervalMs: 0 });
    const t0 = Date.now();
    const ordinary: number[] = [];
    const send = (chat: string) => pacer.acquire(chat).then(() => ordinary.push(Date.now() - t0));
    // The number at its full pace: five ordinary sends fill the second's window.
    const queued = Array.from({ length: 12 }, (_, i) => send(`o${i}`));
    await vi.advanceTimersByTimeAsync(900);
    expect(ordinary).toHaveLength(5);
    pacer.expectUrgent();
    // The emergency's reply is ready 400 ms later: nothing ordinary left meanwhile, and the window
    // (five sends in the last 1,020 ms at 900 ms) has room by then, so it leaves at once.
    await vi.advanceTimersByTimeAsync(400);
    expect(ordinary).toHaveLength(5);
    let urgentAt = -1;
    const urgent = pacer.acquire("darurat", true).then(() => (urgentAt = Date.now() - t0));
    await vi.advanceTimersByTimeAsync(0);
    await urgent;
    expect(urgentAt).toBe(1300);
    await onFakeTime(Promise.all(queued));
    expect(ordinary).toHaveLength(12);
    // The ordinary sends go on right after the urgent one.
    expect(ordinary[5]!).toBeGreaterThanOrEqual(1300);
    expect(ordinary[5]!).toBeLessThan(1400);
    // Never more than five sends in any 1,020 ms, the urgent one included.
    const all = [...ordinary, urgentAt].sort((a, b) => a - b);
    for (let i = 5; i < all.length; i++) expect(all[i]! - all[i - 5]!).toBeGreaterThanOrEqual(1020);
  });

  it("keeps at least half of the ordinary pace through a flood of expected emergencies that never send", async () => {
    const pacer = createPacer({ globalPerSecond: 5, perChatIntervalMs: 0 });
    const t0 = Date.now();
    const ordinary: number[] = [];
    void Promise.all(Array.from({ length: 100 }, (_, i) => pacer.acquire(`o${i}`).then(() => ordinary.push(Date.now() - t0))));
    // An emergency-looking message every 50 ms for 20 s, and no urgent reply ever.
    for (let t = 0; t < 20_000; t += 50) {
      pacer.expectUrgent();
      await vi.advanceTimersByTimeAsync(50);
    }
    // At the full pace 100 would have left; held at most half the time, at least half of them.
    expect(ordinary.length).toBeGreaterThanOrEqual(50);
  });

  it("lets ordinary sends go on when the expected emergency reply does not come within the hold", async () => {
    const pacer = createPacer({ globalPerSecond: 5, perChatIntervalMs: 0 });
    const t0 = Date.now();
    pacer.expectUrgent();
    const at: number[] = [];
    await onFakeTime(Promise.all([1, 2].map((i) => pacer.acquire(`o${i}`).then(() => at.push(Date.now() - t0)))));
    expect(at[0]!).toBe(1000);
  });

  it("holds everything back after WhatsApp asked to slow down", async () => {
    const pacer = createPacer({ globalPerSecond: 1000, perChatIntervalMs: 0 });
    pacer.holdOff(150);
    const t0 = Date.now();
    await onFakeTime(pacer.acquire("x"));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(145);
  });
});

describe("createChatQueue", () => {
  // The tasks' durations are fake timers: which task ends first is fixed, whatever the machine's load.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("keeps each chat's order, runs chats side by side, and never more than the limit at once", async () => {
    const queue = createChatQueue(3);
    const done: string[] = [];
    let running = 0;
    let peak = 0;
    const task = (chat: string, i: number, ms: number) =>
      queue.run(chat, async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, ms));
        running--;
        done.push(`${chat}${i}`);
      });
    const all = [
      ...[0, 1, 2, 3].map((i) => task("a", i, 30 - i * 5)),
      ...[0, 1, 2].map((i) => task("b", i, 5)),
      ...[0, 1].map((i) => task("c", i, 5)),
      task("d", 0, 5),
    ];
    await onFakeTime(queue.drain());
    await Promise.all(all);
    expect(done.filter((x) => x.startsWith("a"))).toEqual(["a0", "a1", "a2", "a3"]);
    expect(done.filter((x) => x.startsWith("b"))).toEqual(["b0", "b1", "b2"]);
    expect(peak).toBe(3);
    // The slow chat did not hold the others back.
    expect(done.indexOf("b2")).toBeLessThan(done.indexOf("a3"));
    expect(queue.pending).toBe(0);
  });

  it("runs an urgent task while other chats' tasks hold every slot, but after its own chat's earlier task", async () => {
    const queue = createChatQueue(1);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const order: string[] = [];
    const busy = queue.run("a", async () => {
      await held;
      order.push("a");
    });
    const waiting = queue.run("b", async () => order.push("b"));
    await queue.run("e", async () => order.push("emergency"), true);
    expect(order).toEqual(["emergency"]);
    // In its own chat an urgent task still comes after the earlier one.
    const sameChat = queue.run("a", async () => order.push("a-emergency"), true);
    release();
    await Promise.all([busy, waiting, sameChat]);
    expect(order.indexOf("a-emergency")).toBeGreaterThan(order.indexOf("a"));
  });

  it("goes on with a chat after one of its tasks failed", async () => {
    const queue = createChatQueue(2);
    const failed = queue.run("a", async () => {
      throw new Error("boom");
    });
    const next = queue.run("a", async () => "next");
    await expect(failed).rejects.toThrow("boom");
    await expect(next).resolves.toBe("next");
  });
});
