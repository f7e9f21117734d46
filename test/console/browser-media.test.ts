import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SimulatedChat } from "../support/simulated-chat.js";
import { tinyPdf } from "../support/tiny-pdf.js";
import type { TestContext } from "../support/test-app.js";
import type { SeededOfficer } from "./console-fixtures.js";
import { signInPage, useBrowserConsole, watchedPage } from "./browser-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let officers: SeededOfficer[];

/** Half a second of silence as an 8 kHz, 8-bit mono WAV: a sound file Chromium decodes anywhere. */
function silentWav(): Buffer {
  const samples = 4000;
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + samples, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write("data", 36);
  header.writeUInt32LE(samples, 40);
  return Buffer.concat([header, Buffer.alloc(samples, 128)]);
}
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

useBrowserConsole(
  { workers: true, bots: true, officers: { tag: "media" }, chromiumArgs: ["--autoplay-policy=no-user-gesture-required"] },
  (started) => ({ ctx, app, base, officers, browser } = started),
);

const signIn = (page: Page, username: string) => signInPage(page, base, username);

describe("the case page in a real browser", () => {
  it("plays a reporter's voice note and shows their photo; the officer re-classifies the case", async () => {
    // A worker who only sends a voice note, answers two short questions, then sends a photo.
    const chat = new SimulatedChat(ctx);
    await chat.send("", { kind: "voice", attachments: [{ mime: "audio/wav", data: silentWav() }] });
    await chat.send("lampung timur");
    await chat.send("malaysia");
    await chat.send("ya");
    await chat.send("", { kind: "image", attachments: [{ mime: "image/png", fileName: "kontrak.png", data: PNG }] });
    await chat.settle();
    const [created] = await chat.cases();
    expect(created).toMatchObject({ kind: "LAINNYA", originRegionId: "ID-LA" });

    const { page, errors: pageErrors } = await watchedPage(browser);
    await signIn(page, officers.find((o) => o.agencyId === "BP3MI-LA")!.username);
    await page.goto(`${base}/#/kasus/${created!.id}`);
    await page.getByRole("heading", { name: `Tiket ${created!.ticket}` }).waitFor();

    const thread = page.getByTestId("thread");
    const audio = thread.locator("audio");
    await audio.waitFor();
    // The browser loaded and decoded the file: it knows its length (half a second).
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLAudioElement>("[data-testid=thread] audio");
      return !!el && el.readyState >= 1 && el.duration > 0;
    });
    expect(await audio.evaluate((el: HTMLAudioElement) => el.duration)).toBeCloseTo(0.5, 1);
    expect(await audio.evaluate((el: HTMLAudioElement) => el.play().then(() => true))).toBe(true);

    const photo = thread.locator("img");
    await photo.waitFor();
    await page.waitForFunction(() => (document.querySelector<HTMLImageElement>("[data-testid=thread] img")?.naturalWidth ?? 0) > 0);
    expect(await photo.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1);

    // The officer re-classifies it; the timeline says so.
    await page.getByLabel("Jenis masalah").selectOption({ label: "Gaji tidak dibayar / dipotong" });
    await page.getByLabel("Urgensi").selectOption({ label: "Tinggi" });
    await page.getByRole("button", { name: "Simpan jenis dan urgensi" }).click();
    await page.getByTestId("timeline").getByText("Jenis/urgensi diubah").waitFor();
    await page.getByTestId("document-checklist").getByText("Slip gaji atau catatan gaji yang diterima").waitFor();

    // And fills in the employer; the timeline lists the change.
    await page.getByLabel("Nama majikan / pemberi kerja").fill("Puan Rosnah");
    await page.getByRole("button", { name: "Simpan data" }).click();
    await page.getByTestId("timeline").getByText("Nama majikan / pemberi kerja: – → Puan Rosnah").waitFor();
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("draws a reporter's PDF page by page in the thread; a Word file is named and only downloaded", async () => {
    const chat = new SimulatedChat(ctx);
    await chat.send("", { kind: "document", attachments: [{ mime: "application/pdf", fileName: "kontrak-kerja.pdf", data: tinyPdf(2) }] });
    await chat.send("lampung timur");
    await chat.send("malaysia");
    await chat.send("ya");
    await chat.send("", { kind: "document", attachments: [{ mime: DOCX, fileName: "slip.docx", data: Buffer.from("PK-not-opened") }] });
    await chat.settle();
    const [created] = await chat.cases();

    const { page, errors: problems } = await watchedPage(browser);
    await signIn(page, officers.find((o) => o.agencyId === "BP3MI-LA")!.username);
    // What the console's own CSP refused (a worker, eval, WebAssembly) is logged as an error.
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await page.goto(`${base}/#/kasus/${created!.id}`);

    const preview = page.getByTestId("document-preview");
    await preview.and(page.locator("[data-state=ready]")).waitFor();
    expect(await preview.getAttribute("data-pages")).toBe("2");
    // Pixels drawn by pdf.js: page 1 is a red square on white, page 2 a blue one.
    const centre = () =>
      preview.locator("canvas").evaluate((canvas: HTMLCanvasElement) => {
        const [r, g, b] = canvas.getContext("2d")!.getImageData(canvas.width / 2, canvas.height / 2, 1, 1).data;
        return { r: r!, g: g!, b: b! };
      });
    const first = await centre();
    expect(first.r).toBeGreaterThan(150);
    expect(first.b).toBeLessThan(80);
    await expect(preview.getByRole("img", { name: "Halaman 1 dari 2, dokumen kontrak-kerja.pdf" }).count()).resolves.toBe(1);

    await preview.getByRole("button", { name: "Lihat halaman berikutnya ›" }).click();
    await preview.and(page.locator("[data-page='2']")).waitFor();
    const second = await centre();
    expect(second.b).toBeGreaterThan(150);
    expect(second.r).toBeLessThan(80);
    expect(await preview.getByRole("button", { name: "Lihat halaman berikutnya ›" }).isVisible()).toBe(false);
    expect(await preview.getByRole("link", { name: /Unduh kontrak-kerja\.pdf/ }).count()).toBe(1);

    // The Word file is not opened: its type is named beside the download link.
    await page.getByTestId("thread").getByText("Dokumen Word: tidak ditampilkan di konsol, silakan unduh.").waitFor();
    expect(
      await page
        .getByTestId("thread")
        .getByRole("link", { name: /Unduh slip\.docx/ })
        .count(),
    ).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a file pdf.js cannot read shows a message in Indonesian and the download link", async () => {
    const chat = new SimulatedChat(ctx);
    const broken = Buffer.concat([tinyPdf(1).subarray(0, 40), Buffer.from("rusak")]);
    await chat.send("", { kind: "document", attachments: [{ mime: "application/pdf", fileName: "rusak.pdf", data: broken }] });
    await chat.send("lampung timur");
    await chat.send("malaysia");
    await chat.send("ya");
    await chat.settle();
    const [created] = await chat.cases();

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, officers.find((o) => o.agencyId === "BP3MI-LA")!.username);
    await page.goto(`${base}/#/kasus/${created!.id}`);
    const preview = page.getByTestId("document-preview");
    await preview.and(page.locator("[data-state=failed]")).waitFor();
    await preview.getByText("Pratinjau dokumen tidak dapat ditampilkan. Silakan unduh berkasnya untuk membukanya.").waitFor();
    expect(await preview.locator("canvas").isVisible()).toBe(false);
    expect(await preview.getByRole("link", { name: /Unduh rusak\.pdf/ }).count()).toBe(1);
    await page.close();
  });
});
