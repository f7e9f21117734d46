import { randomBytes, scryptSync } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { describe, expect, it, vi } from "vitest";
import { createOfficer, OfficerInputError } from "../../src/console/auth/create-officer.js";
import { hashPassword, passwordProblem, verifyPassword } from "../../src/console/auth/password.js";
import { createServer } from "../../src/http/create-server.js";
import type { TestContext } from "../support/test-app.js";
import { PASSWORD, signIn, useConsoleApp } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;

useConsoleApp({}, (started) => ({ ctx, app } = started));

describe("passwords", () => {
  it("hashes with scrypt at OWASP's minimum cost (N=2^17, r=8, p=1)", async () => {
    const stored = await hashPassword(PASSWORD);
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
    expect(await verifyPassword("bukan-kata-sandinya", stored)).toBe(false);
  });

  it("rehashes a stored hash of the older, cheaper cost at the next sign-in", async () => {
    const { id, username } = await createOfficer(ctx.db, {
      username: "sandi-lama",
      name: "Petugas Sandi Lama",
      agencyId: "BP3MI-LA",
      role: "OFFICER",
      password: PASSWORD,
    });
    const salt = randomBytes(16);
    const old = [
      "scrypt",
      2 ** 15,
      8,
      1,
      salt.toString("base64url"),
      scryptSync(PASSWORD.normalize("NFKC"), salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }).toString("base64url"),
    ].join("$");
    await ctx.db.officer.update({ where: { id }, data: { passwordHash: old } });
    await signIn(app, username);
    const now = (await ctx.db.officer.findUniqueOrThrow({ where: { id } })).passwordHash;
    expect(now).toMatch(/^scrypt\$131072\$8\$1\$/);
    await signIn(app, username);
  });

  it("refuses the most common passwords, also with digits or signs added, with an Indonesian reason", async () => {
    for (const common of ["1234567890", "qwertyuiop", "password123", "Indonesia2024!", "bismillah123", "katasandi123", "aaaaaaaaaaaa"]) {
      expect(passwordProblem(common), common).toBe("Kata sandi ini terlalu umum dan mudah ditebak. Pilih kata sandi lain.");
    }
    expect(passwordProblem(PASSWORD)).toBeNull();
    expect(passwordProblem("kebun-teh-di-lembang-9")).toBeNull();
    await expect(
      createOfficer(ctx.db, { username: "sandi-umum", name: "Petugas", agencyId: "BP3MI-LA", role: "OFFICER", password: "password123" }),
    ).rejects.toThrow(OfficerInputError);
    const client = await signIn(
      app,
      (await createOfficer(ctx.db, { username: "ganti-umum", name: "Petugas", agencyId: "BP3MI-LA", role: "OFFICER", password: PASSWORD }))
        .username,
    );
    const res = await client.post("/api/auth/password", { currentPassword: PASSWORD, newPassword: "qwertyuiop1" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(/terlalu umum/);
  });
});

describe("server", () => {
  it("/health shows each channel's state, not the linked number; officers see the details on the console", async () => {
    await ctx.db.channelStatus.upsert({
      where: { id: "whatsapp:sehat" },
      create: { id: "whatsapp:sehat", channel: "WHATSAPP", state: "open", detail: "Tersambung sebagai +6281100000042." },
      update: {},
    });
    const health = await app.inject({ method: "GET", url: "/health" });
    expect(health.statusCode).toBe(200);
    expect(health.json().channels).toContainEqual(expect.objectContaining({ id: "whatsapp:sehat", state: "open" }));
    expect(health.body).not.toContain("6281100000042");
    await createOfficer(ctx.db, { username: "lihat-kanal", name: "Petugas", agencyId: "BP3MI-LA", role: "OFFICER", password: PASSWORD });
    const client = await signIn(app, "lihat-kanal");
    expect((await client.get("/api/operations/channels")).body).toContain("6281100000042");
  });

  it("logs a failed request by its route pattern, never the URL with its search terms", async () => {
    const failing = await createServer(ctx, [
      async (server) => {
        server.get("/uji/gagal/:id", async () => {
          throw new Error("rusak");
        });
      },
    ]);
    const error = vi.spyOn(ctx.log, "error");
    const res = await failing.inject({ method: "GET", url: "/uji/gagal/081234567890?q=081234567890" });
    expect(res.statusCode).toBe(500);
    expect(res.json().error).toBe("Terjadi kesalahan pada server. Silakan coba lagi.");
    const logged = error.mock.calls.find((call) => call[1] === "request failed");
    expect(logged?.[0]).toMatchObject({ route: "/uji/gagal/:id", method: "GET" });
    expect(JSON.stringify(logged)).not.toContain("081234567890");
    error.mockRestore();
    await failing.close();
  });
});
