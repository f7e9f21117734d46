import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeCaseStatus } from "../../src/cases/change-case-status.js";
import type { FakeTelegramApi } from "../support/fake-telegram-api.js";
import { startTelegramTestApp } from "../support/telegram-test-app.js";
import { SimulatedChat } from "../support/simulated-chat.js";
import { skipFacts } from "../support/skip-facts.js";
import { TelegramUser, textsOf } from "../support/telegram-user.js";
import { eventually, type TestContext } from "../support/test-app.js";

let ctx: TestContext;
let api: FakeTelegramApi;
let app: Awaited<ReturnType<typeof startTelegramTestApp>>;
let nextUser = 5_100_000;
const family = (name?: string) => new TelegramUser(ctx, api, nextUser++, name);

beforeAll(async () => {
  app = await startTelegramTestApp({
    TELEGRAM_PER_CHAT_INTERVAL_MS: "50",
    TELEGRAM_GLOBAL_PER_SECOND: "200",
  });
  ({ ctx, api } = app);
});

afterAll(() => app.stop());

/** A worker on another channel (the simulator stands in for WhatsApp) with a finished case. */
async function workerWithCase(story: string) {
  const worker = new SimulatedChat(ctx);
  await worker.say(story);
  await skipFacts((t) => worker.say(t), await worker.say("untuk saya sendiri"));
  const done = await worker.say("ya");
  const [created] = await worker.cases();
  expect(done).toContain(created!.ticket);
  return { worker, ticket: created!.ticket, caseId: created!.id };
}

/** Waits until nothing is left to send for a case (so "nothing arrived" is a real observation). */
async function caseMessagesSent(caseId: string) {
  await eventually(
    async () => (await ctx.db.message.count({ where: { caseId, direction: "OUT", state: "QUEUED" } })) === 0,
    15_000,
    "case messages sent",
  );
}

describe("Telegram: menu and a family report", () => {
  it("answers /start with the Indonesian menu as an inline keyboard, including following a case", async () => {
    const user = family();
    const [menu] = await user.say("/start");
    expect(menu!.text).toMatch(/Selamat datang di layanan pengaduan/);
    expect(menu!.buttons.map((b) => b.text)).toEqual([
      "Buat pengaduan",
      "Tanya informasi",
      "Cek status pengaduan",
      "Bicara dengan petugas",
      "Ikuti pengaduan keluarga",
    ]);
    // Button data is signed: the action is readable, the signature binds it to this chat.
    expect(menu!.buttons[0]!.callback_data).toMatch(/^menu:complaint~[\w-]{11}$/);
    const commands = api.callsOf("setMyCommands")[0]?.params.commands as { command: string }[];
    expect(commands.map((c) => c.command)).toEqual(["start", "ikuti", "berhenti_ikuti", "batal"]);
  });

  it("takes a report on behalf of a worker with buttons and ends in a case routed per the Lampung agreement", async () => {
    const user = family("Bapak Darto");
    await user.say("/start");
    const ask = await user.press("Buat pengaduan");
    expect(textsOf(ask)).toMatch(/ceritakan masalahnya/);

    const who = await user.say("gajinya sudah 4 bulan tidak dibayar majikan di malaysia");
    expect(textsOf(who)).toMatch(/untuk diri Bapak\/Ibu sendiri atau untuk anggota keluarga/);
    const name = await user.press("Untuk keluarga saya");
    expect(textsOf(name)).toMatch(/nomor WhatsApp-nya/);

    const region = await user.say("Siti Aminah, adik saya, 0812-3456-7890");
    expect(textsOf(region)).toMatch(/kabupaten\/kota dan provinsi/);
    // What officers need, optional: employer (skipped by its button), P3MI (named), sector (a button).
    const employer = await user.say("lampung timur");
    expect(textsOf(employer)).toMatch(/Siapa nama majikan atau perusahaan tempat pekerja migran tersebut bekerja/);
    expect(employer.at(-1)!.buttons.map((b) => b.text)).toEqual(["Lewati"]);
    expect(textsOf(await user.press("Lewati"))).toMatch(/perusahaan penempatan \(P3MI\)/);
    const sector = await user.say("PT Bina Insani");
    expect(sector.at(-1)!.buttons.map((b) => b.text)).toContain("Awak kapal perikanan (ABK)");
    // The privacy notice comes first, then the summary to confirm (with its buttons).
    const [notice, confirm] = await user.press("Perkebunan");
    expect(notice!.text).toMatch(/data pribadi/);
    expect(confirm!.text).toContain("Nomor WhatsApp pekerja: +6281234567890");
    expect(confirm!.text).toContain("Pekerja migran: Siti Aminah (adik Bapak/Ibu)");
    expect(confirm!.text).toContain("Sektor pekerjaan: Perkebunan");
    expect(confirm!.buttons.map((b) => b.text)).toEqual(["YA, kirim", "BATAL"]);

    const done = textsOf(await user.press("YA, kirim"));
    const created = await ctx.db.case.findFirstOrThrow({
      where: { reporterId: await user.reporterId() },
      include: { agencies: { orderBy: { role: "asc" } }, reporter: true },
    });
    expect(done).toContain(created.ticket);
    expect(done).toContain("BP3MI Lampung");
    expect(created).toMatchObject({
      channel: "TELEGRAM",
      onBehalf: true,
      relationship: "adik",
      workerName: "Siti Aminah",
      workerPhone: "+6281234567890",
      originRegionId: "ID-LA",
      destinationCountry: "Malaysia",
      kind: "GAJI",
    });
    expect(created.reporter.kind).toBe("FAMILY");
    expect(created.agencies.map((a) => [a.agencyId, a.role])).toEqual([
      ["BP3MI-LA", "LEAD"],
      ["DISNAKER-LA", "SUPPORT"],
    ]);
    // The pressed confirmation lost its keyboard: it cannot be sent twice.
    expect(api.callsOf("editMessageReplyMarkup").some((c) => c.params.message_id === confirm!.messageId)).toBe(true);

    // Following one's own case needs no consent: the status is shown at once.
    const own = textsOf(await user.say(`/ikuti ${created.ticket}`));
    expect(own).toContain("dibuat oleh Bapak/Ibu sendiri");
    expect(own).toMatch(/Status pengaduan .*: Diterima/);
  });
});

