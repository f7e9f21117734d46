import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { READ_EVENT_TYPES } from "../../src/console/audit-reads.js";
import { CASE_EVENT_LABELS, CASE_EVENT_TYPES } from "../../src/core/case-event-labels.js";
import { WORK_SECTORS } from "../../src/core/case-facts.js";
import { ALL_CASE_KINDS } from "../../src/core/case-kinds.js";
import { CASE_STATUSES, STATUS_CHANGE_WARNINGS } from "../../src/core/case-lifecycle.js";
import { CASE_PHASES } from "../../src/core/phase.js";
import type { TestContext } from "../support/test-app.js";
import { openCase, signIn } from "./console-fixtures.js";
import { signInPage, useBrowserConsole, watchedPage } from "./browser-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let username: string;

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

// A supervisor: the supervision page is theirs, and they work cases like any officer.
useBrowserConsole({ workers: true, bots: true, officers: { tag: "halaman", roles: { "BP3MI-LA": "SUPERVISOR" } } }, (started) => {
  ({ ctx, app, base, browser } = started);
  username = started.officers.find((o) => o.agencyId === "BP3MI-LA")!.username;
});

async function signedInPage(viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await watchedPage(browser, viewport);
  // The page must never fall back on the browser's own confirm(): it would be dismissed here.
  page.on("dialog", (d) => {
    errors.push(`window dialog: ${d.message()}`);
    void d.dismiss();
  });
  await signInPage(page, base, username);
  return { page, errors };
}

async function openCasePage(page: Page, c: { id: string; ticket: string }) {
  await page.goto(`${base}/#/kasus/${c.id}`);
  await page.getByRole("heading", { name: `Tiket ${c.ticket}` }).waitFor();
}

/** The reporter's follow-up messages on a case, oldest first. */
async function addMessages(c: { id: string; conversationId: string }, count: number) {
  const start = Date.now() - 3 * 3_600_000;
  for (let i = 1; i <= count; i++) {
    await ctx.db.message.create({
      data: {
        channel: "SIMULATOR",
        conversationId: c.conversationId,
        caseId: c.id,
        direction: "IN",
        text: `Pesan lanjutan nomor ${i}: majikan belum membayar gaji bulan ini juga.`,
        state: "PROCESSED",
        createdAt: new Date(start + i * 60_000),
      },
    });
  }
}

/** The thread's scroll (how far, how far it can go), its box, its last message's box and text, the composer's top. */
const threadLayout = (page: Page) =>
  page.getByTestId("thread").evaluate((el) => {
    const last = el.querySelector("li.msg:last-child")!;
    const box = el.getBoundingClientRect();
    const lastBox = last.getBoundingClientRect();
    return {
      top: el.scrollTop,
      max: el.scrollHeight - el.clientHeight,
      listTop: box.top,
      listBottom: box.bottom,
      lastTop: lastBox.top,
      lastBottom: lastBox.bottom,
      lastText: last.textContent ?? "",
      composerTop: document.querySelector("[data-testid=composer]")!.getBoundingClientRect().top,
    };
  });
const horizontalOverflow = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

