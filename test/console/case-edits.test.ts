import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { createCase } from "../../src/cases/create-case.js";
import type { TestContext } from "../support/test-app.js";
import { tinyPdf } from "../support/tiny-pdf.js";
import { openCase, signIn, useConsoleApp, type SeededOfficer } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let officers: SeededOfficer[];
const officerOf = (agencyId: string) => officers.find((o) => o.agencyId === agencyId)!;

useConsoleApp({ officers: { tag: "edit" } }, (started) => ({ ctx, app, officers } = started));

/** A reporter's file stored on the case, as the intake stores it. */
async function storeFile(caseId: string, mime: string, bytes: Buffer, fileName: string | null = null) {
  const data = new Uint8Array(bytes);
  const c = await ctx.db.case.findUniqueOrThrow({ where: { id: caseId }, select: { conversationId: true, channel: true } });
  const message = await ctx.db.message.create({
    data: {
      channel: c.channel,
      conversationId: c.conversationId!,
      caseId,
      direction: "IN",
      kind: "document",
      state: "PROCESSED",
      attachments: { create: { mime, fileName, size: data.length, data, caseId } },
    },
    select: { attachments: { select: { id: true } } },
  });
  return `/api/cases/${caseId}/attachments/${message.attachments[0]!.id}`;
}

describe("officers change a case's kind, urgency and facts, audited", () => {
  it("re-classifies a case opened by a voice note: kind and urgency change, a RECLASSIFIED event says from what to what", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "LAINNYA" });
    const lead = await signIn(app, officerOf("BP3MI-LA").username);
    const res = await lead.post(`/api/cases/${c.id}/classification`, { kind: "GAJI", urgency: "HIGH" });
    expect(res.statusCode).toBe(200);
    const after = (await lead.get(`/api/cases/${c.id}`)).json();
    expect(after).toMatchObject({ kind: "GAJI", urgency: "HIGH" });
    expect(after.documentChecklist).toContain("Slip gaji atau catatan gaji yang diterima");
    const events = (await lead.get(`/api/cases/${c.id}/events`)).json().events;
    const event = events.find((e: { type: string }) => e.type === "RECLASSIFIED");
    expect(event).toMatchObject({
      data: { from: { kind: "LAINNYA", urgency: "NORMAL" }, to: { kind: "GAJI", urgency: "HIGH" } },
      officerName: expect.any(String),
    });
    expect(event.note).toMatch(/Masalah lainnya|Lainnya/);
    // A higher urgency brings the first-response deadline forward.
    const row = await ctx.db.case.findUniqueOrThrow({ where: { id: c.id }, select: { firstResponseDueAt: true } });
    expect(row.firstResponseDueAt!.getTime()).toBeLessThan(c.firstResponseDueAt.getTime());
  });

  it("refuses re-classification by a supporting agency and unknown kinds", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "LAINNYA" });
    const lead = await signIn(app, officerOf("BP3MI-LA").username);
    expect((await lead.post(`/api/cases/${c.id}/classification`, { kind: "BUKAN_JENIS", urgency: "HIGH" })).statusCode).toBe(400);
    const support = await signIn(app, officerOf("DISNAKER-LA").username);
    expect((await support.post(`/api/cases/${c.id}/classification`, { kind: "GAJI", urgency: "LOW" })).statusCode).toBe(403);
  });

  it("edits the facts; passport and NIK are masked in the case and in the timeline", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", workerName: "Siti" });
    const officer = await signIn(app, officerOf("BP3MI-LA").username);
    const res = await officer.post(`/api/cases/${c.id}/facts`, {
      employerName: "Tan Ah Kow",
      placementCompany: "PT Maju Jaya",
      cityAbroad: "Taichung",
      workSector: "PERAWAT",
      departureDate: "Maret 2025",
      passportNumber: "C1234567",
      nik: "1807123456780001",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().changed).toHaveLength(7);
    const after = (await officer.get(`/api/cases/${c.id}`)).json();
    expect(after).toMatchObject({
      employerName: "Tan Ah Kow",
      placementCompany: "PT Maju Jaya",
      cityAbroad: "Taichung",
      workSectorLabel: "Perawat lansia / caregiver",
      departureDate: "Maret 2025",
    });
    expect(after.worker.passportNumber).toBe("C1****67");
    expect(after.worker.nik).toBe("18************01");
    const events = (await officer.get(`/api/cases/${c.id}/events`)).json().events;
    const edited = events.find((e: { type: string }) => e.type === "FACTS_EDITED");
    expect(edited.data.changes).toContainEqual({ field: "passportNumber", from: null, to: "C1****67" });
    expect(edited.data.changes).toContainEqual({ field: "employerName", from: null, to: "Tan Ah Kow" });
    expect(JSON.stringify(edited)).not.toContain("C1234567");
    expect(JSON.stringify(edited)).not.toContain("1807123456780001");
    // Nothing changed: no new event.
    await officer.post(`/api/cases/${c.id}/facts`, { employerName: "Tan Ah Kow" });
    expect(await ctx.db.caseEvent.count({ where: { caseId: c.id, type: "FACTS_EDITED" } })).toBe(1);
  });

  it("refuses a malformed NIK or an unknown work sector", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const officer = await signIn(app, officerOf("BP3MI-LA").username);
    expect((await officer.post(`/api/cases/${c.id}/facts`, { nik: "123" })).statusCode).toBe(400);
    expect((await officer.post(`/api/cases/${c.id}/facts`, { workSector: "ASTRONOT" })).statusCode).toBe(400);
  });
});

