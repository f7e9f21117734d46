import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeTelegramApi } from "../support/fake-telegram-api.js";
import { fakeSocketFactory } from "../support/fake-whatsapp-socket.js";
import { startTelegramTestApp } from "../support/telegram-test-app.js";
import { TelegramUser, textsOf } from "../support/telegram-user.js";
import type { TestContext } from "../support/test-app.js";
import { FILES, mediaMessage, type startFakeMediaServer } from "../support/whatsapp-messages.js";
import { startWhatsAppTestApp } from "../support/whatsapp-test-app.js";
import { WhatsAppUser } from "../support/whatsapp-user.js";

/**
 * Issue 10: every reporter who tries gets a case — voice notes, photos and messages the bot does
 * not understand — end to end through the real channels, queues and database.
 */
const fake = fakeSocketFactory();
let wa: Awaited<ReturnType<typeof startWhatsAppTestApp>>;
let tg: Awaited<ReturnType<typeof startTelegramTestApp>>;
let waCtx: TestContext;
let tgCtx: TestContext;
let api: FakeTelegramApi;
let cdn: Awaited<ReturnType<typeof startFakeMediaServer>>;
let n = 700;
let telegramUser = 7_700_000;

beforeAll(async () => {
  wa = await startWhatsAppTestApp(fake, { WHATSAPP_TYPING_MAX_MS: "0" });
  ({ ctx: waCtx, cdn } = wa);
  tg = await startTelegramTestApp({ TELEGRAM_PER_CHAT_INTERVAL_MS: "20", TELEGRAM_GLOBAL_PER_SECOND: "300", TELEGRAM_MAX_FILE_MB: "1" });
  ({ ctx: tgCtx, api } = tg);
});

afterAll(async () => {
  await wa?.stop();
  await tg?.stop();
});

const casesOf = async (ctx: TestContext, reporterId: string) =>
  ctx.db.case.findMany({
    where: { reporterId },
    include: { messages: { where: { direction: "IN" }, orderBy: { seq: "asc" }, include: { attachments: true } }, attachments: true },
  });

describe("a reporter who only sends voice notes or photos gets a case", () => {
  it("a WhatsApp chat of voice notes only ends with a ticket, every voice note on the case", async () => {
    const u = WhatsAppUser.of(waCtx, fake, ++n, { name: "Sari" });
    const voice = () => mediaMessage(cdn, u.from, "audioMessage", FILES.opus, { mimetype: "audio/ogg; codecs=opus", ptt: true });
    const first = (await u.send(await voice())).join("\n");
    expect(first).toMatch(/Kami catat sebagai pengaduan agar petugas dapat mendengarkannya/);
    expect(first).not.toMatch(/akan didengarkan petugas|ceritakan|tuliskan juga/);
    expect(first).toMatch(/kabupaten\/kota dan provinsi/);
    expect((await u.send(await voice())).join("\n")).toMatch(/Di negara mana/);
    expect((await u.send(await voice())).join("\n")).toMatch(/boleh menjawab YA dengan pesan suara/);
    const done = (await u.send(await voice())).join("\n");
    const [created, ...others] = await casesOf(waCtx, await u.reporterId());
    expect(others).toEqual([]);
    expect(done).toContain(created!.ticket);
    expect(created).toMatchObject({
      kind: "LAINNYA",
      description: "Pengaduan lewat pesan suara/foto",
      originText: "(dijawab lewat pesan suara)",
    });
    expect(created!.messages.map((m) => m.kind)).toEqual(["voice", "voice", "voice", "voice"]);
    expect(created!.attachments).toHaveLength(4);
    // Without TRANSCRIBE_URL nothing is transcribed: no job, no transcript.
    expect(created!.attachments.every((a) => a.transcript === null)).toBe(true);
    expect(await waCtx.queues.transcribe.count()).toBe(0);

    // A later voice note joins the open case and says so.
    expect((await u.send(await voice())).join("\n")).toContain(`sudah kami teruskan ke petugas yang menangani tiket ${created!.ticket}`);
    expect((await casesOf(waCtx, await u.reporterId()))[0]!.attachments).toHaveLength(5);
  });

  it("a Telegram photo without words ends with a ticket after region, a country button and YA; a photo sent meanwhile joins it", async () => {
    const user = new TelegramUser(tgCtx, api, telegramUser++);
    const photo = () => ({
      photo: [{ file_id: api.addFile(FILES.png), file_unique_id: `p${Math.random()}`, width: 1, height: 1, file_size: FILES.png.length }],
    });
    const first = textsOf(await user.say(photo()));
    expect(first).toMatch(/Lampiran Bapak\/Ibu sudah kami terima/);
    expect(first).not.toMatch(/ceritakan/);
    const countryQuestion = await user.say("saya dari lampung timur");
    expect(countryQuestion.at(-1)!.buttons.map((b) => b.text)).toContain("Taiwan");
    // Another photo while the intake runs: kept, the question asked again.
    expect(textsOf(await user.say(photo()))).toMatch(/Lampiran sudah kami terima[\s\S]*Di negara mana/);
    expect(textsOf(await user.press("Taiwan"))).toMatch(/Negara tujuan: Taiwan/);
    const done = textsOf(await user.press("YA, kirim"));
    const [created, ...others] = await casesOf(tgCtx, await user.reporterId());
    expect(others).toEqual([]);
    expect(done).toContain(created!.ticket);
    expect(created).toMatchObject({
      kind: "LAINNYA",
      originRegionId: "ID-LA",
      destinationCountry: "Taiwan",
      description: "Pengaduan lewat pesan suara/foto",
    });
    expect(created!.attachments).toHaveLength(2);
  });
});

describe("messages the bot does not understand", () => {
  it("lead to a case when the reporter asks for a person after two of them", async () => {
    const u = WhatsAppUser.of(waCtx, fake, ++n, { name: "Dewi" });
    await u.say("p");
    const second = await u.say("hmm oke");
    expect(second).toMatch(/ketik PETUGAS/);
    expect(await casesOf(waCtx, await u.reporterId())).toEqual([]);
    const answer = await u.say("petugas");
    const [created] = await casesOf(waCtx, await u.reporterId());
    expect(answer).toContain(`berbicara dengan petugas sudah kami catat dengan nomor tiket ${created!.ticket}`);
    expect(created!.description).toBe("p\nhmm oke");
    expect(created!.messages.map((m) => m.text)).toEqual(["p", "hmm oke", "petugas"]);
  });

  it("menu option 4 with nothing open: the next message is a case an officer reads, not a complaint questionnaire", async () => {
    const u = WhatsAppUser.of(waCtx, fake, ++n, { name: "Rahma" });
    await u.say("menu");
    const asked = await u.say("4");
    expect(asked).toMatch(/tuliskan pesan Bapak\/Ibu untuk petugas/);
    expect(await casesOf(waCtx, await u.reporterId())).toEqual([]);
    const answer = await u.say("saya mau tanya langsung ke petugas soal sisa kontrak saya");
    const [created] = await casesOf(waCtx, await u.reporterId());
    expect(answer).toContain(`berbicara dengan petugas sudah kami catat dengan nomor tiket ${created!.ticket}`);
    expect(answer).not.toMatch(/sendiri atau untuk anggota keluarga/);
    expect(created!.description).toBe("saya mau tanya langsung ke petugas soal sisa kontrak saya");
    expect(created!.messages.map((m) => m.text)).toEqual(["saya mau tanya langsung ke petugas soal sisa kontrak saya"]);
  });
});