describe("the case page flows", () => {
  it("opens the thread at the newest message with the composer under it, and shows the officer's own reply after sending", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", workerName: "Ratna Gulir" });
    // A long conversation: more messages than the thread shows at once, the last one a shared location.
    await addMessages(c, 24);
    await ctx.db.message.create({
      data: {
        channel: "SIMULATOR",
        conversationId: c.conversationId,
        caseId: c.id,
        direction: "IN",
        kind: "location",
        text: null,
        state: "PROCESSED",
      },
    });

    const { page, errors } = await signedInPage(DESKTOP);
    await openCasePage(page, c);
    const thread = page.getByTestId("thread");
    await thread.getByText("Pesan lanjutan nomor 24", { exact: false }).waitFor();

    // Opened at the end: the newest message, not the oldest, is in view, and the composer sits
    // under it on the first screen. Measured in one step: a live redraw cannot fall between.
    const opened = await threadLayout(page);
    expect(opened.max).toBeGreaterThan(0);
    expect(opened.top).toBeGreaterThanOrEqual(opened.max - 2);
    expect(opened.composerTop).toBeGreaterThanOrEqual(opened.lastBottom - 1);
    expect(opened.lastBottom).toBeLessThanOrEqual(DESKTOP.height);
    // The attachment kind reads in Indonesian.
    expect(opened.lastText).toContain("(lokasi)");
    expect(await thread.textContent()).not.toContain("(location)");

    // The officer scrolls up to read, then replies: the reply is shown at the end.
    await thread.evaluate((el) => (el.scrollTop = 0));
    await page.getByLabel("Pesan", { exact: true }).fill("Baik, kami hubungi agensinya hari ini.");
    await page.getByRole("button", { name: "Kirim balasan" }).click();
    const reply = thread.locator("li.msg.out", { hasText: "Baik, kami hubungi agensinya hari ini." });
    await reply.getByText(/Terkirim$/).waitFor();
    const replied = await threadLayout(page);
    expect(replied.lastText).toContain("Baik, kami hubungi agensinya hari ini.");
    expect(replied.top).toBeGreaterThanOrEqual(replied.max - 2);
    expect(replied.lastBottom).toBeLessThanOrEqual(replied.listBottom + 1);
    expect(replied.lastTop).toBeGreaterThanOrEqual(replied.listTop - 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("asks before closing: cancel keeps the status, confirm changes it", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", workerName: "Wulan Tutup" });
    const { page, errors } = await signedInPage(DESKTOP);
    await openCasePage(page, c);
    const status = page.getByTestId("case-status");
    await expect(status.textContent()).resolves.toBe("Diterima");

    await page.getByLabel("Status baru").selectOption({ label: "Ditutup" });
    await page.getByRole("button", { name: "Ubah status" }).click();
    const dialog = page.getByRole("dialog", { name: "Ubah status menjadi Ditutup?" });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain(`Kasus ${c.ticket} akan berstatus Ditutup`);
    // The warning is the server's (served with the transitions), not a text of the page.
    await expect(dialog.textContent()).resolves.toContain(STATUS_CHANGE_WARNINGS.DITUTUP);
    // "Batal" has the focus first: Enter on an unexpected dialog does not close the case.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Batal");
    await dialog.getByRole("button", { name: "Batal" }).click();
    await dialog.waitFor({ state: "detached" });
    expect((await ctx.db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("DITERIMA");
    expect(await ctx.db.caseEvent.count({ where: { caseId: c.id, type: "STATUS_CHANGED" } })).toBe(0);
    await expect(status.textContent()).resolves.toBe("Diterima");

    await page.getByRole("button", { name: "Ubah status" }).click();
    await dialog.getByRole("button", { name: "Ya, ubah menjadi Ditutup" }).click();
    await status.filter({ hasText: "Ditutup" }).waitFor();
    expect((await ctx.db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("DITUTUP");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists the likely agencies first for referral, and asks before referring and merging", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", workerName: "Sari Rujuk" });
    const { page, errors } = await signedInPage(DESKTOP);
    await openCasePage(page, c);

    // Lampung's wage agreement: the labour office first, then the province's other offices.
    const select = page.getByLabel("Instansi tujuan");
    const groups = await select
      .locator("optgroup")
      .evaluateAll((els) =>
        els.map((g) => ({ label: g.getAttribute("label"), ids: [...g.querySelectorAll("option")].map((o) => o.value) })),
      );
    expect(groups[0]).toEqual({ label: "Sesuai daerah dan jenis kasus", ids: ["DISNAKER-LA"] });
    expect(groups[1]!.label).toBe("Instansi lain di daerah asal");
    expect(groups[1]!.ids).toContain("DINSOS-LA");
    expect(groups[1]!.ids.every((id) => id.endsWith("-LA"))).toBe(true);
    expect(groups[2]!.ids[0]).toBe("KP2MI");
    expect(await select.inputValue()).toBe("DISNAKER-LA");

    await select.selectOption("DINSOS-LA");
    await page.getByLabel("Alasan rujukan").fill("Perlu pendampingan sosial");
    await page.getByRole("button", { name: "Rujuk", exact: true }).click();
    const refer = page.getByRole("dialog", { name: "Rujuk kasus ini?" });
    await expect(refer.textContent()).resolves.toContain("Dinas Sosial Provinsi Lampung");
    await refer.getByRole("button", { name: "Batal" }).click();
    await refer.waitFor({ state: "detached" });
    expect(await ctx.db.caseAgency.count({ where: { caseId: c.id, agencyId: "DINSOS-LA" } })).toBe(0);

    await page.getByLabel("Gabungkan kasus ini ke tiket").fill("PMI-ZZZZZZ");
    await page.getByRole("button", { name: "Gabungkan" }).click();
    const merge = page.getByRole("dialog", { name: "Gabungkan kasus ini?" });
    await expect(merge.textContent()).resolves.toContain("digabungkan ke tiket PMI-ZZZZZZ");
    await page.keyboard.press("Escape");
    await merge.waitFor({ state: "detached" });
    expect((await ctx.db.case.findUniqueOrThrow({ where: { id: c.id } })).mergedIntoId).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("has keyboard shortcuts, listed on ?, that stay quiet while the officer types", async () => {
    await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", workerName: "Dewi Pintas" });
    await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", workerName: "Tuti Pintas" });
    const { page, errors } = await signedInPage(DESKTOP);
    // The inbox heading shows before its rows: wait for the two cases to be listed.
    await page.locator("tr[data-case-id]").nth(1).waitFor();
    const ids = await page.locator("tr[data-case-id]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-case-id")!));
    expect(ids.length).toBeGreaterThan(1);
    await page.locator(`tr[data-case-id="${ids[0]}"] a`).click();
    await page.getByTestId("composer").waitFor();

    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Pintasan papan ketik" });
    await help.waitFor();
    for (const text of ["Kasus berikutnya di kotak masuk", "Tulis balasan untuk pelapor", "Ubah status"])
      await help.getByText(text).waitFor();
    await page.keyboard.press("Escape");
    await help.waitFor({ state: "detached" });

    // Reply: the composer takes the focus; keys typed there are text.
    await page.keyboard.press("r");
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.name)).toBe("reply");
    await page.keyboard.type("s? j");
    expect(await page.getByLabel("Pesan", { exact: true }).inputValue()).toBe("s? j");
    expect(await help.count()).toBe(0);
    expect(page.url()).toBe(`${base}/#/kasus/${ids[0]}`);

    // Status: the status choice takes the focus.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press("s");
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name)).toBe("status");

    // Next and previous case in the inbox list the officer came from.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press("j");
    await page.waitForURL(`${base}/#/kasus/${ids[1]}`);
    // The next case's page, not the one still on screen while it loads, takes the keys.
    const next = await ctx.db.case.findUniqueOrThrow({ where: { id: ids[1]! }, select: { ticket: true } });
    await page.getByRole("heading", { name: `Tiket ${next.ticket}` }).waitFor();
    await page.keyboard.press("k");
    await page.waitForURL(`${base}/#/kasus/${ids[0]}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says how late a passed deadline is while the case is open, and no longer once it is resolved", async () => {
    const c = await openCase(ctx, {
      regionId: "ID-LA",
      kind: "GAJI",
      workerName: "Rani Tenggat",
      now: new Date(Date.now() - 30 * 86_400_000),
    });
    const { page, errors } = await signedInPage(DESKTOP);
    await openCasePage(page, c);
    await expect.poll(() => page.locator(".clocks").innerText()).toContain("· terlambat");
    // Which statuses are resolved is the server's rule (served with the statuses in /api/reference).
    await ctx.db.case.update({ where: { id: c.id }, data: { status: "SELESAI", resolvedAt: new Date() } });
    await page.reload();
    await page.getByTestId("case-status").filter({ hasText: "Selesai" }).waitFor();
    expect(await page.locator(".clocks").innerText()).not.toContain("terlambat");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits a phone: case actions first; agreements, supervision, template, account and directory tables stay on the screen", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", workerName: "Yuni Ponsel" });
    await addMessages(c, 20);
    // Opened a month ago: overdue, so the supervision page lists it in its second table.
    await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", workerName: "Lina Terlambat", now: new Date(Date.now() - 30 * 86_400_000) });
    const { page, errors } = await signedInPage(PHONE);

    await openCasePage(page, c);
    const [statusTop, threadTop, detailsTop] = await page.evaluate(() =>
      ["[data-testid=status-form]", "[data-testid=thread]", "[data-panel=summary]"].map(
        (s) => document.querySelector(s)!.getBoundingClientRect().top,
      ),
    );
    expect(statusTop).toBeLessThan(threadTop!);
    expect(threadTop).toBeLessThan(detailsTop!);
    // Who handles the case is an action too: right under the status change, folded to one line
    // that says who it is; opened, it offers to claim the case. The parties fold like the records.
    const assignment = page.locator("[data-panel=assignment]");
    expect(await assignment.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(statusTop!);
    expect(await assignment.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThan(threadTop!);
    expect(await assignment.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await expect(assignment.locator("summary").textContent()).resolves.toBe("Penugasan · belum ditugaskan");
    expect(await page.locator("[data-panel=parties]").evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await assignment.locator("summary").click();
    await assignment.getByRole("button", { name: "Ambil kasus ini" }).click();
    await page.locator("[data-panel=assignment] summary", { hasText: "Penugasan · Petugas BP3MI-LA" }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const height = await page.evaluate(() => document.scrollingElement!.scrollHeight);
    expect(height).toBeLessThan(2400);

    await page.goto(`${base}/#/kesepakatan`);
    await page.getByTestId("agreements").locator("tbody tr").first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.goto(`${base}/#/supervisi`);
    await page.getByTestId("workload").locator("tbody tr").first().waitFor();
    await page.getByTestId("overdue").locator("tbody tr").first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // The supervisor's other tables (reply templates, accounts, the missions directory) stack too.
    for (const [path, heading] of [
      ["#/templat", /^Templat balasan/],
      ["#/petugas", /^Akun petugas/],
      ["#/direktori", /^Direktori Perwakilan RI/],
    ] as const) {
      await page.goto(`${base}/${path}`);
      await page.getByRole("heading", { name: heading }).waitFor();
      await page.locator("main table.stack tbody tr").first().waitFor();
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
  it("shows no raw code in the timeline: every event the server writes reads in Indonesian", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", workerName: "Nining Linimasa" });
    const duplicate = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", workerName: "Nining Linimasa" });
    // The officer's own actions, through the API the page uses: each writes its event as in production.
    const api = await signIn(app, username);
    const ok = async (request: Promise<{ statusCode: number; body: string }>) => {
      const res = await request;
      expect(res.statusCode, res.body).toBeLessThan(300);
    };
    await ok(api.post(`/api/cases/${c.id}/reply`, { text: "Kami sedang memeriksa pengaduan Ibu." }));
    await ok(api.post(`/api/cases/${c.id}/notes`, { text: "Sudah telepon agensi." }));
    await ok(api.post(`/api/cases/${c.id}/status`, { to: "DIVERIFIKASI" }));
    await ok(api.post(`/api/cases/${c.id}/classification`, { kind: "PHK_KONTRAK", urgency: "HIGH" }));
    await ok(api.post(`/api/cases/${c.id}/facts`, { workSector: "PERAWAT", passportNumber: "C1234567", destinationCountry: "Taiwan" }));
    await ok(api.post(`/api/cases/${c.id}/phase`, { phase: "SETELAH_PULANG" }));
    await ok(api.post(`/api/cases/${c.id}/claim`));
    await ok(api.post(`/api/cases/${c.id}/parties`, { agencyId: "DINSOS-LA", reason: "Pendampingan sosial" }));
    await ok(api.post(`/api/cases/${c.id}/reveal`, { field: "passportNumber" }));
    await ok(api.post(`/api/cases/${duplicate.id}/merge`, { intoTicket: c.ticket }));
    await ok(api.post(`/api/cases/${c.id}/refer`, { agencyId: "DISNAKER-LA", reason: "Sengketa kontrak kerja" }));
    // Every other type the server can write (intake, follow flow, SLA, privacy, retention), as their writers leave it.
    const written = new Set((await ctx.db.caseEvent.findMany({ where: { caseId: c.id }, select: { type: true } })).map((e) => e.type));
    for (const type of CASE_EVENT_TYPES.filter((t) => !written.has(t)))
      await ctx.db.caseEvent.create({
        data: { caseId: c.id, type, ...(type === "REOPENED_BY_REPORTER" ? { fromStatus: "SELESAI", toStatus: "DITANGANI" } : {}) },
      });

    // BP3MI Lampung referred the case on and stays a supporting party: its officer reads the timeline.
    const { page, errors } = await signedInPage(DESKTOP);
    await openCasePage(page, c);
    const timeline = page.getByTestId("timeline");
    await timeline.getByText("Dirujuk", { exact: true }).waitFor();
    const shown = await timeline.innerText();
    for (const type of CASE_EVENT_TYPES.filter((t) => !READ_EVENT_TYPES.includes(t))) expect(shown).toContain(CASE_EVENT_LABELS[type]);
    const codes = [
      ...CASE_EVENT_TYPES,
      ...CASE_STATUSES,
      ...ALL_CASE_KINDS,
      ...CASE_PHASES,
      ...Object.keys(WORK_SECTORS).filter((k) => k !== "ABK" && k !== "PRT"),
    ];
    expect(codes.filter((code) => new RegExp(`\\b${code}\\b`).test(shown))).toEqual([]);
    expect(shown).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/);
    expect(shown).toContain("Sektor pekerjaan: – → Perawat lansia / caregiver");
    expect(shown).not.toContain("1234567");
    expect(errors).toEqual([]);
    await page.close();
  });
});