describe("reporters' files are served so they never run in the console's origin", () => {
  it("a voice note sniffed as Ogg plays inline as audio, with a sandboxing CSP, nosniff and ranges", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const officer = await signIn(app, officerOf("BP3MI-LA").username);
    const url = await storeFile(c.id, "application/ogg", Buffer.from("OggS-voice-note-bytes"));
    const res = await officer.get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("audio/ogg");
    expect(res.headers["content-disposition"]).toMatch(/^inline/);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["content-security-policy"]).toBe("default-src 'none'; sandbox");
    const thread = (await officer.get(`/api/cases/${c.id}/messages`)).json().messages;
    expect(thread.at(-1).attachments[0]).toMatchObject({ inline: true, media: "audio" });
    const part = await app.inject({ method: "GET", url, headers: { ...officer.headers, range: "bytes=0-3" } });
    expect(part.statusCode).toBe(206);
    expect(part.headers["content-range"]).toBe(`bytes 0-3/${"OggS-voice-note-bytes".length}`);
    expect(part.body).toBe("OggS");
  });

  it("HTML, SVG and PDF are only downloaded, as opaque bytes", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const officer = await signIn(app, officerOf("BP3MI-LA").username);
    for (const mime of ["text/html", "image/svg+xml", "application/pdf"]) {
      const res = await officer.get(await storeFile(c.id, mime, Buffer.from("<script>alert(1)</script>"), "x.html"));
      expect(res.headers["content-type"]).toBe("application/octet-stream");
      expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="x.html"/);
      expect(res.headers["content-security-policy"]).toBe("default-src 'none'; sandbox");
    }
  });
});

