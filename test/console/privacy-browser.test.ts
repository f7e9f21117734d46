import type { FastifyInstance } from "fastify";
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { changeCaseStatus } from "../../src/cases/change-case-status.js";
import { eventually, type TestContext } from "../support/test-app.js";
import { openCase, PASSWORD, type SeededOfficer } from "./console-fixtures.js";
import { useBrowserConsole, watchedPage } from "./browser-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let officers: SeededOfficer[];

useBrowserConsole(
  { officers: { tag: "webprivasi", roles: { KP2MI: "ADMIN" } } },
  (started) => ({ ctx, app, base, officers, browser } = started),
);

describe("Data Pribadi page in a real browser", () => {
  it("shows a deletion request with its deadline, approves it, and checks the audit trail", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", reporterName: "Siti Aminah", details: { nik: "1801234567890001" } });
    const deps = { db: ctx.db, queues: ctx.queues, rules: ctx.rules, updates: ctx.updates };
    await changeCaseStatus(deps, { caseId: c.id, to: "DITANGANI" });
    await changeCaseStatus(deps, { caseId: c.id, to: "SELESAI" });
    const now = new Date();
    const request = await ctx.db.deletionRequest.create({
      data: {
        reporterId: c.reporterId,
        conversationId: c.conversationId,
        requestedAt: now,
        dueAt: new Date(now.getTime() + 72 * 3600_000),
      },
    });

    const { page, errors: pageErrors } = await watchedPage(browser);
    page.on("dialog", (d) => void d.accept());
    await page.goto(base);
    await page.getByLabel("Nama pengguna").fill(officers.find((o) => o.agencyId === "KP2MI")!.username);
    await page.getByLabel("Kata sandi").fill(PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();
    await page.getByRole("heading", { name: /^Kotak Masuk/ }).waitFor();

    await page.getByRole("link", { name: "Data Pribadi" }).click();
    await page.getByRole("heading", { name: "Permintaan penghapusan data" }).waitFor();
    const row = page.getByTestId("deletion-requests").locator("tr", { hasText: c.ticket });
    const rowText = (await row.textContent()) ?? "";
    expect(rowText).toContain("Menunggu keputusan");
    // Received and decision deadline, three days apart.
    expect(rowText.match(/\d{1,2} [A-Z][a-z]{2} \d{4}/g)).toHaveLength(2);
    await row.getByRole("button", { name: "Setujui" }).click();
    await page.getByText("Data pelapor sudah dianonimkan dan pelapor diberi tahu.").waitFor();
    await page.getByTestId("deletion-requests").locator("tr", { hasText: "Disetujui" }).first().waitFor();
    await eventually(async () => (await ctx.db.deletionRequest.findUniqueOrThrow({ where: { id: request.id } })).status === "APPROVED");
    expect((await ctx.db.case.findUniqueOrThrow({ where: { id: c.id } })).nik).toBeNull();

    await page.getByRole("button", { name: "Periksa keutuhan jejak audit" }).click();
    await page
      .getByTestId("audit-result")
      .getByText(/^Utuh: \d+ catatan diperiksa/)
      .waitFor();
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
