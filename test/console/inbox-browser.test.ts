import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SimulatedChat } from "../support/simulated-chat.js";
import { eventually, type TestContext } from "../support/test-app.js";
import { openCase, type SeededOfficer } from "./console-fixtures.js";
import { signInPage, useBrowserConsole, watchedPage } from "./browser-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let officers: SeededOfficer[];

useBrowserConsole({ workers: true, officers: { tag: "kotak" } }, (started) => ({ ctx, app, base, officers, browser } = started));

/** Searches and waits for the answer: the unfiltered list shown before it may hold the case too. */
async function search(page: Page, q: string, expected: number): Promise<void> {
  await page.getByLabel("Cari", { exact: true }).fill(q);
  await page.getByRole("button", { name: "Cari" }).click();
  await page.locator("p.summary", { hasText: new RegExp(`^${expected} kasus$`) }).waitFor();
}

describe("the inbox in a real browser", () => {
  it("finds a case by a word of the complaint and marks it 'Menunggu balasan', also after a reload", async () => {
    const c = await openCase(ctx, {
      regionId: "ID-LA",
      kind: "PENIPUAN_LOWONGAN",
      description: "Agen Pramudirga minta uang lagi sebelum berangkat",
    });
    await ctx.db.case.update({ where: { id: c.id }, data: { destinationCountry: "Malaysia" } });
    await new SimulatedChat(ctx, c.chatId).send("Pak, agen itu menelepon lagi <script>alert(1)</script>");
    await eventually(
      async () => (await ctx.db.case.findUniqueOrThrow({ where: { id: c.id } })).awaitingReplySince,
      20_000,
      "the reporter's message joined",
    );

    const { page, errors: pageErrors } = await watchedPage(browser);
    page.on("dialog", (d) => pageErrors.push(`dialog: ${d.message()}`));
    await signInPage(page, base, officers.find((o) => o.agencyId === "BP3MI-LA")!.username);

    await search(page, "pramudirga", 1);
    const row = page.locator(`tr[data-ticket="${c.ticket}"]`);
    await row.waitFor();
    expect(await page.locator("table.inbox tbody tr").count()).toBe(1);
    expect(await row.getByText("Menunggu balasan").isVisible()).toBe(true);
    // The preview is the reporter's latest words, shown as text; and the country.
    expect(await row.locator(".preview").textContent()).toBe("Pak, agen itu menelepon lagi <script>alert(1)</script>");
    expect(await row.getByText("Malaysia").isVisible()).toBe(true);

    // The marker lives in the database, not in the page: it is still there after a reload, in
    // the filtered list of cases waiting for an answer.
    await page.reload();
    await page.getByRole("heading", { name: /^Kotak Masuk/ }).waitFor();
    await page.getByLabel("Menunggu balasan").check();
    await search(page, "pramudirga", 1);
    await row.waitFor();
    expect(await row.getByText("Menunggu balasan").isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("filters by country and phase, says a refused search in Indonesian, and on a phone puts the list before the other filters", async () => {
    const taiwan = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", description: "Majikan Wirasaba tidak bayar gaji" });
    const korea = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", description: "Majikan Wirasaba potong gaji" });
    await ctx.db.case.update({ where: { id: taiwan.id }, data: { destinationCountry: "Taiwan", phase: "SEDANG_BEKERJA" } });
    await ctx.db.case.update({ where: { id: korea.id }, data: { destinationCountry: "Korea Selatan", phase: "SETELAH_PULANG" } });

    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await signInPage(page, base, officers.find((o) => o.agencyId === "BP3MI-LA")!.username);
    // On a phone the first screen holds the search and the list, not nine filters.
    await page.locator("table.inbox tbody tr").first().waitFor();
    expect(await page.getByLabel("Negara tujuan").isVisible()).toBe(false);
    expect(await page.getByLabel("Menunggu balasan").isVisible()).toBe(true);
    expect(await page.locator("table.inbox").evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(844);
    await page.getByRole("button", { name: "Saringan lainnya" }).click();

    await search(page, "wirasaba", 2);
    await page.getByLabel("Negara tujuan").selectOption("Taiwan");
    await page.locator("p.summary", { hasText: /^1 kasus$/ }).waitFor();
    await page.locator(`tr[data-ticket="${taiwan.ticket}"]`).waitFor();
    await page.getByLabel("Negara tujuan").selectOption("");
    await page.getByLabel("Tahap migrasi").selectOption("SETELAH_PULANG");
    await page.locator("p.summary", { hasText: /^1 kasus$/ }).waitFor();
    await page.locator(`tr[data-ticket="${korea.ticket}"]`).waitFor();
    await expect(page.getByRole("button", { name: /^Saringan lainnya/ }).textContent()).resolves.toBe("Saringan lainnya (1 aktif)");
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    // A NUL pasted into the search: the officer reads why, in Indonesian, where the list was.
    await page.getByLabel("Cari", { exact: true }).fill("agen\u0000");
    await page.getByRole("button", { name: "Cari", exact: true }).click();
    const refused = page.getByTestId("inbox-error");
    await refused.waitFor();
    expect(await refused.textContent()).toBe("Permintaan tidak valid: Kata pencarian berisi karakter yang tidak didukung.");
    expect(await page.locator("main").innerText()).not.toMatch(/Bad Request|invalid|querystring|Error/);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
