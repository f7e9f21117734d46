/**
 * Conversation reading end to end: a representative part of the conversation table played
 * through the real pipeline (intake, queues, PostgreSQL, the outbound workers; the simulator
 * stands in for WhatsApp, families write through the fake Telegram Bot API), and what only the
 * pipeline does: reopening a resolved case, a new problem after one, ticket-lookup throttling,
 * and a merged duplicate's people waiting for the surviving case's reporter's consent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeCaseStatus } from "../../src/cases/change-case-status.js";
import { mergeCase } from "../../src/cases/merge-case.js";
import type { FakeTelegramApi } from "../support/fake-telegram-api.js";
import { SimulatedChat } from "../support/simulated-chat.js";
import { skipFacts } from "../support/skip-facts.js";
import { startTelegramTestApp } from "../support/telegram-test-app.js";
import { TelegramUser, textsOf } from "../support/telegram-user.js";
import type { TestContext } from "../support/test-app.js";
import { CONVERSATIONS, type Talk } from "../unit/conversation-table.data.js";

let ctx: TestContext;
let api: FakeTelegramApi;
let app: Awaited<ReturnType<typeof startTelegramTestApp>>;
// Telegram user ids of this file only: chats are shared by all suites of the run (one database).
let nextUser = 6_900_000;

beforeAll(async () => {
  app = await startTelegramTestApp({ TELEGRAM_PER_CHAT_INTERVAL_MS: "20", TELEGRAM_GLOBAL_PER_SECOND: "500" });
  ({ ctx, api } = app);
});

afterAll(() => app.stop());

/** The pure table's placeholders, as the pipeline fills them in. */
const FILLED: Record<string, RegExp> = {
  "<caseCreated>": /Pengaduan Bapak\/Ibu sudah kami terima dengan nomor tiket PMI-/,
  "<emergencyCaseCreated>": /Pengaduan darurat sudah kami catat dengan nomor tiket PMI-/,
  "<statusLookup>": /tidak menemukan pengaduan dengan nomor PMI-7K3M9X/,
  "<officerCaseCreated>": /berbicara dengan petugas sudah kami catat dengan nomor tiket PMI-/,
};
const filled = (pattern: RegExp) => FILLED[pattern.source] ?? pattern;

/** Draft fields of the table and the case columns they become. */
const COLUMNS: Record<string, string> = {
  onBehalf: "onBehalf",
  relationship: "relationship",
  workerName: "workerName",
  workerPhone: "workerPhone",
  regionId: "originRegionId",
  country: "destinationCountry",
  urgency: "urgency",
};

const END_TO_END = [
  "assalamualaikum pak, sy kerja di taiwan (the issue's own words)",
  "sy dipukul majikan (the issue's own words)",
  "CEK PMI-XXXXXX mid-intake is looked up, and the intake goes on",
  "cek status with a wrong-shaped ticket gets the example, not the menu",
  'confirms with "nggak, sudah benar"',
  'confirms with "tidak ada tambahan"',
  'confirms with "udah itu aja"',
  "a bare 'tidak' neither sends nor cancels",
  "nama saya in the first message: the name is not asked",
  "a worker answers each question in her own words",
  "bukan pak, ini sy sendiri yg kerja (the issue's correction)",
  "a relation word alone is not a name: kakak",
  "adik saya di malaysia gajinya tidak dibayar",
  "a family mother writes at length",
  'cancels with "tidak jadi"',
  "Malay: majikan tak bagi gaji, saya nak balik",
  "facts told in the story are not asked again: PT, employer, city",
  "documents held: the passport number is asked and never shown back whole",
  "lost contact: the city in the family's own words, then employer and PT",
  "gak tau, skip: two refusals in a row and the summary comes, no third question",
  "kakak, bukan, nanti: never the employer's or the company's name",
  "berangkat bulan maret 2024: read from the story and shown in the summary",
  "the summary shows the worker's name and who the worker is to the family",
  "ya to the sector question brings the choices once; a number then answers",
  "sy nak balik tapi majikan tak bagi, passport dia pegang (dia is the employer)",
  "PETUGAS in the middle of a complaint: what was told goes to an officer now, never a name",
  "a correction at the summary changes it: the worker's number, the region, the country",
];

