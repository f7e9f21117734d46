import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { fillTemplate, unknownPlaceholders } from "../../src/core/reply-templates.js";
import { REPLY_TEMPLATES } from "../../src/core/texts.js";
import { seedReferenceData } from "../../src/seed/seed-reference-data.js";
import type { TestContext } from "../support/test-app.js";
import { openCase, signIn, useConsoleApp, type SeededOfficer } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let officers: SeededOfficer[];
const userOf = (agencyId: string) => officers.find((o) => o.agencyId === agencyId)!.username;

interface Template {
  id: string;
  seedKey: string | null;
  title: string;
  text: string;
  retiredAt: string | null;
}

// Supervisors of two agencies, and an admin.
useConsoleApp(
  { officers: { tag: "tpl", roles: { "DINKES-JK": "SUPERVISOR", "DISDIK-JK": "SUPERVISOR", "DPMPTSP-LA": "ADMIN" } } },
  (started) => ({ ctx, app, officers } = started),
);

describe("reply templates managed per agency", () => {
  it("every agency starts with the five defaults, offered in the composer's reference data", async () => {
    const officer = await signIn(app, userOf("DINSOS-LA"));
    const { templates } = (await officer.get("/api/reference")).json() as { templates: Template[] };
    expect(templates.map((t) => t.title).sort()).toEqual(REPLY_TEMPLATES.map((t) => t.title).sort());
    expect(templates.find((t) => t.title === "Pengaduan sedang diperiksa")!.text).toContain("{tiket}");
  });

  it("a supervisor adds, edits, retires and restores a template of their own agency, each change audited", async () => {
    const supervisor = await signIn(app, userOf("DINKES-JK"));
    const added = await supervisor.post("/api/reply-templates", {
      title: "Jadwal pemeriksaan",
      text: "Pengaduan {tiket} atas nama {nama}: silakan datang ke {kantor} hari Senin.",
    });
    expect(added.statusCode).toBe(200);
    const id = (added.json() as { template: Template }).template.id;

    expect(
      (await supervisor.post(`/api/reply-templates/${id}`, { text: "Pengaduan {tiket}: silakan datang ke {kantor} hari Selasa." }))
        .statusCode,
    ).toBe(200);
    expect((await supervisor.post(`/api/reply-templates/${id}/retire`)).statusCode).toBe(200);

    // Retired: gone from the composer, still listed for the supervisor, and restorable.
    let reference = (await supervisor.get("/api/reference")).json() as { templates: Template[] };
    expect(reference.templates.some((t) => t.id === id)).toBe(false);
    const all = (await supervisor.get("/api/reply-templates?retired=1")).json() as { templates: Template[] };
    expect(all.templates.find((t) => t.id === id)!.retiredAt).not.toBeNull();
    expect((await supervisor.post(`/api/reply-templates/${id}/restore`)).statusCode).toBe(200);
    reference = (await supervisor.get("/api/reference")).json() as { templates: Template[] };
    expect(reference.templates.find((t) => t.id === id)!.text).toBe("Pengaduan {tiket}: silakan datang ke {kantor} hari Selasa.");

    const changes = await ctx.db.replyTemplateChange.findMany({ where: { templateId: id }, orderBy: { createdAt: "asc" } });
    expect(changes.map((c) => [c.action, c.officerId])).toEqual([
      ["CREATE", supervisor.me.id],
      ["EDIT", supervisor.me.id],
      ["RETIRE", supervisor.me.id],
      ["RESTORE", supervisor.me.id],
    ]);
    expect((changes[1]!.before as { text: string }).text).toContain("hari Senin");
    expect((changes[1]!.after as { text: string }).text).toContain("hari Selasa");
    // Never deleted.
    expect(await ctx.db.replyTemplate.count({ where: { id } })).toBe(1);
  });

  it("an edited or retired default is not brought back by the next start's seeding", async () => {
    const supervisor = await signIn(app, userOf("DISDIK-JK"));
    const { templates } = (await supervisor.get("/api/reply-templates?retired=1")).json() as { templates: Template[] };
    const contact = templates.find((t) => t.seedKey === "minta-kontak")!;
    const documents = templates.find((t) => t.seedKey === "minta-dokumen")!;
    await supervisor.post(`/api/reply-templates/${contact.id}`, { title: "Nomor telepon" });
    await supervisor.post(`/api/reply-templates/${documents.id}/retire`);
    await seedReferenceData(ctx.db);
    const after = (await supervisor.get("/api/reply-templates?retired=1")).json() as { templates: Template[] };
    expect(after.templates).toHaveLength(templates.length);
    expect(after.templates.find((t) => t.id === contact.id)!.title).toBe("Nomor telepon");
    expect(after.templates.find((t) => t.id === documents.id)!.retiredAt).not.toBeNull();
  });

  it("only supervisors and admins manage templates, and only their own agency's", async () => {
    const officer = await signIn(app, userOf("DINKES-LA"));
    expect((await officer.post("/api/reply-templates", { title: "Coba", text: "Isi templat" })).statusCode).toBe(403);
    expect((await officer.get("/api/reply-templates?retired=1")).statusCode).toBe(403);

    const mine = (await (await signIn(app, userOf("DINKES-JK"))).get("/api/reply-templates")).json() as { templates: Template[] };
    const other = await signIn(app, userOf("DISDIK-JK"));
    const target = mine.templates[0]!;
    // Another agency's supervisor cannot see, edit or retire it: it does not exist for them.
    const theirs = (await other.get("/api/reply-templates?retired=1")).json() as { templates: Template[] };
    expect(theirs.templates.some((t) => t.id === target.id)).toBe(false);
    expect((await other.post(`/api/reply-templates/${target.id}`, { title: "Diambil alih" })).statusCode).toBe(404);
    expect((await other.post(`/api/reply-templates/${target.id}/retire`)).statusCode).toBe(404);
    // An admin is bound to their own agency too.
    expect((await (await signIn(app, userOf("DPMPTSP-LA"))).post(`/api/reply-templates/${target.id}/retire`)).statusCode).toBe(404);
    const unchanged = await ctx.db.replyTemplate.findUniqueOrThrow({ where: { id: target.id } });
    expect(unchanged.title).toBe(target.title);
    expect(unchanged.retiredAt).toBeNull();
  });

  it("refuses unknown placeholders and empty text with an Indonesian message", async () => {
    const supervisor = await signIn(app, userOf("DINKES-JK"));
    const typo = await supervisor.post("/api/reply-templates", { title: "Salah ketik", text: "Pengaduan {ticket} kami terima." });
    expect(typo.statusCode).toBe(400);
    expect(typo.body).toContain("{tiket}, {nama} dan {kantor}");
    const empty = await supervisor.post("/api/reply-templates", { title: "Kosong", text: " " });
    expect(empty.statusCode).toBe(400);
    expect((empty.json() as { error: string }).error).toBe("Permintaan tidak valid: periksa isi pesan.");
  });
});

