import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { texts } from "../../src/core/texts.js";
import type { FakeTelegramApi } from "../support/fake-telegram-api.js";
import { startTelegramTestApp } from "../support/telegram-test-app.js";
import { TelegramUser, textsOf } from "../support/telegram-user.js";
import { eventually, type TestContext } from "../support/test-app.js";

let ctx: TestContext;
let api: FakeTelegramApi;
let app: Awaited<ReturnType<typeof startTelegramTestApp>>;
let nextUser = 6_200_000;
const person = () => new TelegramUser(ctx, api, nextUser++);

// A 1×1 PNG and the start of a PDF: the stored MIME type must come from these bytes.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

beforeAll(async () => {
  app = await startTelegramTestApp({
    TELEGRAM_PER_CHAT_INTERVAL_MS: "20",
    TELEGRAM_GLOBAL_PER_SECOND: "300",
    TELEGRAM_MAX_FILE_MB: "1",
    TELEGRAM_DOWNLOAD_CONCURRENCY: "2",
    TELEGRAM_DOWNLOAD_TIMEOUT_S: "2",
  });
  ({ ctx, api } = app);
});

afterAll(() => app.stop());

const _stored = (externalId: string) =>
  ctx.db.message.findUniqueOrThrow({ where: { channel_externalId: { channel: "TELEGRAM", externalId } }, include: { attachments: true } });

