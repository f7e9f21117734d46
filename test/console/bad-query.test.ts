import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestContext } from "../support/test-app.js";
import { UNNAMED_FIELD, fieldLabel } from "../../src/console/field-labels.js";
import { openCase, signIn, useConsoleApp } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let client: Awaited<ReturnType<typeof signIn>>;

const consoleApp = useConsoleApp({ officers: { tag: "badq", roles: { "BP3MI-LA": "SUPERVISOR" } } }, (started) => ({ ctx, app } = started));
beforeAll(async () => {
  client = await signIn(app, consoleApp.officers.find((o) => o.agencyId === "BP3MI-LA")!.username);
});

describe("queries the database cannot hold", () => {
  it("answers a NUL character in the inbox search with a clear 400", async () => {
    const res = await client.get(`/api/cases?q=${encodeURIComponent("budi\u0000")}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe("Permintaan tidak valid: Kata pencarian berisi karakter yang tidak didukung.");
  });

  it("answers a report for the year 0000 with a clear 400", async () => {
    for (const url of ["/api/reports?from=0000-01-01&to=0000-12-31", "/api/reports?from=0000-01-01&to=2026-01-31"]) {
      const res = await client.get(url);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toBe("Tanggal laporan paling awal tahun 2000.");
    }
  });

  it("names fields in Indonesian and never shows Fastify's English words", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const missing = await client.post(`/api/cases/${c.id}/reply`, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatch(/^Permintaan tidak valid: periksa isi pesan/);
    const broken = await app.inject({
      method: "POST",
      url: `/api/cases/${c.id}/reply`,
      headers: { ...client.headers, "content-type": "application/json" },
      payload: "{bukan json",
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error).toBe("Permintaan tidak dapat dibaca. Muat ulang halaman lalu coba lagi.");
  });
  it("has an Indonesian name for every field any route takes, and says a route's own rule in its words", async () => {
    type Schema = { properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[] };
    const names = (schema: Schema | undefined): string[] =>
      schema
        ? [
            ...Object.entries(schema.properties ?? {}).flatMap(([name, inner]) => [name, ...names(inner)]),
            ...names(schema.items),
            ...(schema.anyOf ?? []).flatMap(names),
          ]
        : [];
    const doc = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<
        string,
        Record<string, { parameters?: { name: string }[]; requestBody?: { content: Record<string, { schema: Schema }> } }>
      >;
    };
    const unnamed: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths))
      for (const operation of Object.values(operations)) {
        const fields = [
          ...(operation.parameters ?? []).map((p) => p.name),
          ...Object.values(operation.requestBody?.content ?? {}).flatMap((c) => names(c.schema)),
        ];
        for (const field of fields) if (fieldLabel(field, path) === UNNAMED_FIELD) unnamed.push(`${path} ${field}`);
      }
    expect(Object.keys(doc.paths).length).toBeGreaterThan(30);
    expect(unnamed).toEqual([]);

    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const nik = await client.post(`/api/cases/${c.id}/facts`, { nik: "123" });
    expect(nik.json().error).toBe("Permintaan tidak valid: NIK harus 16 angka.");
    const lead = await client.post(`/api/cases/${c.id}/refer`, { agencyId: "DINSOS-LA", reason: "pendampingan", previousLead: "LAIN" });
    expect(lead.json().error).toBe("Permintaan tidak valid: periksa pilihan instansi saya tetap terlibat.");
    // A report's "to" is its last day, not a status.
    expect((await client.get("/api/reports?from=2026-01-01&to=kemarin")).json().error).toBe(
      "Permintaan tidak valid: periksa tanggal akhir.",
    );
  });
});