describe("a template inserted in a case's reply", () => {
  it("comes with the case's ticket, the reporter's name and the officer's office filled in", async () => {
    const opened = await openCase(ctx, { regionId: "ID-JK", kind: "KESEHATAN", reporterName: "Sri Lestari" });
    const officer = await signIn(app, userOf("DINKES-JK"));
    const res = await officer.get(`/api/cases/${opened.id}/reply-templates`);
    expect(res.statusCode).toBe(200);
    const received = (res.json() as { templates: Template[] }).templates.find((t) => t.title === "Pengaduan sedang diperiksa")!;
    const agency = await ctx.db.agency.findUniqueOrThrow({ where: { id: "DINKES-JK" } });
    expect(received.text).toBe(
      `Terima kasih, Bapak/Ibu Sri Lestari. Pengaduan ${opened.ticket} sudah kami baca dan sedang kami periksa di ` +
        `${agency.name}. Kami akan menghubungi Bapak/Ibu kembali setelah ada perkembangan.`,
    );
    // An agency that is no party to the case does not see it.
    expect((await (await signIn(app, userOf("BP3MI-SU"))).get(`/api/cases/${opened.id}/reply-templates`)).statusCode).toBe(404);
  });
});

describe("placeholders", () => {
  it("fills ticket, name and office, and leaves no gap for an unknown name", () => {
    const text = "Terima kasih, Bapak/Ibu {nama}. Pengaduan {tiket} sedang diperiksa di {kantor}.";
    expect(fillTemplate(text, { tiket: "PMI-7K3M9X", nama: "Siti", kantor: "BP3MI Lampung" })).toBe(
      "Terima kasih, Bapak/Ibu Siti. Pengaduan PMI-7K3M9X sedang diperiksa di BP3MI Lampung.",
    );
    expect(fillTemplate(text, { tiket: "PMI-7K3M9X", nama: null, kantor: "BP3MI Lampung" })).toBe(
      "Terima kasih, Bapak/Ibu. Pengaduan PMI-7K3M9X sedang diperiksa di BP3MI Lampung.",
    );
    expect(unknownPlaceholders("Halo {nama}, {ticket} dan {tiket}")).toEqual(["ticket"]);
  });
});
