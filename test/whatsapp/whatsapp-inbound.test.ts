import { proto } from "@whiskeysockets/baileys";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { texts } from "../../src/core/texts.js";
import { fakeSocketFactory } from "../support/fake-whatsapp-socket.js";
import { startWhatsAppTestApp } from "../support/whatsapp-test-app.js";
import { eventually, type TestContext } from "../support/test-app.js";
import {
  FILES,
  mediaMessage,
  nextWaId,
  person,
  type startFakeMediaServer,
  textMessage,
  waMessage,
  type WaSender,
} from "../support/whatsapp-messages.js";
import { WhatsAppUser } from "../support/whatsapp-user.js";

let ctx: TestContext;
let cdn: Awaited<ReturnType<typeof startFakeMediaServer>>;
const fake = fakeSocketFactory();
let app: Awaited<ReturnType<typeof startWhatsAppTestApp>>;
const MAX_BYTES = Math.floor(0.004 * 1024 * 1024);

beforeAll(async () => {
  // The real "bots" role: the channel and its outbound worker, as in production.
  app = await startWhatsAppTestApp(fake, {
    WHATSAPP_TYPING_MAX_MS: "0",
    WHATSAPP_MAX_MEDIA_MB: "0.004",
  });
  ({ ctx, cdn } = app);
});

afterAll(() => app.stop());

let n = 100;
const newUser = (viaLid = false) => WhatsAppUser.of(ctx, fake, ++n, { viaLid, name: "Rina" });
const stored = (externalId: string) =>
  ctx.db.message.findUniqueOrThrow({ where: { channel_externalId: { channel: "WHATSAPP", externalId } }, include: { attachments: true } });

