import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { TestContext } from "../support/test-app.js";
import { signInPage, useBrowserConsole, watchedPage } from "./browser-fixtures.js";
import { openCase, type SeededOfficer } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let officers: SeededOfficer[];
const userOf = (agencyId: string) => officers.find((o) => o.agencyId === agencyId)!.username;

useBrowserConsole(
  { officers: { tag: "webfase", roles: { KP2MI: "ADMIN", "DISKOMINFOTIK-JK": "SUPERVISOR" } } },
  (started) => ({ ctx, app, base, officers, browser } = started),
);

async function pageFor(username: string): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await watchedPage(browser);
  await signInPage(page, base, username);
  return { page, errors };
}

describe("directory page in a real browser", () => {
  it("flags an entry 'periksa sebelum dipakai' until an admin confirms it; the admin's edit is audited", async () => {
    const { page: officerPage } = await pageFor(userOf("BP3MI-LA"));
    await officerPage.getByRole("link", { name: "Perwakilan RI" }).click();
    const officerRow = officerPage.locator("tr[data-mission=KBRI-MUSCAT]");
    expect(await officerRow.textContent()).toContain("periksa sebelum dipakai");
    // An officer reads; only an admin has the buttons.
    expect(await officerRow.getByRole("button").count()).toBe(0);
    await officerPage.close();

    const { page, errors } = await pageFor(userOf("KP2MI"));
    await page.getByRole("link", { name: "Perwakilan RI" }).click();
    const row = page.locator("tr[data-mission=KBRI-MUSCAT]");
    await row.getByRole("button", { name: "Ubah" }).click();
    await page.getByLabel("Telepon").fill("+968 2464 4104");
    await page.getByLabel("Catatan").fill("diperiksa lewat telepon");
    await page.getByRole("button", { name: "Simpan" }).click();
    await page.getByText("Perubahan tersimpan. Data perlu dikonfirmasi lagi.").waitFor();
    // Edited, still to be confirmed.
    await row.getByText("+968 2464 4104").waitFor();
    expect(await row.textContent()).toContain("periksa sebelum dipakai");

    await row.getByRole("button", { name: "Konfirmasi" }).click();
    await row.getByText("Sudah dikonfirmasi").waitFor();
    expect(await row.textContent()).not.toContain("periksa sebelum dipakai");
    expect(await row.getByRole("button", { name: "Konfirmasi" }).count()).toBe(0);

    const changes = await ctx.db.directoryChange.findMany({ where: { entityId: "KBRI-MUSCAT" }, orderBy: { createdAt: "asc" } });
    const admin = officers.find((o) => o.agencyId === "KP2MI")!;
    expect(changes.map((c) => [c.action, c.officerId])).toEqual([
      ["EDIT", admin.id],
      ["CONFIRM", admin.id],
    ]);
    expect((changes[0]!.after as { phone: string }).phone).toBe("+968 2464 4104");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the routing basis on the case page", () => {
  it("says the DKI agreement has expired, and a phase change tells which office the agreements now give", async () => {
    // Stranded, from Jakarta, phase unknown: the social office leads (DKI annex).
    const c = await openCase(ctx, { regionId: "ID-JK", kind: "TERLANTAR", description: "uang habis" });
    const { page, errors } = await pageFor(userOf("DINSOS-JK"));
    await page.goto(`${base}/#/kasus/${c.id}`);
    const basis = page.getByTestId("routing-basis");
    await basis.getByTestId("agreement-expired").waitFor();
    expect(await basis.getByTestId("agreement-expired").textContent()).toBe(
      "Perjanjian kerja sama yang menjadi dasar rute ini berakhir pada 20 Januari 2026 — periksa dasar penanganannya.",
    );
    expect(await basis.getByTestId("reroute-note").count()).toBe(0);

    await basis.getByLabel("Tahap").selectOption("SEDANG_BEKERJA");
    await basis.getByRole("button", { name: "Simpan tahap" }).click();
    await page.getByTestId("reroute-note").waitFor();
    expect(await page.getByTestId("reroute-note").textContent()).toContain("BP3MI");
    await page.getByText("Tahap migrasi diubah").first().waitFor();
    expect((await ctx.db.case.findUniqueOrThrow({ where: { id: c.id } })).phase).toBe("SEDANG_BEKERJA");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("reply templates in a real browser", () => {
  it("a supervisor adds and edits a template with placeholders; the composer inserts it filled; retired, it is no longer offered", async () => {
    const c = await openCase(ctx, { regionId: "ID-JK", kind: "GAJI", reporterName: "Wulan Sari" });
    await ctx.db.caseAgency.create({ data: { caseId: c.id, agencyId: "DISKOMINFOTIK-JK", role: "SUPPORT" } });
    const { page, errors } = await pageFor(userOf("DISKOMINFOTIK-JK"));
    await page.getByRole("link", { name: "Templat Balasan" }).click();
    const form = page.getByTestId("template-new");
    await form.getByLabel("Judul").fill("Salam dari kantor");
    await form.getByLabel("Isi").fill("Bapak/Ibu {nama}, pengaduan {tiket} sedang kami periksa.");
    await form.getByRole("button", { name: "Tambah templat" }).click();
    await page.getByTestId("templates").getByText("Salam dari kantor").waitFor();
    // The supervisor edits it: the office's name goes in too.
    await page.getByTestId("templates").locator("tr", { hasText: "Salam dari kantor" }).getByRole("button", { name: "Ubah" }).click();
    const edit = page.getByTestId("template-edit");
    await edit.getByLabel("Isi").fill("Bapak/Ibu {nama}, pengaduan {tiket} kini juga dibantu {kantor}.");
    await edit.getByRole("button", { name: "Simpan" }).click();
    await page.getByTestId("templates").getByText("Bapak/Ibu {nama}, pengaduan {tiket} kini juga dibantu {kantor}.").waitFor();

    await page.goto(`${base}/#/kasus/${c.id}`);
    const select = page.locator("select[name=template]");
    await select.waitFor();
    await select.selectOption({ label: "Salam dari kantor" });
    const reply = page.locator("textarea[name=reply]");
    await expect
      .poll(() => reply.inputValue())
      .toBe(
        `Bapak/Ibu Wulan Sari, pengaduan ${c.ticket} kini juga dibantu Dinas Komunikasi, Informatika dan Statistik Provinsi DKI Jakarta.`,
      );

    await page.goto(`${base}/#/templat`);
    const row = page.getByTestId("templates").locator("tr", { hasText: "Salam dari kantor" });
    await row.getByRole("button", { name: "Pensiunkan" }).click();
    await row.getByText("Dipensiunkan").waitFor();
    await page.goto(`${base}/#/kasus/${c.id}`);
    await page.locator("select[name=template]").waitFor();
    expect(await page.locator("select[name=template] option", { hasText: "Salam dari kantor" }).count()).toBe(0);
    const changes = await ctx.db.replyTemplateChange.findMany({
      where: { template: { title: "Salam dari kantor" } },
      orderBy: { createdAt: "asc" },
    });
    expect(changes.map((c) => c.action)).toEqual(["CREATE", "EDIT", "RETIRE"]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
