import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { createOfficer } from "../../src/console/auth/create-officer.js";
import type { TestContext } from "../support/test-app.js";
import { PASSWORD, signIn, useConsoleApp } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let serial = 0;
let base: string;

useConsoleApp({ overrides: { CONSOLE_LIVE_RECHECK_MS: "200" }, listen: true }, (started) => ({ ctx, app, base } = started));

/** A signed-in officer with the live stream open over real HTTP; `stream` resolves to all it received once the server ends it. */
async function openStream() {
  const { id, username } = await createOfficer(ctx.db, {
    username: `langsung-${serial++}`,
    name: "Petugas Langsung",
    agencyId: "BP3MI-LA",
    role: "OFFICER",
    password: PASSWORD,
  });
  const client = await signIn(app, username);
  const res = await fetch(`${base}/api/events`, { headers: { cookie: client.headers.cookie } });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let received = "";
  // Open once the greeting arrived: from then on the server watches the session.
  while (!received.includes("tersambung")) received += decoder.decode((await reader.read()).value);
  const stream = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return received;
      received += decoder.decode(value);
    }
  })();
  return { id, client, stream };
}

// Without the session re-check these streams never end: the tests then fail on their timeout.
describe("the live stream ends with its session", () => {
  it("at logout", async () => {
    const { client, stream } = await openStream();
    expect((await client.post("/api/auth/logout")).statusCode).toBe(200);
    expect(await stream).toContain("event: end");
  }, 20_000);

  it("when the officer is deactivated", async () => {
    const { id, stream } = await openStream();
    await ctx.db.officer.update({ where: { id }, data: { active: false } });
    expect(await stream).toContain("event: end");
  }, 20_000);

  it("when the session expires", async () => {
    const { id, stream } = await openStream();
    await ctx.db.officerSession.updateMany({ where: { officerId: id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await stream).toContain("event: end");
  }, 20_000);
});