describe("every kind of WhatsApp message is stored", () => {
  it("plain and extended text", async () => {
    const u = newUser();
    const plain = textMessage(u.from, "halo");
    const extended = waMessage(u.from, {
      extendedTextMessage: { text: "mohon info lowongan kerja ke taiwan", contextInfo: { stanzaId: plain.key.id } },
    });
    await u.send(plain);
    await u.send(extended);
    expect((await stored(plain.key.id!)).text).toBe("halo");
    expect(await stored(extended.key.id!)).toMatchObject({ kind: "text", text: "mohon info lowongan kerja ke taiwan" });
  });

  it("image, video and document, with and without caption, inside ephemeral and view-once wrappers", async () => {
    const u = newUser();
    const image = await mediaMessage(cdn, u.from, "imageMessage", FILES.png, {
      mimetype: "image/png",
      caption: "foto kontrak",
      wrap: "ephemeral",
    });
    const video = await mediaMessage(cdn, u.from, "videoMessage", FILES.mp4, { mimetype: "video/mp4", wrap: "viewOnce" });
    const doc = await mediaMessage(cdn, u.from, "documentMessage", FILES.pdf, {
      mimetype: "application/pdf",
      fileName: "perjanjian kerja.pdf",
      caption: "ini kontraknya",
      wrap: "documentWithCaption",
    });
    for (const m of [image, video, doc]) await u.send(m);
    const [i, v, d] = await Promise.all([stored(image.key.id!), stored(video.key.id!), stored(doc.key.id!)]);
    expect(i).toMatchObject({ kind: "image", text: "foto kontrak" });
    expect(i.attachments[0]).toMatchObject({ mime: "image/png", size: FILES.png.length });
    expect(v).toMatchObject({ kind: "video", text: "" });
    expect(v.attachments[0]?.mime).toBe("video/mp4");
    expect(d).toMatchObject({ kind: "document", text: "ini kontraknya" });
    expect(d.attachments[0]).toMatchObject({ mime: "application/pdf", fileName: "perjanjian kerja.pdf" });
    expect(Buffer.from(d.attachments[0]!.data).equals(FILES.pdf)).toBe(true);
  });

  it("voice notes and audio files, with the voice-note answer", async () => {
    const u = newUser();
    const voice = await mediaMessage(cdn, u.from, "audioMessage", FILES.opus, { mimetype: "audio/ogg; codecs=opus", ptt: true });
    const replies = await u.send(voice);
    const audio = await mediaMessage(cdn, u.from, "audioMessage", FILES.opus, { mimetype: "audio/ogg" });
    await u.send(audio);
    expect(await stored(voice.key.id!)).toMatchObject({ kind: "voice" });
    expect((await stored(voice.key.id!)).attachments[0]?.mime).toBe("audio/ogg; codecs=opus");
    expect((await stored(audio.key.id!)).kind).toBe("audio");
    expect(replies.join("\n")).toMatch(/Pesan suara Bapak\/Ibu sudah kami terima. Kami catat sebagai pengaduan/);
  });

  it("locations and contact cards, kept as GeoJSON and vCard", async () => {
    const u = newUser();
    const location = waMessage(u.from, {
      locationMessage: { degreesLatitude: 3.139, degreesLongitude: 101.6869, name: "Rumah majikan", address: "Jalan Ampang" },
    });
    const contact = waMessage(u.from, {
      contactMessage: {
        displayName: "Agen Budi",
        vcard: "BEGIN:VCARD\nVERSION:3.0\nFN:Agen Budi\nTEL;type=CELL;waid=60123456789:+60 12-345 6789\nEND:VCARD",
      },
    });
    const contacts = waMessage(u.from, {
      contactsArrayMessage: {
        displayName: "2 kontak",
        contacts: [
          { displayName: "A", vcard: "BEGIN:VCARD\nFN:A\nEND:VCARD" },
          { displayName: "B", vcard: "BEGIN:VCARD\nFN:B\nEND:VCARD" },
        ],
      },
    });
    for (const m of [location, contact, contacts]) await u.send(m);
    const loc = await stored(location.key.id!);
    expect(loc.kind).toBe("location");
    expect(JSON.parse(Buffer.from(loc.attachments[0]!.data).toString())).toEqual({
      type: "Feature",
      geometry: { type: "Point", coordinates: [101.6869, 3.139] },
      properties: { title: "Rumah majikan", address: "Jalan Ampang" },
    });
    const card = await stored(contact.key.id!);
    expect(card.kind).toBe("contact");
    expect(Buffer.from(card.attachments[0]!.data).toString()).toContain("waid=60123456789");
    expect((await stored(contacts.key.id!)).attachments).toHaveLength(2);
  });

  it("stickers, reactions, edits and deletions", async () => {
    const u = newUser();
    const original = textMessage(u.from, "majikan sy tdk bayar gaji");
    await u.send(original);
    const sticker = waMessage(u.from, { stickerMessage: { url: `${cdn.url}/none`, mimetype: "image/webp", mediaKey: Buffer.alloc(32) } });
    const stickerReplies = await u.send(sticker);
    const reaction = waMessage(u.from, {
      reactionMessage: { key: { remoteJid: u.from.jid, fromMe: true, id: "3EB0REPLIED" }, text: "🙏" },
    });
    const reactionReplies = await u.send(reaction);
    const edit = waMessage(u.from, {
      protocolMessage: {
        key: original.key,
        type: proto.Message.ProtocolMessage.Type.MESSAGE_EDIT,
        editedMessage: { conversation: "majikan saya tidak bayar gaji 3 bulan" },
      },
    });
    await u.send(edit);
    const revoke = waMessage(u.from, { protocolMessage: { key: original.key, type: proto.Message.ProtocolMessage.Type.REVOKE } });
    const revokeReplies = await u.send(revoke);

    expect(await stored(sticker.key.id!)).toMatchObject({ kind: "sticker", attachments: [] });
    expect(stickerReplies.join("\n")).toContain(texts.emojiOnly());
    expect(await stored(reaction.key.id!)).toMatchObject({
      kind: "reaction",
      text: "🙏",
      state: "IGNORED",
      payload: { refersTo: "3EB0REPLIED" },
    });
    expect(reactionReplies).toEqual([]);
    expect(await stored(edit.key.id!)).toMatchObject({
      kind: "edit",
      text: "majikan saya tidak bayar gaji 3 bulan",
      payload: { refersTo: original.key.id },
    });
    expect(await stored(revoke.key.id!)).toMatchObject({ kind: "revoke", state: "IGNORED", payload: { refersTo: original.key.id } });
    expect(revokeReplies).toEqual([]);
  });
});