interface Person {
  say(text: string): Promise<string>;
  reporterId(): Promise<string>;
  chatId: string;
}

function person(talk: Talk): Person {
  if (talk.on === "wa") return new SimulatedChat(ctx);
  const user = new TelegramUser(ctx, api, nextUser++, "Ibu Sumarni");
  return { chatId: user.chatId, reporterId: () => user.reporterId(), say: async (text) => textsOf(await user.say(text)) };
}

describe("conversation table end to end (simulator for WhatsApp, fake Bot API for Telegram)", () => {
  const rows = END_TO_END.map((title) => {
    const talk = CONVERSATIONS.find((c) => c.title === title);
    if (!talk) throw new Error(`no conversation titled ${title}`);
    return [title, talk] as const;
  });

  it.each(rows)("%s", async (_title, talk) => {
    const who = person(talk);
    for (const [i, [message, reply]] of talk.turns.entries()) {
      if (typeof message !== "string") throw new Error("end-to-end rows type their answers");
      const answer = await who.say(message);
      if (reply) expect(answer, `reply to turn ${i + 1} (${message})`).toMatch(filled(reply));
      if (talk.never) expect(answer, `reply to turn ${i + 1}`).not.toMatch(talk.never);
    }
    const reporterId = await who.reporterId();
    const cases = await ctx.db.case.findMany({ where: { reporterId } });
    const inbound = await ctx.db.message.findMany({ where: { conversation: { reporterId }, direction: "IN" }, orderBy: { seq: "asc" } });
    // Nothing the reporter wrote is lost: every message stored and processed, in order.
    expect(inbound.map((m) => m.text)).toEqual(talk.turns.map(([m]) => m));
    expect(inbound.every((m) => m.state === "PROCESSED")).toBe(true);
    if (talk.noCase || !talk.stored) {
      if (talk.noCase) expect(cases).toEqual([]);
      return;
    }
    expect(cases).toHaveLength(1);
    const [stored] = cases;
    for (const [field, value] of Object.entries(talk.stored)) {
      if (COLUMNS[field]) expect(stored![COLUMNS[field] as keyof typeof stored], field).toEqual(value);
    }
    for (const field of talk.absent ?? []) if (COLUMNS[field]) expect(stored![COLUMNS[field] as keyof typeof stored], field).toBeNull();
    // The facts told (employer, P3MI, passport...) are the case's own columns, as officers edit them.
    for (const [field, value] of Object.entries(talk.toldFacts ?? (talk.stored.facts as Record<string, string> | undefined) ?? {}))
      expect(stored![field as keyof typeof stored], field).toBe(value);
    // ...and every message of the intake belongs to the case officers read.
    expect(inbound.every((m) => m.caseId === stored!.id)).toBe(true);
  });
});

/** A worker on the simulator with a finished case, its lead agency and an officer there. */
async function workerWithCase(story: string) {
  const worker = new SimulatedChat(ctx);
  await worker.say(story);
  await skipFacts((t) => worker.say(t), await worker.say("lewati"));
  const done = await worker.say("ya");
  const [created] = await worker.cases();
  expect(done).toContain(created!.ticket);
  const lead = created!.agencies.find((a) => a.role === "LEAD")!.agencyId;
  return { worker, ticket: created!.ticket, caseId: created!.id, lead };
}

async function officerOf(agencyId: string) {
  return ctx.db.officer.create({
    data: {
      agencyId,
      username: `petugas.${agencyId}.${Math.random().toString(36).slice(2, 8)}`,
      name: "Petugas Uji",
      role: "SUPERVISOR",
      passwordHash: "x",
    },
  });
}