describe("a PDF is previewed by the console's own pdf.js, never opened in its origin", () => {
  it("the document route serves a PDF as a sandboxed download; the thread marks it for preview and names a Word file", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const officer = await signIn(app, officerOf("BP3MI-LA").username);
    const pdf = tinyPdf(1);
    const url = await storeFile(c.id, "application/pdf", pdf, "kontrak kerja.pdf");
    await storeFile(c.id, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer.from("PK"), "slip.docx");
    const res = await officer.get(url);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(pdf)).toBe(true);
    expect(res.headers).toMatchObject({
      "content-type": "application/octet-stream",
      "content-disposition": 'attachment; filename="kontrak kerja.pdf"',
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cross-origin-resource-policy": "same-origin",
      "cache-control": "private, no-store",
    });
    const [pdfFile, wordFile] = (await officer.get(`/api/cases/${c.id}/messages`))
      .json()
      .messages.flatMap((m: { attachments: unknown[] }) => m.attachments);
    expect(pdfFile).toMatchObject({ url, inline: false, media: null, preview: "pdf", typeLabel: "Dokumen PDF" });
    expect(wordFile).toMatchObject({ inline: false, media: null, preview: null, typeLabel: "Dokumen Word" });
  });

  it("serves pdf.js and its worker from the pinned package under the console's own policy, and nothing else of it", async () => {
    for (const file of ["build/pdf.min.mjs", "build/pdf.worker.min.mjs"]) {
      const res = await app.inject({ method: "GET", url: `/vendor/pdfjs/${file}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^(text|application)\/javascript/);
      expect(res.headers["content-security-policy"]).toMatch(/script-src 'self';/);
      expect(res.headers["content-security-policy"]).not.toMatch(/unsafe|script-src[^;]*blob/);
    }
    expect((await app.inject({ method: "GET", url: "/vendor/pdfjs/standard_fonts/LiberationSans-Regular.ttf" })).statusCode).toBe(200);
    for (const file of ["package.json", "build/pdf.mjs.map", "web/pdf_viewer.mjs", "build/", "../package.json", "wasm/openjpeg.wasm"]) {
      expect((await app.inject({ method: "GET", url: `/vendor/pdfjs/${file}` })).statusCode, file).toBe(404);
    }
  });
});

describe("the kabupaten/kota of origin", () => {
  it("Kabupaten Indramayu (Provinsi Jawa Barat) on the case, in the inbox filter and in the report", async () => {
    const c = await openCase(ctx, { regionId: "ID-JB", kind: "GAJI" });
    await ctx.db.case.update({ where: { id: c.id }, data: { originRegencyCode: "32.12" } });
    const other = await openCase(ctx, { regionId: "ID-JB", kind: "GAJI" });
    const national = await signIn(app, officerOf("KP2MI").username);
    const shown = (await national.get(`/api/cases/${c.id}`)).json();
    expect(shown.regency).toEqual({ code: "32.12", name: "Kabupaten Indramayu", label: "Kabupaten Indramayu (Provinsi Jawa Barat)" });
    expect(shown.region.id).toBe("ID-JB");
    const filtered = (await national.get("/api/cases?status=all&region=32.12")).json().cases.map((x: { id: string }) => x.id);
    expect(filtered).toContain(c.id);
    expect(filtered).not.toContain(other.id);
    const report = (await national.get("/api/reports")).json();
    expect(report.byRegency).toContainEqual(
      expect.objectContaining({ key: "32.12", label: "Kabupaten Indramayu (Provinsi Jawa Barat)", cases: 1 }),
    );
    const reference = (await national.get("/api/reference")).json();
    expect(reference.regencies).toHaveLength(514);
  });

  it("an intake's regency is stored by createCase", async () => {
    const chatId = `regency-${Date.now()}`;
    const reporter = await ctx.db.reporter.create({
      data: {
        identities: { create: { channel: "SIMULATOR", externalId: chatId } },
        conversations: { create: { channel: "SIMULATOR", chatId } },
      },
      select: { id: true, conversations: { select: { id: true } } },
    });
    const created = await ctx.sql.transaction((tx) =>
      createCase(tx, ctx.rules, {
        reporterId: reporter.id,
        conversationId: reporter.conversations[0]!.id,
        channel: "SIMULATOR",
        now: new Date(),
        draft: {
          description: ["gaji"],
          kind: "GAJI",
          extraKinds: [],
          urgency: "NORMAL",
          signals: [],
          asked: {},
          forOfficer: false,
          startedAt: new Date().toISOString(),
          regionId: "ID-JB",
          regencyCode: "32.12",
          consent: true,
        },
      }),
    );
    expect(
      await ctx.db.case.findUniqueOrThrow({ where: { id: created.id }, select: { originRegencyCode: true, originRegionId: true } }),
    ).toEqual({ originRegencyCode: "32.12", originRegionId: "ID-JB" });
  });
});