describe("bad input gets a clear Indonesian answer, and nothing is lost", () => {
  it("answers an empty message and an unknown message type", async () => {
    const u = newUser();
    const empty = waMessage(u.from, { messageContextInfo: { deviceListMetadataVersion: 2 } });
    expect((await u.send(empty)).join("\n")).toContain(texts.emptyMessage());
    const poll = waMessage(u.from, { pollCreationMessage: { name: "Pilih", options: [{ optionName: "a" }], selectableOptionsCount: 1 } });
    expect((await u.send(poll)).join("\n")).toContain(texts.unsupportedMessage());
    expect((await stored(empty.key.id!)).kind).toBe("text");
    expect((await stored(poll.key.id!)).kind).toBe("unsupported");
  });

  it("refuses a file over the size limit, declared or real, without keeping its bytes", async () => {
    const u = newUser();
    const requestsBefore = cdn.requests;
    const declaredBig = await mediaMessage(cdn, u.from, "documentMessage", FILES.pdf, {
      mimetype: "application/pdf",
      declaredLength: 50_000_000,
    });
    const replies = await u.send(declaredBig);
    // Declared too large: not even downloaded.
    expect(cdn.requests).toBe(requestsBefore);
    expect(replies.join("\n")).toContain(texts.fileTooLarge());
    // Declared small, really too large: the download stops at the limit.
    const liar = newUser();
    const big = Buffer.concat([FILES.png, Buffer.alloc(MAX_BYTES * 2)]);
    const lyingSize = await mediaMessage(cdn, liar.from, "imageMessage", big, { mimetype: "image/png", declaredLength: 1000 });
    expect((await liar.send(lyingSize)).join("\n")).toContain(texts.fileTooLarge());
    for (const m of [declaredBig, lyingSize]) expect(await stored(m.key.id!)).toMatchObject({ kind: "oversized", attachments: [] });
  });

  it("tells a person who sends two files too large in a row once, and stores both", async () => {
    const u = newUser();
    const first = await mediaMessage(cdn, u.from, "documentMessage", FILES.pdf, {
      mimetype: "application/pdf",
      declaredLength: 50_000_000,
    });
    const second = await mediaMessage(cdn, u.from, "documentMessage", FILES.pdf, {
      mimetype: "application/pdf",
      declaredLength: 60_000_000,
    });
    expect((await u.send(first)).join("\n")).toContain(texts.fileTooLarge());
    expect(await u.send(second)).toEqual([]);
    expect(await stored(second.key.id!)).toMatchObject({ kind: "oversized", state: "PROCESSED" });
  });

  it("stores a file whose bytes contradict its MIME type under the sniffed type, and keeps a program as opaque bytes", async () => {
    const u = newUser();
    const pdfAsJpeg = await mediaMessage(cdn, u.from, "imageMessage", FILES.pdf, { mimetype: "image/jpeg" });
    await u.send(pdfAsJpeg);
    expect((await stored(pdfAsJpeg.key.id!)).attachments[0]?.mime).toBe("application/pdf");
    const exeAsJpeg = await mediaMessage(cdn, u.from, "imageMessage", FILES.exe, { mimetype: "image/jpeg", caption: "lihat ini" });
    const replies = await u.send(exeAsJpeg);
    expect(replies.join("\n")).toContain(texts.unsupportedMessage());
    const row = await stored(exeAsJpeg.key.id!);
    expect(row).toMatchObject({ kind: "unsupported", text: "lihat ini" });
    expect(row.attachments[0]?.mime).toBe("application/octet-stream");
    expect(row.attachments[0]?.caseId).toBeNull();
  });

  it("stores the same message delivered twice once, and answers it once", async () => {
    const u = newUser();
    const message = textMessage(u.from, "halo");
    fake.latest().receive([message]);
    fake.latest().receive([message], "append");
    await u.settle(message.key.id!);
    const answered = u.newReplies();
    // A later message from the same chat: one chat is stored, processed and answered in order,
    // so once it is answered, whatever the second delivery could have caused has happened.
    const later = await u.send(textMessage(u.from, "1"));
    expect(later.length).toBeGreaterThan(0);
    expect(await ctx.db.message.count({ where: { channel: "WHATSAPP", externalId: message.key.id! } })).toBe(1);
    expect(answered).toHaveLength(1);
    expect(u.replies()).toHaveLength(answered.length + later.length);
  });

  it("stores a flood of 1,000 messages from one number, and keeps answering other chats meanwhile", async () => {
    const flooder = newUser();
    const other = newUser();
    const socket = fake.latest();
    const flood = Array.from({ length: 1000 }, (_, i) => textMessage(flooder.from, `halo ${i % 3 === 0 ? "pak" : "bu"}`));
    for (let i = 0; i < flood.length; i += 50) socket.receive(flood.slice(i, i + 50));
    // Another worker writes in the middle of the flood and is answered.
    const otherMessage = textMessage(other.from, "halo");
    const answer = (await other.send(otherMessage)).join("\n\n");
    expect(answer).toContain("Selamat datang");
    const floodIds = flood.map((m) => m.key.id!);
    await eventually(
      async () => (await ctx.db.message.count({ where: { externalId: { in: floodIds } } })) === 1000,
      90_000,
      "flood stored",
    );
    await eventually(
      async () => (await ctx.db.message.count({ where: { externalId: { in: floodIds }, state: "RECEIVED" } })) === 0,
      60_000,
      "flood processed",
    );
    // Stored in the order they came.
    const rows = await ctx.db.message.findMany({
      where: { externalId: { in: floodIds } },
      orderBy: { seq: "asc" },
      select: { externalId: true },
    });
    expect(rows.map((r) => r.externalId)).toEqual(flood.map((m) => m.key.id));
    // The other chat was not kept waiting behind the flood: its message was processed before the
    // flood's last one (compared on the rows' processing times, not on when the test looked).
    const processedAt = async (ids: string[]) =>
      (await ctx.db.message.aggregate({ where: { externalId: { in: ids } }, _max: { processedAt: true } }))._max.processedAt!;
    expect((await processedAt([otherMessage.key.id!])).getTime()).toBeLessThan((await processedAt(floodIds)).getTime());
    // Every message was answered by the engine, but the same answer is not sent over and over.
    await flooder.idle(30_000);
    expect(flooder.replies().length).toBeLessThan(10);
    await eventually(async () => socket.reads.filter((k) => k.remoteJid === flooder.from.jid).length === 1000, 5000, "flood read");
  }, 180_000);
});

