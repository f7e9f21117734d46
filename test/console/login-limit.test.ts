import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createOfficer } from "../../src/console/auth/create-officer.js";
import { loadConfig } from "../../src/config.js";
import { createTestContext, eventually, type TestContext } from "../support/test-app.js";
import { createConsoleApp, PASSWORD } from "./console-fixtures.js";

const opened: { app: FastifyInstance; ctx: TestContext }[] = [];
afterEach(async () => {
  for (const { app, ctx } of opened.splice(0)) {
    await app.close();
    await ctx.cleanup();
  }
});

/** A console with its own Redis prefix (so its own budgets) and these settings. */
async function consoleWith(overrides: Parameters<typeof createTestContext>[0]) {
  const ctx = await createTestContext(overrides);
  const app = await createConsoleApp(ctx);
  opened.push({ app, ctx });
  const login = (username: string, password: string, options: { ip?: string; headers?: Record<string, string> } = {}) =>
    app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password },
      ...(options.ip ? { remoteAddress: options.ip } : {}),
      headers: options.headers ?? {},
    });
  return { ctx, app, login };
}

let serial = 0;
async function newOfficer(ctx: TestContext) {
  const username = `batas-${process.pid}-${serial++}`;
  await createOfficer(ctx.db, { username, name: "Petugas Batas", agencyId: "BP3MI-LA", role: "OFFICER", password: PASSWORD });
  return username;
}

const forged = (i: number) => ({ "x-forwarded-for": `203.0.113.${i}` });

describe("login limits", () => {
  it("keys on the normalised username: ' USER ' and a forged X-Forwarded-For get no fresh budget", async () => {
    const { ctx, login } = await consoleWith({ CONSOLE_LOGIN_MAX_PER_15MIN: "3" });
    const username = await newOfficer(ctx);
    for (let i = 0; i < 3; i++) expect((await login(username, `tebakan-${i}-xyz`, { headers: forged(i) })).statusCode).toBe(401);
    for (const [variant, i] of [
      [` ${username}`, 10],
      [`${username.toUpperCase()} `, 11],
      [username, 12],
    ] as const) {
      const res = await login(variant, PASSWORD, { headers: forged(i) });
      expect(res.statusCode, JSON.stringify(variant)).toBe(429);
      expect(res.json().error).toMatch(/^Terlalu banyak percobaan masuk/);
      expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    }
  });

  it("has a per-address budget across usernames that forged X-Forwarded-For does not escape; other addresses go on", async () => {
    const { ctx, login } = await consoleWith({ CONSOLE_LOGIN_MAX_PER_ADDRESS_15MIN: "5" });
    const username = await newOfficer(ctx);
    for (let i = 0; i < 5; i++) expect((await login(`penebak-${i}`, "salah-sekali-123", { headers: forged(i) })).statusCode).toBe(401);
    expect((await login(username, PASSWORD, { headers: forged(99) })).statusCode).toBe(429);
    expect((await login(username, PASSWORD, { ip: "198.51.100.7" })).statusCode).toBe(200);
  });

  it("has a global budget across addresses and usernames", async () => {
    const { ctx, login } = await consoleWith({ CONSOLE_LOGIN_MAX_GLOBAL_15MIN: "4" });
    const username = await newOfficer(ctx);
    for (let i = 0; i < 4; i++)
      expect((await login(`penebak-${i}`, "salah-sekali-123", { ip: `198.51.100.${i + 1}` })).statusCode).toBe(401);
    expect((await login(username, PASSWORD, { ip: "198.51.100.50" })).statusCode).toBe(429);
  });

  it("makes a username wait after three failures in a row, longer each time, and forgets the run after a success", async () => {
    const { ctx, login } = await consoleWith({});
    const username = await newOfficer(ctx);
    for (let i = 0; i < 3; i++) expect((await login(username, `tebakan-${i}-xyz`)).statusCode).toBe(401);
    const held = await login(username, PASSWORD);
    expect(held.statusCode).toBe(429);
    expect(held.json().error).toMatch(/Silakan tunggu \d+ detik/);
    await eventually(async () => (await login(username, PASSWORD)).statusCode === 200, 10_000, "sign-in after the wait");
    // The success ended the run: one more failure is not followed by a wait.
    expect((await login(username, "tebakan-lagi-xyz")).statusCode).toBe(401);
    expect((await login(username, PASSWORD)).statusCode).toBe(200);
  });

  it("does not count successful sign-ins against the budget", async () => {
    const { ctx, login } = await consoleWith({
      CONSOLE_LOGIN_MAX_PER_15MIN: "3",
      CONSOLE_LOGIN_MAX_PER_ADDRESS_15MIN: "3",
      CONSOLE_LOGIN_MAX_GLOBAL_15MIN: "3",
    });
    const username = await newOfficer(ctx);
    for (let i = 0; i < 6; i++) expect((await login(username, PASSWORD)).statusCode, `sign-in ${i + 1}`).toBe(200);
  });

  it("logs failed sign-ins with a hash of the username, never the username typed or the password", async () => {
    const { ctx, login } = await consoleWith({});
    const username = await newOfficer(ctx);
    const warn = vi.spyOn(ctx.log, "warn");
    await login(` ${username}`, "rahasia-sekali-987");
    await login("tidak-ada-orangnya", "rahasia-sekali-654");
    const lines = warn.mock.calls.filter((call) => String(call[1]).includes("login failed"));
    expect(lines).toHaveLength(2);
    expect(lines[0]![0]).toMatchObject({ reason: "wrong-password", usernameHash: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(lines[1]![0]).toMatchObject({ reason: "unknown-user" });
    const logged = JSON.stringify(lines);
    for (const secret of [username, "tidak-ada-orangnya", "rahasia-sekali-987", "rahasia-sekali-654"]) expect(logged).not.toContain(secret);
  });
});

describe("proxy trust (TRUST_PROXY)", () => {
  it("by default believes no forwarded header: no Secure cookie or HSTS from a claimed https, one address for forged X-Forwarded-For", async () => {
    const { ctx, login } = await consoleWith({});
    const username = await newOfficer(ctx);
    const res = await login(username, PASSWORD, { headers: { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9" } });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === "pmi_sesi")!.secure).toBeFalsy();
    expect(res.headers["strict-transport-security"]).toBeUndefined();
  });

  it("behind one trusted proxy: Secure cookie and HSTS over https, and the budget per forwarded client address", async () => {
    const { ctx, login } = await consoleWith({ TRUST_PROXY: "1", CONSOLE_LOGIN_MAX_PER_ADDRESS_15MIN: "2" });
    const username = await newOfficer(ctx);
    const res = await login(username, PASSWORD, { headers: { "x-forwarded-proto": "https" } });
    expect(res.cookies.find((c) => c.name === "pmi_sesi")!.secure).toBe(true);
    expect(res.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    for (let i = 0; i < 2; i++) expect((await login(`penebak-${i}`, "salah-sekali-123", { headers: forged(1) })).statusCode).toBe(401);
    expect((await login(username, PASSWORD, { headers: forged(1) })).statusCode).toBe(429);
    expect((await login(username, PASSWORD, { headers: forged(2) })).statusCode).toBe(200);
  });

  it("accepts none, a hop count or addresses, and refuses anything else", () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.5, 10.1.0.0/16,loopback" }).TRUST_PROXY).toEqual(["10.0.0.5", "10.1.0.0/16", "loopback"]);
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
  });
});
