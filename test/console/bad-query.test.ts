import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestContext } from "../support/test-app.js";
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
    expect(res.json().error).toBe("Permintaan tidak valid: periksa kata pencarian.");
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
});