describe("Telegram: what a person can send", () => {
  it("stores the largest size of a photo with the MIME type read from its bytes, and starts a complaint", async () => {
    const user = person();
    const small = api.addFile(Buffer.from("not the one we want"));
    const large = api.addFile(PNG);
    const replies = await user.say({
      photo: [
        { file_id: small, file_unique_id: "s", width: 90, height: 90, file_size: 19 },
        { file_id: large, file_unique_id: "l", width: 1280, height: 960, file_size: PNG.length },
      ],
      caption: "",
    });
    const [row] = await ctx.db.message.findMany({
      where: { conversation: { chatId: user.chatId }, direction: "IN" },
      include: { attachments: true },
    });
    expect(row!.kind).toBe("image");
    expect(row!.attachments).toHaveLength(1);
    expect(row!.attachments[0]!.mime).toBe("image/png");
    expect(Buffer.from(row!.attachments[0]!.data).equals(PNG)).toBe(true);
    expect(textsOf(replies)).toMatch(/Lampiran Bapak\/Ibu sudah kami terima/);
  });

  it("stores documents and voice notes with their bytes, sniffed, whatever the sender claimed", async () => {
    const user = person();
    await user.say("/start");
    const pdf = api.addFile(PDF);
    await user.say({
      document: { file_id: pdf, file_unique_id: "d", file_name: "kontrak.pdf", mime_type: "image/jpeg", file_size: PDF.length },
      caption: "ini kontrak kerja adik saya",
    });
    const voice = api.addFile(Buffer.concat([Buffer.from("OggS"), Buffer.alloc(60, 1)]));
    const voiceReply = await user.say({
      voice: { file_id: voice, file_unique_id: "v", duration: 3, mime_type: "audio/ogg", file_size: 64 },
    });
    const rows = await ctx.db.message.findMany({
      where: { conversation: { chatId: user.chatId }, direction: "IN" },
      orderBy: { seq: "asc" },
      include: { attachments: true },
    });
    const document = rows.find((r) => r.kind === "document")!;
    expect(document.text).toBe("ini kontrak kerja adik saya");
    expect(document.attachments[0]).toMatchObject({ mime: "application/pdf", fileName: "kontrak.pdf", size: PDF.length });
    const voiceRow = rows.find((r) => r.kind === "voice")!;
    // Not a real Opus stream: the bytes say "some Ogg container", and that is what is kept.
    expect(voiceRow.attachments[0]!.mime).toBe("application/ogg");
    expect(textsOf(voiceReply)).toMatch(/Pesan suara Bapak\/Ibu sudah kami terima/);
  });

  it("keeps a file that is not a type we open as opaque bytes, with the same allowlist as WhatsApp", async () => {
    const user = person();
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(62), Buffer.from("PE\0\0"), Buffer.alloc(200)]);
    const program = api.addFile(exe);
    const replies = await user.say({
      document: { file_id: program, file_unique_id: "x", file_name: "kontrak.pdf", mime_type: "application/pdf", file_size: exe.length },
      caption: "lihat ini",
    });
    expect(textsOf(replies)).toContain(texts.unsupportedMessage());
    const letter = api.addFile(Buffer.from("Surat keterangan kerja\nNama: Siti\n"));
    await user.say({ document: { file_id: letter, file_unique_id: "t", file_name: "surat.txt", mime_type: "text/plain", file_size: 36 } });
    const rows = await ctx.db.message.findMany({
      where: { conversation: { chatId: user.chatId }, direction: "IN" },
      orderBy: { seq: "asc" },
      include: { attachments: true },
    });
    expect(rows[0]).toMatchObject({ kind: "unsupported", text: "lihat ini" });
    expect(rows[0]!.attachments[0]).toMatchObject({ mime: "application/octet-stream", fileName: "kontrak.pdf", caseId: null });
    expect(rows[1]).toMatchObject({ kind: "document" });
    expect(rows[1]!.attachments[0]!.mime).toBe("text/plain");
  });

  it("gives up on a download that stalls, stores the message without its file and answers", async () => {
    const user = person();
    const stalled = api.addFile(PNG, undefined, { stall: true });
    const replies = await user.say({
      photo: [{ file_id: stalled, file_unique_id: "z", width: 90, height: 90, file_size: PNG.length }],
      caption: "",
    });
    expect(textsOf(replies)).toContain(texts.unsupportedMessage());
    const [row] = await ctx.db.message.findMany({
      where: { conversation: { chatId: user.chatId }, direction: "IN" },
      include: { attachments: true },
    });
    expect(row).toMatchObject({ kind: "unsupported", state: "PROCESSED" });
    expect(row!.attachments).toEqual([]);
  });

  it("downloads at most TELEGRAM_DOWNLOAD_CONCURRENCY files at once, however many chats send them", async () => {
    const users = Array.from({ length: 6 }, () => person());
    api.downloads.peak = 0;
    await Promise.all(
      users.map((user) =>
        user.say({
          photo: [
            { file_id: api.addFile(PNG, undefined, { holdMs: 300 }), file_unique_id: "p", width: 90, height: 90, file_size: PNG.length },
          ],
          caption: "",
        }),
      ),
    );
    expect(api.downloads.peak).toBeGreaterThan(0);
    expect(api.downloads.peak).toBeLessThanOrEqual(2);
    const stored = await ctx.db.attachment.count({ where: { message: { conversation: { chatId: { in: users.map((u) => u.chatId) } } } } });
    expect(stored).toBe(users.length);
  });

  it("keeps an edited message as its own delivery pointing at the original", async () => {
    const user = person();
    const { messageId } = await api.userSends(user.userId, "halo");
    await user.settle(`${user.chatId}:${messageId}`);
    user.newMessages();
    const { updateId } = await api.userEdits(user.userId, messageId, "halo, saya mau tanya");
    await eventually(
      async () => (await ctx.db.message.count({ where: { conversation: { chatId: user.chatId }, kind: "edit" } })) === 1,
      10_000,
      "edit stored",
    );
    const edit = await ctx.db.message.findFirstOrThrow({ where: { conversation: { chatId: user.chatId }, kind: "edit" } });
    expect(edit.externalId).toMatch(new RegExp(`^edit:${user.chatId}:${messageId}:\\d+$`));
    expect(edit.text).toBe("halo, saya mau tanya");
    expect(edit.payload).toMatchObject({ refersTo: `${user.chatId}:${messageId}` });
    expect(updateId).toBeGreaterThan(0);
  });

  it("stores a 5,000-character text whole and answers it", async () => {
    const user = person();
    const long = `Saya mau melapor. ${"Majikan adik saya di Malaysia tidak membayar gajinya dan paspornya ditahan. ".repeat(70)}`.slice(
      0,
      5000,
    );
    const replies = await user.say(long);
    const [row] = await ctx.db.message.findMany({ where: { conversation: { chatId: user.chatId }, direction: "IN" } });
    expect(row!.text).toBe(long);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((r) => r.text.length <= 4096)).toBe(true);
  });

  it("refuses a file over the limit with an Indonesian reply, keeping the message and its caption", async () => {
    const user = person();
    const big = api.addFile(Buffer.alloc(10), 5 * 1024 * 1024);
    const replies = await user.say({
      document: { file_id: big, file_unique_id: "b", file_name: "video.mp4", file_size: 5 * 1024 * 1024 },
      caption: "rekaman majikan",
    });
    expect(textsOf(replies)).toContain("berkas yang Bapak/Ibu kirim terlalu besar");
    const [row] = await ctx.db.message.findMany({
      where: { conversation: { chatId: user.chatId }, direction: "IN" },
      include: { attachments: true },
    });
    expect(row).toMatchObject({ kind: "oversized", text: "rekaman majikan", state: "PROCESSED" });
    expect(row!.attachments).toEqual([]);
    // Nothing was downloaded: the size was known before.
    expect(api.callsOf("getFile").some((c) => c.params.file_id === big)).toBe(false);
  });

  it("keeps a shared location and contact as data the officer can read", async () => {
    const user = person();
    await user.say({ location: { latitude: 3.139, longitude: 101.6869 } });
    await user.say({ contact: { phone_number: "+60123456789", first_name: "Agen", last_name: "Rahman" } });
    const rows = await ctx.db.message.findMany({
      where: { conversation: { chatId: user.chatId }, direction: "IN" },
      orderBy: { seq: "asc" },
      include: { attachments: true },
    });
    expect(rows.map((r) => r.kind)).toEqual(["location", "contact"]);
    expect(JSON.parse(Buffer.from(rows[0]!.attachments[0]!.data).toString())).toEqual({ type: "Point", coordinates: [101.6869, 3.139] });
    expect(Buffer.from(rows[1]!.attachments[0]!.data).toString()).toContain("TEL:+60123456789");
  });
});

