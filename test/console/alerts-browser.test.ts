import type { FastifyInstance } from "fastify";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { escalateBreach } from "../../queues/sla-worker.js";
import { SimulatedChat } from "../support/simulated-chat.js";
import { eventually, type TestContext } from "../support/test-app.js";
import { openCase, type SeededOfficer } from "./console-fixtures.js";
import { signInPage, useBrowserConsole } from "./browser-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let officers: SeededOfficer[];
const officerOf = (agencyId: string) => officers.find((o) => o.agencyId === agencyId)!;

useBrowserConsole(
  { workers: true, bots: true, officers: { tag: "sirene" } },
  (started) => ({ ctx, app, base, officers, browser } = started),
);

interface Recorded {
  __notified: { title: string; body: string }[];
  __tones: number;
}

/**
 * A browser profile where the officer allowed notifications. The page's Notification and
 * OscillatorNode are wrapped to record what the console asked the browser for (headless
 * Chromium shows no desktop and plays into no speaker).
 */
async function allowingContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["notifications"], { origin: base });
  await context.addInitScript(() => {
    const w = window as unknown as Recorded;
    w.__notified = [];
    w.__tones = 0;
    const Real = window.Notification;
    window.Notification = class extends Real {
      constructor(title: string, options?: NotificationOptions) {
        w.__notified.push({ title, body: options?.body ?? "" });
        super(title, options);
      }
    } as typeof Notification;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args: Parameters<typeof start>) {
      w.__tones += 1;
      return start.apply(this, args);
    };
  });
  return context;
}

const recorded = (page: Page) =>
  page.evaluate(() => ({ notified: (window as unknown as Recorded).__notified, tones: (window as unknown as Recorded).__tones }));

async function reportEmergency(text: string) {
  const chat = new SimulatedChat(ctx);
  await chat.say(text);
  const [created] = await chat.cases();
  expect(created!.urgency).toBe("EMERGENCY");
  return created!;
}

const noticeOf = (caseId: string) =>
  ctx.db.officerNotification.findFirstOrThrow({ where: { caseId, officerId: officerOf("BP3MI-LA").id } });