/** A worker's case an officer of its lead agency handled and resolved (SELESAI) just now. */
async function resolvedCase(story: string) {
  const { worker, ticket, caseId, lead } = await workerWithCase(story);
  const officer = await officerOf(lead);
  await changeCaseStatus(ctx, { caseId, to: "DITANGANI", officerId: officer.id });
  await changeCaseStatus(ctx, { caseId, to: "SELESAI", officerId: officer.id });
  await worker.newReplies();
  return { worker, ticket, caseId, officer };
}

describe("after a case is resolved", () => {
  it("a reply within 14 days reopens the case for its officers instead of opening a duplicate", async () => {
    const { worker, ticket, caseId, officer } = await resolvedCase("gaji saya belum dibayar 3 bulan, saya dari lampung, kerja di malaysia");
    // Resolved after its deadline: reopening must not hand officers a deadline already past.
    await ctx.db.case.update({ where: { id: caseId }, data: { resolutionDueAt: new Date(Date.now() - 86_400_000) } });

    const answer = await worker.say("pak gaji saya ternyata belum dibayar juga sampai sekarang");
    expect(answer).toContain(`Pengaduan ${ticket} kami buka kembali`);
    const cases = await worker.cases();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ status: "DITANGANI", resolvedAt: null });
    // The resolution clock starts again: the officers get a fresh deadline, not one already past.
    expect(cases[0]!.resolutionDueAt!.getTime()).toBeGreaterThan(Date.now());
    expect(cases[0]!.events.map((e) => e.type)).toContain("REOPENED_BY_REPORTER");
    const notices = await ctx.db.officerNotification.findMany({ where: { officerId: officer.id, caseId } });
    expect(notices.map((n) => n.type)).toContain("REOPENED_BY_REPORTER");
    const reply = await ctx.db.message.findFirstOrThrow({ where: { text: "pak gaji saya ternyata belum dibayar juga sampai sekarang" } });
    expect(reply.caseId).toBe(caseId);
  });

  it("a clearly new problem asks once, and a yes opens a new case holding the first message", async () => {
    const { worker, ticket, caseId } = await resolvedCase("paspor saya ditahan agen, saya dari jakarta, kerja di taiwan");

    const story = "sekarang saya kerja di malaysia dan gaji saya tidak dibayar majikan 3 bulan";
    expect(await worker.say(story)).toContain(`Apakah ini masalah baru, berbeda dari pengaduan ${ticket}?`);
    await worker.say("iya baru");
    await worker.say("lewati");
    expect(await skipFacts((t) => worker.say(t), await worker.say("lampung"))).toMatch(/setuju data ini kami proses/);
    expect(await worker.say("ya")).toMatch(/nomor tiket PMI-/);
    const cases = await worker.cases();
    expect(cases).toHaveLength(2);
    expect(cases[0]).toMatchObject({ id: caseId, status: "SELESAI" });
    expect(cases[1]).toMatchObject({ destinationCountry: "Malaysia", kind: "GAJI" });
    const first = await ctx.db.message.findFirstOrThrow({ where: { text: story } });
    expect(first.caseId).toBe(cases[1]!.id);
  });
});

describe("ticket probing", () => {
  it("answers at most five ticket lookups or follow requests per sender in ten minutes, counted from the stored messages", async () => {
    const prober = new SimulatedChat(ctx);
    for (const ticket of ["PMI-7K3M9X", "PMI-34NTC4", "PMI-XAN9KX"]) expect(await prober.say(`CEK ${ticket}`)).toContain("tidak menemukan");
    expect(await prober.say("/ikuti PMI-4HRPY3")).toContain("sudah kami catat");
    expect(await prober.say("cek pmi 9txk4m")).toContain("tidak menemukan");
    expect(await prober.say("CEK PMI-AC3F4H")).toContain("coba lagi 10 menit lagi");
    expect(await prober.say("/ikuti PMI-AC3F4H")).toContain("coba lagi 10 menit lagi");
    // The count lives in PostgreSQL (the messages' notes), not in Redis.
    const notes = await ctx.db.message.findMany({
      where: { conversation: { chatId: prober.chatId }, direction: "IN" },
      orderBy: { seq: "asc" },
      select: { note: true },
    });
    expect(notes.map((n) => n.note)).toEqual([
      "status-lookup",
      "status-lookup",
      "status-lookup",
      "follow",
      "status-lookup",
      "status-lookup",
      "follow",
    ]);
  });
});