describe("Telegram: following a worker's case", () => {
  it("shows only 'exists and being handled' until the worker agrees, then every status change reaches each follower", async () => {
    const { worker, ticket, caseId } = await workerWithCase("gaji saya dipotong agen terus, saya dari jakarta timur, kerja di singapura");

    // Deep link t.me/<bot>?start=PMI-XXXXXX arrives as "/start PMI-XXXXXX".
    const mother = family("Ibu Sumarni");
    const pending = textsOf(await mother.say(`/start ${ticket}`));
    expect(pending).toContain(`Permintaan Bapak/Ibu untuk mengikuti pengaduan ${ticket} sudah kami catat`);
    expect(pending).not.toMatch(/singapura|jakarta|dipotong|Diterima|BP3MI/i);
    const askedWorker = (await worker.newReplies()).join("\n");
    expect(askedWorker).toContain(ticket);
    expect(askedWorker).toContain('"Ibu Sumarni"');
    expect(askedWorker).toContain(`Balas YA ${ticket} untuk mengizinkan`);
    // Before consent, a status lookup reveals nothing either.
    expect(textsOf(await mother.say(`cek ${ticket}`))).toContain("tidak menemukan");

    // A bare "ya" shares nothing: consent names the case.
    expect(await worker.say("ya")).toContain(`balas YA ${ticket}`);
    expect(mother.newMessages()).toEqual([]);
    expect(await worker.say(`YA ${ticket}`)).toContain("sekarang akan menerima kabar");
    const [approved] = await mother.waitForMessages(1);
    expect(approved!.text).toContain(`Pelapor sudah memberikan persetujuan`);
    expect(approved!.buttons.map((b) => b.text)).toEqual(["Berhenti mengikuti"]);

    const brother = family("Mas Joko");
    expect(textsOf(await brother.say(`/ikuti ${ticket}`))).toContain("sudah kami catat");
    expect((await worker.newReplies()).join("\n")).toContain('"Mas Joko"');
    await worker.say(`iya ${ticket}`);
    await brother.waitForMessages(1);

    await changeCaseStatus(ctx, { caseId, to: "DITANGANI", note: "Kami sedang menghubungi agen." });
    await caseMessagesSent(caseId);
    const toWorker = (await worker.newReplies()).join("\n");
    expect(toWorker).toContain("Ditangani");
    expect(toWorker).toContain("Kami sedang menghubungi agen.");
    for (const follower of [mother, brother]) {
      const [update] = await follower.waitForMessages(1);
      expect(update!.text).toContain(`Kabar pengaduan ${ticket}`);
      expect(update!.text).toContain("Ditangani");
      // The officer's note was for the reporter: followers see it only when the officer ticks "juga kirim ke keluarga".
      expect(update!.text).not.toContain("menghubungi agen");
    }

    // Stop following with the button: the next change reaches the brother only.
    expect(textsOf(await mother.press("Berhenti mengikuti", approved))).toContain(`tidak akan lagi menerima kabar pengaduan ${ticket}`);
    await changeCaseStatus(ctx, { caseId, to: "MENUNGGU_KETERANGAN", note: "Mohon kirim foto paspor." });
    await caseMessagesSent(caseId);
    // A request for information is the reporter's to answer: the follower only learns that the officer waits.
    const waiting = (await brother.waitForMessages(1))[0]!.text;
    expect(waiting).toContain("petugas sedang menunggu keterangan dari pelapor");
    expect(waiting).not.toMatch(/paspor|Mohon balas/);
    expect((await worker.newReplies()).join("\n")).toMatch(/Mohon kirim foto paspor[\s\S]*|Mohon balas/);
    expect(mother.newMessages()).toEqual([]);

    await changeCaseStatus(ctx, { caseId, to: "DITANGANI", note: "Paspor sudah kami terima.", alsoToFamily: true });
    await caseMessagesSent(caseId);
    expect((await brother.waitForMessages(1))[0]!.text).toContain("Paspor sudah kami terima.");
  });

  it("keeps a refused or unknown follow request blind: no status, no personal data, no second question to the worker", async () => {
    const { worker, ticket, caseId } = await workerWithCase("paspor saya ditahan majikan di taiwan, asal saya lampung");
    const stranger = family("Orang Lain");
    await stranger.say(`/ikuti ${ticket}`);
    await worker.newReplies();
    expect(await worker.say(`TIDAK ${ticket}`)).toContain("tidak akan kami bagikan");

    await changeCaseStatus(ctx, { caseId, to: "DIVERIFIKASI" });
    await caseMessagesSent(caseId);
    expect((await worker.newReplies()).join("\n")).toContain("Diverifikasi");
    expect(stranger.newMessages()).toEqual([]);
    expect(textsOf(await stranger.say(`cek ${ticket}`))).toContain("tidak menemukan");
    // Asking again gets the same neutral answer, and the worker is not bothered again.
    const known = textsOf(await stranger.say(`/ikuti ${ticket}`));
    expect(known).toContain("sudah kami catat");
    expect(await worker.newReplies()).toEqual([]);

    // A ticket that does not exist gets the very same answer: /ikuti confirms no guess.
    const unknown = textsOf(await stranger.say("/ikuti PMI-7K3M9X"));
    expect(unknown).toBe(known.replaceAll(ticket, "PMI-7K3M9X"));
    const followers = await ctx.db.caseFollower.findMany({ where: { caseId } });
    expect(followers).toMatchObject([{ verified: false }]);
    expect(followers[0]!.endedAt).not.toBeNull();
  });

  it("asks for the ticket when the family chooses 'Ikuti pengaduan keluarga' from the menu", async () => {
    const { worker, ticket } = await workerWithCase(
      "majikan tidak bayar gaji saya 2 bulan, saya dari kabupaten pekalongan, kerja di hongkong",
    );
    const user = family();
    await user.say("/start");
    expect(textsOf(await user.press("Ikuti pengaduan keluarga"))).toMatch(/tulis nomor tiket pengaduan yang ingin Bapak\/Ibu ikuti/);
    expect(textsOf(await user.say(ticket.toLowerCase().replace("-", " ")))).toContain("sudah kami catat");
    expect((await worker.newReplies()).join("\n")).toContain(ticket);
  });
});