describe("emergency alerts in the officer's open console", () => {
  it("an officer with the inbox open gets the alert live: banner, tab title count, desktop notification and sound; opening it marks it read", async () => {
    const context = await allowingContext();
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await signInPage(page, base, officerOf("BP3MI-LA").username);
    expect(await page.evaluate(() => Notification.permission)).toBe("granted");
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    // A click on the page, as an officer's first one, lets the browser play sound.
    await page.getByRole("heading", { name: /^Kotak Masuk/ }).click();

    const first = await reportEmergency("tolong saya dipukuli majikan setiap hari di malaysia, saya dari lampung timur");
    const banner = page.locator("#alert-banner");
    const link = banner.getByRole("link", { name: new RegExp(first.ticket) });
    await link.waitFor({ timeout: 15_000 });
    expect(await banner.getAttribute("role")).toBe("alert");
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await page.title()).toMatch(/^\(\d+\) Konsol Pengaduan PMI$/);
    const unread = Number(/^\((\d+)\)/.exec(await page.title())![1]);
    expect(unread).toBeGreaterThanOrEqual(1);
    expect(await page.locator("#notif-count").textContent()).toBe(String(unread));
    const heard = await recorded(page);
    expect(heard.notified).toContainEqual({ title: "Kasus darurat", body: expect.stringContaining(first.ticket) });
    expect(heard.tones).toBeGreaterThan(0);

    // Opening the alert goes to the case and marks that notice read.
    await link.click();
    await page.getByRole("heading", { name: `Tiket ${first.ticket}` }).waitFor();
    await eventually(async () => (await noticeOf(first.id)).readAt, 5_000, "notice read");
    await page.locator("#notif-button").click();
    await page.locator("#notif-panel li.read", { hasText: first.ticket }).waitFor();

    // The officer turns the sound off (kept in this browser); the next alert is shown but silent.
    await page.getByLabel("Bunyikan suara untuk kasus darurat").uncheck();
    expect(await page.evaluate(() => localStorage.getItem("pmi.suaraDarurat"))).toBe("mati");
    const tonesBefore = (await recorded(page)).tones;
    const second = await reportEmergency("sy disiksa majikan di taiwan tolong, saya asal lampung selatan");
    await page.locator("#notif-panel li.unread.alert", { hasText: second.ticket }).waitFor({ timeout: 15_000 });
    await banner.getByRole("link", { name: new RegExp(second.ticket) }).waitFor();
    const after = await recorded(page);
    expect(after.tones).toBe(tonesBefore);
    expect(after.notified.some((n) => n.body.includes(second.ticket))).toBe(true);

    // Clicking the notice in the panel marks it read too.
    await page.locator("#notif-panel li", { hasText: second.ticket }).getByRole("link").click();
    await page.getByRole("heading", { name: `Tiket ${second.ticket}` }).waitFor();
    await eventually(async () => (await noticeOf(second.id)).readAt, 5_000, "second notice read");

    // A reload keeps the setting off.
    await page.reload();
    await page.locator("#notif-button").click();
    expect(await page.getByLabel("Bunyikan suara untuk kasus darurat").isChecked()).toBe(false);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 90_000);

  it("asks for desktop notifications only when the officer presses the button, never on page load", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInPage(page, base, officerOf("BP3MI-LA").username);
    expect(await page.evaluate(() => Notification.permission)).toBe("default");
    await page.locator("#notif-button").click();
    await page.locator("#notif-panel").getByRole("button", { name: "Izinkan pemberitahuan desktop untuk kasus darurat" }).waitFor();
    // An alert offers it too, beside the banner's text.
    const created = await reportEmergency("tolong kakak saya disekap agen di malaysia, kami dari lampung tengah");
    const banner = page.locator("#alert-banner");
    await banner.getByRole("link", { name: new RegExp(created.ticket) }).waitFor({ timeout: 15_000 });
    await banner.getByRole("button", { name: "Izinkan pemberitahuan desktop untuk kasus darurat" }).waitFor();
    expect(await page.evaluate(() => Notification.permission)).toBe("default");
    await context.close();
  }, 60_000);
  it("an emergency re-routed from the national queue reaches the open inbox of BP3MI Lampung, not of another province, with the move in the timeline", async () => {
    const lampung = await (await allowingContext()).newPage();
    const jakarta = await (await allowingContext()).newPage();
    await signInPage(lampung, base, officerOf("BP3MI-LA").username);
    await signInPage(jakarta, base, officerOf("BP3MI-JK").username);
    await lampung.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const unreadIn = async (page: Page) => Number(await page.locator("#notif-count").textContent());
    const jakartaBefore = await unreadIn(jakarta);

    // No region yet: the national desk holds it. The worker then says where they come from.
    const chat = new SimulatedChat(ctx);
    await chat.say("tolong sy disekap majikan tdk boleh keluar rumah");
    const [created] = await chat.cases();
    expect(created!.agencies.map((a) => a.agencyId)).toEqual(["KP2MI"]);
    await chat.say("saya di kuala lumpur malaysia, sekarang di kamar dikunci");
    await chat.say("Siti Aminah");
    await chat.say("saya dari lampung timur");

    // Lampung's open inbox: the alert, the tab title count, the case in the list, no reload.
    const banner = lampung.locator("#alert-banner");
    await banner
      .getByRole("link", { name: new RegExp(`penanggung jawab utama kasus darurat ${created!.ticket}`) })
      .waitFor({ timeout: 15_000 });
    await lampung.locator(`tr[data-ticket="${created!.ticket}"]`).waitFor();
    expect(await lampung.title()).toBe(`(${await unreadIn(lampung)}) Konsol Pengaduan PMI`);
    expect(await lampung.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect((await recorded(lampung)).notified.some((n) => n.body.includes(created!.ticket))).toBe(true);

    // The timeline says who leads now, and why.
    await banner.getByRole("link", { name: new RegExp(created!.ticket) }).click();
    const timeline = lampung.getByTestId("timeline");
    await timeline.getByText("Penanggung jawab utama berpindah", { exact: true }).waitFor();
    expect(await timeline.innerText()).toMatch(/ke BP3MI Lampung\. Daerah asal dilengkapi pelapor: Provinsi Lampung/);

    // Jakarta's console, open all along, heard nothing of it.
    expect(await unreadIn(jakarta)).toBe(jakartaBefore);
    expect(await jakarta.locator("#alert-banner").isHidden()).toBe(true);
    expect((await recorded(jakarta)).notified).toEqual([]);
    await lampung.context().close();
    await jakarta.context().close();
  }, 90_000);

  it("an SLA breach is a notice for every officer of the lead agency, counted live in the tab title", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", workerName: "Rina Tenggat" });
    const page = await browser.newPage();
    await signInPage(page, base, officerOf("BP3MI-LA").username);
    const before = Number(await page.locator("#notif-count").textContent());

    // The first-response deadline passes: the SLA timer (or the sweeper) escalates it.
    const dueAt = new Date(Date.now() - 60_000);
    await ctx.db.case.update({ where: { id: c.id }, data: { firstResponseDueAt: dueAt } });
    // (The sweeper, running in this process every minute, may find it first: then this is a no-op.)
    await escalateBreach(ctx, { caseId: c.id, clock: "first-response", dueAt }, new Date());

    await page.locator("#notif-count", { hasText: String(before + 1) }).waitFor({ timeout: 15_000 });
    expect(await page.title()).toBe(`(${before + 1}) Konsol Pengaduan PMI`);
    await page.locator("#notif-button").click();
    const notice = page.locator("#notif-panel li.unread", { hasText: c.ticket });
    await expect(notice.textContent()).resolves.toMatch(
      new RegExp(`^Tiket ${c.ticket} melewati batas waktu respons pertama \\(.+\\)\\. Mohon segera ditindaklanjuti\\.`),
    );
    // Every active officer of the lead agency has it, and no one of an agency not leading the case.
    const noticed = await ctx.db.officerNotification.findMany({
      where: { caseId: c.id, type: "SLA_BREACHED" },
      select: { officerId: true },
    });
    const lampung = await ctx.db.officer.findMany({ where: { agencyId: "BP3MI-LA", active: true }, select: { id: true } });
    expect(noticed.map((n) => n.officerId).sort()).toEqual(lampung.map((o) => o.id).sort());

    await notice.getByRole("link").click();
    await page.getByRole("heading", { name: `Tiket ${c.ticket}` }).waitFor();
    await page.locator("#notif-count", { hasText: String(before) }).waitFor();
    await page.close();
  }, 60_000);
});
