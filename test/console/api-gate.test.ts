import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { consolePlugin } from "../../src/console/console-plugin.js";
import { createServer } from "../../src/http/create-server.js";
import type { TestContext } from "../support/test-app.js";
import { openCase, signIn, useConsoleApp, type SeededOfficer } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let officers: SeededOfficer[];

useConsoleApp({ officers: { tag: "gate" } }, (started) => ({ ctx, app, officers } = started));

/** The same API path spelled the ways a router decodes but a string prefix check does not. */
const spellings = (path: string) => [
  `/api${path}`,
  `/%61pi${path}`,
  `/%61%70%69${path}`,
  `/a%70i${path}`,
  `http://127.0.0.1/api${path}`,
  `http://konsol.example/%61pi${path}`,
];

describe("the /api gate decides on the route, not on the raw URL", () => {
  it("answers 401 to every spelling of a protected route without a session", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    for (const path of [
      "/agreements",
      "/cases",
      `/cases/${c.id}`,
      `/cases/${c.id}/messages`,
      "/auth/me",
      "/reference",
      "/supervision",
      "/operations/channels",
    ]) {
      for (const url of spellings(path)) {
        const res = await app.inject({ method: "GET", url });
        expect(res.statusCode, url).toBe(401);
        expect(res.body, url).not.toContain(c.ticket);
      }
    }
  });

  it("refuses a state change on an encoded or absolute-form URL without session or CSRF token, and changes nothing", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const client = await signIn(app, officers.find((o) => o.agencyId === "BP3MI-LA")!.username);
    for (const url of spellings(`/cases/${c.id}/notes`)) {
      const anonymous = await app.inject({ method: "POST", url, payload: { text: "catatan gelap" } });
      expect(anonymous.statusCode, url).toBe(401);
      const noCsrf = await app.inject({
        method: "POST",
        url,
        headers: { cookie: client.headers.cookie },
        payload: { text: "catatan gelap" },
      });
      expect(noCsrf.statusCode, url).toBe(403);
    }
    expect(await ctx.db.caseEvent.count({ where: { caseId: c.id, type: "NOTE" } })).toBe(0);
    // The encoded spelling works like the plain one once signed in: the gate is about the route.
    expect((await client.post(`/%61pi/cases/${c.id}/notes`, { text: "catatan" })).statusCode).toBe(201);
  });

  it("keeps only the routes marked public open: sign-in, setting a password by link, the API description and the browser app", async () => {
    expect((await app.inject({ method: "GET", url: "/%61pi/openapi.json" })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/" })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/app.js" })).statusCode).toBe(200);
    const login = await app.inject({
      method: "POST",
      url: "/%61pi/auth/login",
      payload: { username: "tidak-ada", password: "salah-sekali-123" },
    });
    expect(login.statusCode).toBe(401);
    expect(login.json().error).toBe("Nama pengguna atau kata sandi salah.");
  });

  it("denies by default: every console route not marked public answers 401 without a session, however spelled", async () => {
    const routes: { method: string; url: string; public: boolean }[] = [];
    const collect = async (server: FastifyInstance) => {
      server.addHook("onRoute", (route) => {
        for (const method of [route.method].flat())
          routes.push({ method, url: route.url, public: Boolean((route.config as { public?: boolean } | undefined)?.public) });
      });
    };
    const full = await createServer(ctx, [collect, consolePlugin]);
    const guarded = routes.filter((r) => r.url.startsWith("/api/") && !r.public && r.method !== "HEAD");
    expect(guarded.length).toBeGreaterThan(20);
    expect([...new Set(routes.filter((r) => r.url.startsWith("/api/") && r.public).map((r) => r.url))].sort()).toEqual([
      "/api/auth/login",
      "/api/auth/set-password",
      "/api/openapi.json",
    ]);
    const id = "00000000-0000-4000-8000-000000000000";
    for (const route of guarded) {
      const path = route.url.replace(/:[A-Za-z]+/g, id);
      for (const url of [path, path.replace("/api/", "/%61pi/"), `http://127.0.0.1${path.replace("/api/", "/ap%69/")}`]) {
        const res = await full.inject({ method: route.method as "GET", url, payload: route.method === "GET" ? undefined : {} });
        expect(res.statusCode, `${route.method} ${url}`).toBe(401);
      }
    }
    await full.close();
  });
});