describe("Telegram: bad input", () => {
  it("tells a group once, politely, that the service works in private chats, then ignores it", async () => {
    const groupId = -100_987_654;
    await api.groupSends(groupId, 6_299_001, "halo bot, adik saya hilang kontak di malaysia");
    const [notice] = await api.nextMessages(groupId, 0, 1);
    expect(notice!.text).toMatch(/hanya melayani percakapan pribadi/);
    await api.groupSends(groupId, 6_299_002, "/start");
    await api.groupSends(groupId, 6_299_001, "tolong dibantu");
    const marker = await api.userSends(6_299_003, "/start");
    await new TelegramUser(ctx, api, 6_299_003).settle(`6299003:${marker.messageId}`);
    expect(api.sentTo(groupId)).toHaveLength(1);
    // Group content is not stored as anyone's report.
    expect(await ctx.db.conversation.count({ where: { channel: "TELEGRAM", chatId: String(groupId) } })).toBe(0);
  });

  it("refuses a tampered or stale button with an alert and no effect, and survives unknown update types", async () => {
    const user = person();
    const [menu] = await user.say("/start");
    await user.press("Buat pengaduan", menu);
    const [question] = await user.say("majikan tidak bayar gaji 3 bulan");
    expect(question!.buttons.map((b) => b.text)).toEqual(["Untuk saya sendiri", "Untuk keluarga saya"]);

    // Tampered: another action under the same signature, and a button from a different chat.
    const forged = await api.userPresses(user.userId, question!, "", `answer:yes~${question!.buttons[0]!.callback_data.split("~")[1]}`);
    const alien = await api.userPresses(user.userId, question!, "", menu!.buttons[0]!.callback_data.replace(/~.*/, "~AAAAAAAAAAA"));
    // Stale: the menu's answer buttons belong to an older question than the current one.
    await api.addUpdate({ poll: { id: "p1", question: "?", options: [] } });
    await api.addUpdate({ message_reaction: { chat: { id: user.userId, type: "private" }, message_id: 1 } });
    await eventually(
      async () =>
        api.callsOf("answerCallbackQuery").filter((c) => [forged.callbackId, alien.callbackId].includes(String(c.params.callback_query_id)))
          .length === 2,
      10_000,
      "callbacks answered",
    );
    for (const id of [forged.callbackId, alien.callbackId]) {
      const answer = api.callsOf("answerCallbackQuery").find((c) => c.params.callback_query_id === id)!;
      expect(answer.params).toMatchObject({ show_alert: true, text: expect.stringMatching(/Tombol ini sudah tidak berlaku/) });
      expect(await ctx.db.message.count({ where: { externalId: `cb:${id}` } })).toBe(0);
    }
    // The conversation went on as if nothing happened: the next answer still works.
    const name = await user.press("Untuk keluarga saya", question);
    expect(textsOf(name)).toMatch(/Siapa nama lengkap pekerja migran/);
    const stale = await api.userPresses(user.userId, question!, "Untuk saya sendiri");
    await eventually(
      async () => api.callsOf("answerCallbackQuery").some((c) => c.params.callback_query_id === stale.callbackId && c.params.show_alert),
      10_000,
      "stale refused",
    );
    expect(await ctx.db.message.count({ where: { externalId: `cb:${stale.callbackId}` } })).toBe(0);
  });

  it("stores every message of a flood from one chat, in order, and answers without crashing", async () => {
    const user = person();
    const sent: number[] = [];
    for (let i = 0; i < 40; i++) sent.push((await api.userSends(user.userId, i % 2 ? "halo" : "menu")).messageId);
    await api.nextMessages(user.chatId, 0, 40, 50_000);
    await user.settle(`${user.chatId}:${sent[sent.length - 1]}`);
    const rows = await ctx.db.message.findMany({
      where: { conversation: { chatId: user.chatId }, direction: "IN" },
      orderBy: { seq: "asc" },
    });
    expect(rows.map((r) => r.externalId)).toEqual(sent.map((id) => `${user.chatId}:${id}`));
    expect(rows.every((r) => r.state === "PROCESSED")).toBe(true);
    const replies = api.sentTo(user.chatId);
    expect(replies).toHaveLength(40);
    // Per-chat pace held even under the flood.
    for (let i = 1; i < replies.length; i++) expect(replies[i]!.at - replies[i - 1]!.at).toBeGreaterThanOrEqual(15);
  });
});