describe("a merged duplicate", () => {
  it("lets the duplicate's reporter see the surviving case only after that case's reporter agrees", async () => {
    const first = await workerWithCase("gaji saya dipotong agen terus, saya dari lampung, kerja di taiwan");
    const second = await workerWithCase("gaji saya dipotong agen yang sama, saya dari lampung, kerja di taiwan");
    const officer = await officerOf(first.lead);
    await mergeCase(ctx, { duplicateId: second.caseId, intoId: first.caseId, officerId: officer.id, agencyId: first.lead });

    const told = (await second.worker.newReplies()).join("\n");
    expect(told).toContain(`Kabar pengaduan ${second.ticket}`);
    expect(told).not.toContain(first.ticket);
    expect(await second.worker.say(`CEK ${second.ticket}`)).toContain("setelah pelapor pengaduan tersebut memberi izin");
    expect(await second.worker.say(`CEK ${first.ticket}`)).toContain("tidak menemukan");

    const asked = (await first.worker.newReplies()).join("\n");
    expect(asked).toContain(`Balas YA ${first.ticket} untuk mengizinkan`);
    expect(await first.worker.say(`YA ${first.ticket}`)).toContain("sekarang akan menerima kabar");
    expect((await second.worker.newReplies()).join("\n")).toContain(`Pelapor sudah memberikan persetujuan`);
    expect(await second.worker.say(`CEK ${second.ticket}`)).toContain(`Status pengaduan ${first.ticket}`);
  });
});

describe("a status lookup by the reporter", () => {
  it("says where the worker stands (abroad, before leaving, back home) when it is known", async () => {
    const { worker, ticket } = await workerWithCase("gaji saya dipotong agen, saya dari lampung, kerja di taiwan");
    const status = await worker.say(`CEK ${ticket}`);
    expect(status).toContain(`Status pengaduan ${ticket}: Diterima`);
    expect(status).toContain("Keadaan pekerja: Sedang bekerja di luar negeri.");
  });
});

describe("consent to a follow request", () => {
  it("is given by the button bound to that request; a bare 'ya' shares nothing", async () => {
    const reporter = new TelegramUser(ctx, api, nextUser++, "Sri");
    await reporter.say("gaji saya dipotong agen terus, saya dari lampung, kerja di taiwan");
    const say = async (t: string) => textsOf(await reporter.say(t));
    await skipFacts(say, await say("lewati"));
    await reporter.say("ya");
    const created = await ctx.db.case.findFirstOrThrow({ where: { reporterId: await reporter.reporterId() } });

    const follower = new SimulatedChat(ctx);
    await follower.say(`/ikuti ${created.ticket}`);
    const [request] = await reporter.waitForMessages(1);
    expect(request!.text).toContain(`Balas YA ${created.ticket} untuk mengizinkan`);
    expect(request!.buttons.map((b) => b.text)).toEqual(["YA, izinkan", "TIDAK"]);

    expect(textsOf(await reporter.say("ya"))).toContain(`balas YA ${created.ticket}`);
    expect(await follower.newReplies()).toEqual([]);
    expect(textsOf(await reporter.press("YA, izinkan", request))).toContain("sekarang akan menerima kabar");
    expect((await follower.newReplies()).join("\n")).toContain("Pelapor sudah memberikan persetujuan");
    const row = await ctx.db.caseFollower.findFirstOrThrow({ where: { caseId: created.id } });
    expect(row.verified).toBe(true);
  });
});
