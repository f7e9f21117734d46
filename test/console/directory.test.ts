import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { loadMissionDirectory } from "../../src/cases/mission-directory.js";
import { missionsFor } from "../../src/core/missions.js";
import type { TestContext } from "../support/test-app.js";
import { signIn, useConsoleApp, type SeededOfficer } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let officers: SeededOfficer[];
const userOf = (agencyId: string) => officers.find((o) => o.agencyId === agencyId)!.username;

useConsoleApp({ officers: { tag: "dir", roles: { KP2MI: "ADMIN" } } }, (started) => ({ ctx, app, officers } = started));

interface DirectoryView {
  missions: { id: string; phone: string | null; warning: string | null; sourceUrl: string | null; checkedOn: string | null }[];
  countries: { country: string; ambulance: string | null; warning: string | null }[];
}

describe("directory of missions in the console", () => {
  it("lists every seeded mission with its source and date, flagged until an admin confirms it", async () => {
    const officer = await signIn(app, userOf("BP3MI-LA"));
    const view = (await officer.get("/api/directory")).json() as DirectoryView;
    const riyadh = view.missions.find((m) => m.id === "KBRI-RIYADH")!;
    expect(riyadh.phone).toBe("+966 56 917 3990");
    expect(riyadh.sourceUrl).toMatch(/^https:\/\//);
    expect(riyadh.checkedOn).toBe("2026-11-29");
    expect(riyadh.warning).toBe("periksa sebelum dipakai");
    expect(view.countries.find((c) => c.country === "Jepang")!.ambulance).toBe("119");
  });

  it("lets only an admin edit or confirm an entry; each change is audited and an edit needs a new confirmation", async () => {
    const officer = await signIn(app, userOf("BP3MI-LA"));
    expect((await officer.post("/api/directory/missions/KBRI-WARSAWA", { phone: "+48 22 617 51 08" })).statusCode).toBe(403);
    expect((await officer.post("/api/directory/missions/KBRI-WARSAWA/confirm")).statusCode).toBe(403);

    const admin = await signIn(app, userOf("KP2MI"));
    expect((await admin.post("/api/directory/missions/KBRI-WARSAWA", { phone: "ketik nomor di sini" })).statusCode).toBe(400);
    const edited = await admin.post("/api/directory/missions/KBRI-WARSAWA", {
      phone: "+48 22 617 51 08",
      sourceUrl: "https://kemlu.go.id/warsaw",
      checkedOn: "2026-11-30",
    });
    expect(edited.statusCode).toBe(200);
    expect((await admin.post("/api/directory/missions/KBRI-WARSAWA/confirm")).statusCode).toBe(200);

    let row = await ctx.db.mission.findUniqueOrThrow({ where: { id: "KBRI-WARSAWA" } });
    expect(row.phone).toBe("+48 22 617 51 08");
    expect(row.confirmedAt).not.toBeNull();
    const changes = await ctx.db.directoryChange.findMany({ where: { entityId: "KBRI-WARSAWA" }, orderBy: { createdAt: "asc" } });
    expect(changes.map((c) => [c.action, c.officerId])).toEqual([
      ["EDIT", admin.me.id],
      ["CONFIRM", admin.me.id],
    ]);
    expect((changes[0]!.before as { phone: string | null }).phone).toBeNull();
    expect((changes[0]!.after as { phone: string | null }).phone).toBe("+48 22 617 51 08");

    // Another edit takes the confirmation away again.
    await admin.post("/api/directory/missions/KBRI-WARSAWA", { note: "nomor kantor" });
    row = await ctx.db.mission.findUniqueOrThrow({ where: { id: "KBRI-WARSAWA" } });
    expect(row.confirmedAt).toBeNull();

    // What emergency replies use is what the admin left.
    const directory = await loadMissionDirectory(ctx.db);
    expect(missionsFor(directory, "Polandia")[0]!.phone).toBe("+48 22 617 51 08");
  });

  it("edits and confirms a country's emergency numbers, audited", async () => {
    const admin = await signIn(app, userOf("KP2MI"));
    expect((await admin.post("/api/directory/countries/Laos", { ambulance: "1195", note: "diperiksa di situs resmi" })).statusCode).toBe(
      200,
    );
    expect((await admin.post("/api/directory/countries/Laos/confirm")).statusCode).toBe(200);
    expect((await admin.post("/api/directory/countries/Atlantis/confirm")).statusCode).toBe(404);
    const view = (await admin.get("/api/directory")).json() as DirectoryView;
    expect(view.countries.find((c) => c.country === "Laos")!.warning).toBeNull();
    expect(await ctx.db.directoryChange.count({ where: { entity: "CountryEmergencyNumber", entityId: "Laos" } })).toBe(2);
  });

  it("keeps admins' edits when the reference data is seeded again at the next start", async () => {
    const { seedReferenceData } = await import("../../src/seed/seed-reference-data.js");
    await ctx.db.mission.update({ where: { id: "KRI-TAWAU" }, data: { phone: "+60 89 000 000" } });
    await seedReferenceData(ctx.db);
    expect((await ctx.db.mission.findUniqueOrThrow({ where: { id: "KRI-TAWAU" } })).phone).toBe("+60 89 000 000");
  });
});
