import type { FastifyInstance } from "fastify";
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createOfficer } from "../../src/console/auth/create-officer.js";
import type { TestContext } from "../support/test-app.js";
import { PASSWORD } from "./console-fixtures.js";
import { useBrowserConsole } from "./browser-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let browser: Browser;
let base: string;

useBrowserConsole({}, (started) => ({ ctx, app, base, browser } = started));

describe("account management in the browser", () => {
  it("a supervisor creates an officer, who sets a password through the one-time link and signs in", async () => {
    await createOfficer(ctx.db, {
      username: "web-supervisor",
      name: "Supervisor Lampung",
      agencyId: "BP3MI-LA",
      role: "SUPERVISOR",
      password: PASSWORD,
    });
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(base);
    await page.getByLabel("Nama pengguna").fill("web-supervisor");
    await page.getByLabel("Kata sandi").fill(PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();
    await page.getByRole("link", { name: "Akun Petugas" }).click();
    await page.getByRole("heading", { name: "Buat akun petugas" }).waitFor();
    await page.getByLabel("Nama pengguna").fill("web.petugas.baru");
    await page.getByLabel("Nama lengkap").fill("Petugas Baru Lampung");
    await page.getByRole("button", { name: "Buat akun" }).click();
    const link = (await page.getByTestId("password-link").textContent())!;
    expect(link).toContain("/#/atur-sandi/");
    await page.getByRole("cell", { name: "web.petugas.baru" }).waitFor();

    // The new officer, in a browser of their own without a session, opens the link.
    const officer = await browser.newPage();
    await officer.goto(link);
    await officer.getByRole("heading", { name: "Atur kata sandi" }).waitFor();
    await officer.getByLabel("Kata sandi baru", { exact: true }).fill("password123");
    await officer.getByLabel("Ulangi kata sandi baru").fill("password123");
    await officer.getByRole("button", { name: "Simpan kata sandi" }).click();
    await officer.getByText(/terlalu umum/).waitFor();
    await officer.getByLabel("Kata sandi baru", { exact: true }).fill("kebun-kopi-liwa-2024");
    await officer.getByLabel("Ulangi kata sandi baru").fill("kebun-kopi-liwa-2024");
    await officer.getByRole("button", { name: "Simpan kata sandi" }).click();
    await officer.getByRole("heading", { name: "Masuk ke Konsol Pengaduan PMI" }).waitFor();
    await officer.getByLabel("Nama pengguna").fill("web.petugas.baru");
    await officer.getByLabel("Kata sandi").fill("kebun-kopi-liwa-2024");
    await officer.getByRole("button", { name: "Masuk" }).click();
    await officer.getByRole("heading", { name: /^Kotak Masuk/ }).waitFor();
    // Officers get no account management.
    expect(await officer.getByRole("link", { name: "Akun Petugas" }).isHidden()).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