describe("what the bot ignores on purpose", () => {
  it("ignores status broadcasts, groups, channels, its own messages, protocol messages and stubs", async () => {
    const u = newUser();
    const socket = fake.latest();
    const readsBefore = socket.reads.length;
    const sentBefore = socket.sent.length;
    const from: WaSender = u.from;
    const ignored = [
      waMessage(from, { conversation: "status" }, { remoteJid: "status@broadcast" }),
      waMessage(from, { conversation: "grup" }, { remoteJid: "120363025246125486@g.us" }),
      waMessage(from, { conversation: "saluran" }, { remoteJid: "120363144038483540@newsletter" }),
      waMessage(from, { conversation: "dari bot sendiri" }, { fromMe: true }),
      waMessage(from, { protocolMessage: { type: proto.Message.ProtocolMessage.Type.HISTORY_SYNC_NOTIFICATION } }),
      waMessage(from, null, { stubType: proto.WebMessageInfo.StubType.CIPHERTEXT }),
    ];
    socket.receive(ignored);
    const marker = textMessage(from, "halo");
    await u.send(marker);
    expect(await ctx.db.message.count({ where: { channel: "WHATSAPP", externalId: { in: ignored.map((m) => m.key.id!) } } })).toBe(0);
    // Only the marker was read and answered.
    await eventually(async () => socket.reads.length > readsBefore, 5000, "read receipt");
    expect(socket.reads.slice(readsBefore).map((k) => k.id)).toEqual([marker.key.id]);
    expect(socket.sent.slice(sentBefore).every((m) => u.jids.includes(m.jid))).toBe(true);
  });
});

describe("one person under a phone-number JID and a LID", () => {
  it("resolves both to one reporter and one conversation, whichever comes first", async () => {
    const p = person(++n);
    const socket = fake.latest();
    // First message addressed by phone number, with the LID beside it.
    const viaPn = new WhatsAppUser(ctx, () => socket, { jid: p.pn, alt: p.lid });
    await viaPn.say("halo");
    // Later addressed by LID only; Baileys' mapping store knows the phone number.
    socket.lidToPn.set(p.lid, p.pn);
    const viaLid = new WhatsAppUser(ctx, () => socket, { jid: p.lid });
    const second = textMessage(viaLid.from, "1");
    await viaLid.send(second);
    const rows = await ctx.db.message.findMany({
      where: { channel: "WHATSAPP", direction: "IN", conversation: { reporter: { identities: { some: { externalId: p.pn } } } } },
      select: { conversationId: true },
    });
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.conversationId)).size).toBe(1);
    expect(await viaLid.reporterId()).toBe(await viaPn.reporterId());
  });

  it("links a LID-only person to their phone-number reporter when Baileys learns the mapping", async () => {
    const p = person(++n);
    const socket = fake.latest();
    const viaPn = new WhatsAppUser(ctx, () => socket, { jid: p.pn });
    await viaPn.say("halo");
    socket.emit("lid-mapping.update", { lid: p.lid, pn: p.pn });
    await eventually(async () => (await ctx.db.channelIdentity.count({ where: { externalId: p.lid } })) === 1, 5000, "LID linked");
    const viaLid = new WhatsAppUser(ctx, () => socket, { jid: p.lid });
    await viaLid.send(textMessage(viaLid.from, "halo lagi", { id: nextWaId() }));
    expect(await viaLid.reporterId()).toBe(await viaPn.reporterId());
  });
});

describe("events after the socket closed", () => {
  it("stores messages a closed socket still delivers, and answers them once the number reconnects", async () => {
    const old = fake.latest();
    const count = fake.sockets.length;
    old.close(428);
    const u = new WhatsAppUser(ctx, () => old, { jid: person(++n).pn });
    const late = textMessage(u.from, "halo");
    old.receive([late]);
    await eventually(async () => (await ctx.db.message.count({ where: { externalId: late.key.id! } })) === 1, 5000, "late message stored");
    // Reconnects on its own (backoff), then the queued reply leaves on the new socket.
    await eventually(async () => fake.sockets.length > count, 10_000, "reconnect");
    fake.latest().open();
    await u.settle(late.key.id!);
    expect(fake.latest().sent.filter((m) => m.jid === u.from.jid)).toHaveLength(1);
  }, 30_000);
});
