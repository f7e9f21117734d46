import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SimulatedChat } from "../support/simulated-chat.js";
import { skipFacts } from "../support/skip-facts.js";
import { eventually, type TestContext } from "../support/test-app.js";
import { openCase, type SeededOfficer } from "./console-fixtures.js";
import { signInPage, useBrowserConsole, watchedPage } from "./browser-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let officers: SeededOfficer[];
const usernameOf = (agencyId: string) => officers.find((o) => o.agencyId === agencyId)!.username;

useBrowserConsole({ workers: true, bots: true, officers: { tag: "web" } }, (started) => ({ ctx, app, base, officers, browser } = started));

const signIn = (page: Page, username: string) => signInPage(page, base, username);

describe("officer console in a real browser", () => {
  it("takes a case from a simulated chat through inbox, reply, status, referral and reports", async () => {
    const { page, errors: pageErrors } = await watchedPage(browser);
    page.on("dialog", (d) => void d.dismiss());

    // A wrong password shows the Indonesian message in the page.
    await page.goto(base);
    await page.getByLabel("Nama pengguna").fill(usernameOf("BP3MI-LA"));
    await page.getByLabel("Kata sandi").fill("salah-sekali-123");
    await page.getByRole("button", { name: "Masuk" }).click();
    await page.getByText("Nama pengguna atau kata sandi salah.").waitFor();

    await signIn(page, usernameOf("BP3MI-LA"));
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    // The run's files share one database, so BP3MI Lampung's inbox holds many cases: the officer
    // searches for this worker's name first, and the new case must appear in that open list live.
    await page.getByLabel("Cari").fill("Sulastri Peramban");
    await page.getByRole("button", { name: "Cari" }).click();

    // A worker writes on the chat channel; the case appears in the open inbox without a reload.
    const chat = new SimulatedChat(ctx);
    await chat.say("gaji sy blm dibayar 3 bln sama majikan di malaysia, sy dr lampung timur");
    await skipFacts((t) => chat.say(t), await chat.say("Sulastri Peramban"));
    const confirmation = await chat.say("ya");
    const [created] = await chat.cases();
    expect(confirmation).toContain(created!.ticket);
    const row = page.locator(`tr[data-ticket="${created!.ticket}"]`);
    await row.waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await expect(row.textContent()).resolves.toContain("Gaji tidak dibayar");

    // A follow-up message carrying markup lands on the case.
    const xss = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> tolong dibantu pak`;
    await chat.say(xss);

    await row.getByRole("link", { name: created!.ticket }).click();
    await page.getByRole("heading", { name: `Tiket ${created!.ticket}` }).waitFor();
    const thread = page.getByTestId("thread");
    await thread.getByText(xss, { exact: true }).waitFor();
    expect(await thread.locator("img[src=x], script").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    // Reply with a template, edited.
    await page.getByLabel("Templat").selectOption({ label: "Meminta dokumen" });
    await page.getByLabel("Pesan", { exact: true }).fill("Mohon kirim foto kontrak kerja dan slip gaji terakhir.");
    await page.getByRole("button", { name: "Kirim balasan" }).click();
    // Queued is not sent: the console says so, and the thread shows Terkirim once it has left.
    await page.getByText(/^Balasan dalam antrean pengiriman/).waitFor();
    const replies = await chat.newReplies();
    expect(replies.some((r) => r.includes("Mohon kirim foto kontrak kerja dan slip gaji terakhir.") && r.includes(created!.ticket))).toBe(
      true,
    );
    const officerReply = thread.locator("li.msg.out", { hasText: "Mohon kirim foto kontrak kerja dan slip gaji terakhir." });
    await officerReply.getByText(/Petugas: Petugas BP3MI-LA .* Terkirim$/).waitFor();

    // Change status: the reporter's chat receives the Indonesian status message.
    await page.getByLabel("Status baru").selectOption({ label: "Ditangani" });
    await page.getByLabel("Catatan untuk pelapor (opsional)").fill("Kami sedang menghubungi agen Bapak/Ibu.");
    await page.getByRole("button", { name: "Ubah status" }).click();
    await expect(page.getByTestId("case-status").filter({ hasText: "Ditangani" }).waitFor()).resolves.toBeUndefined();
    const statusMessages = await chat.newReplies();
    expect(statusMessages.join("\n")).toContain(`Kabar pengaduan ${created!.ticket}: statusnya sekarang Ditangani.`);
    expect(statusMessages.join("\n")).toContain("Catatan petugas: Kami sedang menghubungi agen Bapak/Ibu.");
    await thread
      .locator("li.msg.out", { hasText: "statusnya sekarang Ditangani" })
      .getByText(/Layanan otomatis .* Terkirim$/)
      .waitFor();
    await page.getByTestId("timeline").getByText("Status diubah").waitFor();

    // Refer to the social office; its officer sees the case in their inbox.
    await page.getByLabel("Instansi tujuan").selectOption("DINSOS-LA");
    await page.getByLabel("Alasan rujukan").fill("PMI perlu pendampingan sosial setelah pulang");
    await page.getByRole("button", { name: "Rujuk", exact: true }).click();
    await page.getByRole("dialog", { name: "Rujuk kasus ini?" }).getByRole("button", { name: "Ya, rujuk" }).click();
    await page.getByText("Kasus dirujuk.").waitFor();
    const referral = await chat.newReplies();
    expect(referral.join("\n")).toContain("dirujuk ke Dinas Sosial Provinsi Lampung");

    const dinsosPage = await browser.newPage({ viewport: { width: 390, height: 844 } }); // a phone
    await signIn(dinsosPage, usernameOf("DINSOS-LA"));
    const dinsosRow = dinsosPage.locator(`tr[data-ticket="${created!.ticket}"]`);
    await dinsosRow.waitFor();
    await expect(dinsosRow.textContent()).resolves.toContain("Dirujuk");
    expect(await dinsosPage.locator("#notif-count").textContent()).not.toBe("0");
    await dinsosPage.close();

    // Reports: the case is counted, and the CSV has the numbers the page shows.
    await page.getByRole("link", { name: "Laporan" }).click();
    const byKind = page.getByTestId("by-kind");
    await byKind.waitFor();
    const kindRow = byKind.locator('tr[data-key="GAJI"]');
    await kindRow.waitFor();
    const pageTotal = Number(await page.getByTestId("stat-total").locator("strong").textContent());
    const pageKind = await kindRow.locator("td.num").allTextContents();
    expect(pageTotal).toBeGreaterThanOrEqual(1);
    expect(Number(pageKind[0])).toBeGreaterThanOrEqual(1);
    const href = await page.getByTestId("csv-link").getAttribute("href");
    const csv = await page.request.get(`${base}${href}`);
    expect(csv.headers()["content-type"]).toMatch(/text\/csv/);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .map((l) => l.split(","));
    expect(lines.find((l) => l[1] === "TOTAL")?.[3]).toBe(String(pageTotal));
    expect(lines.find((l) => l[0] === "Jenis" && l[1] === "GAJI")?.slice(3)).toEqual(pageKind);
    const byStatusRows = await page
      .getByTestId("by-status")
      .locator("tbody tr")
      .evaluateAll((rows) =>
        rows.map((r) => [(r as HTMLElement).dataset.key, ...Array.from(r.querySelectorAll("td.num")).map((td) => td.textContent)]),
      );
    for (const [key, cases, resolved] of byStatusRows)
      expect(lines.find((l) => l[0] === "Status" && l[1] === key)?.slice(3)).toEqual([cases, resolved]);
    expect(byStatusRows.find(([key]) => key === "DIRUJUK")).toBeDefined();

    expect(pageErrors).toEqual([]);
    await page.close();
  }, 90_000);

  it("shows on Operasional an outbound message waiting in the queue for more than a minute, with its age", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    // No WhatsApp bot runs in this suite, so this reply stays QUEUED whatever the sweeper does.
    await ctx.db.message.create({
      data: {
        channel: "WHATSAPP",
        conversationId: c.conversationId,
        caseId: c.id,
        direction: "OUT",
        text: "Balasan yang tertahan",
        state: "QUEUED",
        createdAt: new Date(Date.now() - 7 * 60_000),
      },
    });
    const page = await browser.newPage();
    await signIn(page, usernameOf("BP3MI-LA"));
    await page.getByRole("link", { name: "Operasional" }).click();
    const row = page.getByTestId("queued-messages").locator("tr", { hasText: c.ticket });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/7 menit.*Balasan yang tertahan/);
    expect(await page.getByTestId("parked-updates").count()).toBe(0);
    await page.close();

    // A Telegram update parked after repeated failures is shown to the national level only.
    const parked = await ctx.db.telegramParkedUpdate.create({
      data: { updateId: 123456789n, update: { update_id: 123456789 }, error: "cannot be stored" },
    });
    const national = await browser.newPage();
    await signIn(national, usernameOf("KP2MI"));
    await national.getByRole("link", { name: "Operasional" }).click();
    await national.getByTestId("parked-updates").locator("tr", { hasText: "123456789" }).waitFor();
    await national.close();
    await ctx.db.telegramParkedUpdate.delete({ where: { id: parked.id } });
  });

  it("reports up to today in Western Indonesia Time, also when it is still yesterday in UTC", async () => {
    const page = await browser.newPage();
    // 00:30 WIB on 1 January 2027 is 17:30 UTC on 31 December 2026.
    await page.clock.install({ time: new Date("2026-12-31T17:30:00Z") });
    await signIn(page, usernameOf("BP3MI-LA"));
    await page.getByRole("link", { name: "Laporan" }).click();
    await page.getByTestId("csv-link").waitFor();
    await expect(page.getByLabel("Dari tanggal").inputValue()).resolves.toBe("2027-01-01");
    await expect(page.getByLabel("Sampai tanggal").inputValue()).resolves.toBe("2027-01-01");
    await page.close();
  });

  it("masks identifiers until Tampilkan is clicked, and logs out", async () => {
    const chat = new SimulatedChat(ctx);
    await chat.say("paspor saya ditahan agen di hongkong, saya asal lampung");
    // The passport number asked for a case of documents held, as the worker types it.
    expect(await chat.say("untuk saya sendiri")).toMatch(/nomor paspor/);
    await chat.say("C 7654321");
    await chat.say("lewati");
    await chat.say("ya");
    const [created] = await chat.cases();
    expect(created!.passportNumber).toBe("C7654321");
    const page = await browser.newPage();
    await signIn(page, usernameOf("BP3MI-LA"));
    await page.goto(`${base}/#/kasus/${created!.id}`);
    const passport = page.locator('[data-pii="passportNumber"]');
    await passport.waitFor();
    expect(await passport.textContent()).toBe("C7****21");
    // Nor does the thread show it: the reporter's answer is masked like the field.
    expect(await page.locator("body").innerText()).not.toContain("7654321");
    await passport.locator("xpath=following-sibling::button").click();
    await expect(eventually(async () => (await passport.textContent()) === "C7654321", 5000, "revealed")).resolves.toBe(true);
    expect(await ctx.db.caseEvent.count({ where: { caseId: created!.id, type: "REVEAL_PII" } })).toBe(1);
    // The reveal's audit entry shows in the timeline without a reload, and the number stays shown.
    await page.getByTestId("timeline").getByText("Data pribadi ditampilkan").waitFor();
    expect(await passport.textContent()).toBe("C7654321");
    await page.getByRole("button", { name: "Keluar" }).click();
    await page.getByRole("button", { name: "Masuk" }).waitFor();
    const after = await page.request.get(`${base}/api/cases`);
    expect(after.status()).toBe(401);
    await page.close();
  });

  it("signs in through the form more often than the limit of failed sign-ins: a successful sign-in does not count against it", async () => {
    const page = await browser.newPage();
    // The default limit: 10 failures per username in 15 minutes. Eleven successes in a row all get in.
    for (let i = 0; i < 11; i++) {
      await signIn(page, usernameOf("DINKES-LA"));
      await page.getByRole("button", { name: "Keluar" }).click();
      await page.getByRole("button", { name: "Masuk" }).waitFor();
    }
    await page.close();
  }, 90_000);
});
