import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { createOfficer } from "../../src/console/auth/create-officer.js";
import type { TestContext } from "../support/test-app.js";
import { PASSWORD, signIn, useConsoleApp } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let serial = 0;

useConsoleApp({}, (started) => ({ ctx, app } = started));

const account = async (agencyId: string, role: "OFFICER" | "SUPERVISOR" | "ADMIN") => {
  const created = await createOfficer(ctx.db, {
    username: `akun-${serial++}`,
    name: `Petugas ${agencyId}`,
    agencyId,
    role,
    password: PASSWORD,
  });
  return { ...created, client: await signIn(app, created.username) };
};
const tokenOf = (link: string) => link.replace("/#/atur-sandi/", "");
const setPassword = (token: string, newPassword: string) =>
  app.inject({ method: "POST", url: "/api/auth/set-password", payload: { token, newPassword } });
const auditOf = (accountId: string) =>
  ctx.db.caseEvent.findMany({
    where: { caseId: null, type: { startsWith: "ACCOUNT_" }, data: { path: ["accountId"], equals: accountId } },
    orderBy: { createdAt: "asc" },
    select: { type: true, officerId: true },
  });

describe("account management by administrators", () => {
  it("creates an account with a one-time link, resets, changes the role and deactivates, each audited", async () => {
    const admin = await account("KP2MI", "ADMIN");
    const created = await admin.client.post("/api/officers", {
      username: "Baru.Petugas",
      name: "Petugas Baru",
      agencyId: "DINSOS-LA",
      role: "OFFICER",
    });
    expect(created.statusCode).toBe(201);
    const { id, username, link } = created.json();
    expect(username).toBe("baru.petugas");
    expect(link).toMatch(/^\/#\/atur-sandi\/[\w-]{40,}$/);
    // Nobody can sign in before the link is used; the link refuses common passwords and works once.
    await expect(signIn(app, username)).rejects.toThrow(/401/);
    expect((await setPassword(tokenOf(link), "password123")).json().error).toMatch(/terlalu umum/);
    expect((await setPassword(tokenOf(link), "kebun-teh-lembang-17")).statusCode).toBe(200);
    expect((await setPassword(tokenOf(link), "kebun-teh-lembang-18")).statusCode).toBe(400);
    const officer = await signIn(app, username, "kebun-teh-lembang-17");

    const reset = await admin.client.post(`/api/officers/${id}/reset`);
    expect(reset.statusCode).toBe(200);
    expect((await officer.get("/api/auth/me")).statusCode).toBe(401);
    await expect(signIn(app, username, "kebun-teh-lembang-17")).rejects.toThrow(/401/);
    expect((await setPassword(tokenOf(reset.json().link), "sawah-hijau-di-garut-5")).statusCode).toBe(200);

    expect((await admin.client.post(`/api/officers/${id}/role`, { role: "SUPERVISOR" })).statusCode).toBe(200);
    const again = await signIn(app, username, "sawah-hijau-di-garut-5");
    expect(again.me).toMatchObject({ id });
    expect((await again.get("/api/auth/me")).json().role).toBe("SUPERVISOR");
    expect((await admin.client.post(`/api/officers/${id}/active`, { active: false })).statusCode).toBe(200);
    expect((await again.get("/api/auth/me")).statusCode).toBe(401);
    await expect(signIn(app, username, "sawah-hijau-di-garut-5")).rejects.toThrow(/401/);

    expect((await auditOf(id)).map((e) => e.type)).toEqual([
      "ACCOUNT_CREATED",
      "ACCOUNT_PASSWORD_SET",
      "ACCOUNT_RESET",
      "ACCOUNT_PASSWORD_SET",
      "ACCOUNT_ROLE_CHANGED",
      "ACCOUNT_DEACTIVATED",
    ]);
    expect((await auditOf(id)).filter((e) => e.type !== "ACCOUNT_PASSWORD_SET").every((e) => e.officerId === admin.id)).toBe(true);
    const listed = (await admin.client.get("/api/officers")).json().officers;
    expect(listed.find((o: { id: string }) => o.id === id)).toMatchObject({
      active: false,
      role: "SUPERVISOR",
      agency: { id: "DINSOS-LA" },
    });
  });

  it("does not let an administrator deactivate or demote themselves", async () => {
    const admin = await account("KP2MI", "ADMIN");
    expect((await admin.client.post(`/api/officers/${admin.id}/active`, { active: false })).statusCode).toBe(403);
    expect((await admin.client.post(`/api/officers/${admin.id}/role`, { role: "OFFICER" })).statusCode).toBe(403);
  });
});

describe("account management by supervisors and officers", () => {
  it("lets a supervisor manage only the officers of their own agency, and only as officers", async () => {
    const supervisor = await account("BP3MI-LA", "SUPERVISOR");
    const ownOfficer = await account("BP3MI-LA", "OFFICER");
    const peer = await account("BP3MI-LA", "SUPERVISOR");
    const otherOfficer = await account("BP3MI-JK", "OFFICER");
    const ids = (await supervisor.client.get("/api/officers")).json().officers.map((o: { agency: { id: string } }) => o.agency.id);
    expect(new Set(ids)).toEqual(new Set(["BP3MI-LA"]));
    expect(
      (
        await supervisor.client.post("/api/officers", {
          username: "petugas-la-baru",
          name: "Petugas",
          agencyId: "BP3MI-LA",
          role: "OFFICER",
        })
      ).statusCode,
    ).toBe(201);
    for (const [agencyId, role] of [
      ["BP3MI-LA", "SUPERVISOR"],
      ["BP3MI-LA", "ADMIN"],
      ["BP3MI-JK", "OFFICER"],
    ] as const) {
      expect(
        (await supervisor.client.post("/api/officers", { username: `tak-boleh-${serial++}`, name: "Petugas", agencyId, role })).statusCode,
        `${agencyId} ${role}`,
      ).toBe(403);
    }
    expect((await supervisor.client.post(`/api/officers/${ownOfficer.id}/reset`)).statusCode).toBe(200);
    expect((await supervisor.client.post(`/api/officers/${ownOfficer.id}/role`, { role: "SUPERVISOR" })).statusCode).toBe(403);
    for (const target of [peer, otherOfficer]) {
      expect((await supervisor.client.post(`/api/officers/${target.id}/active`, { active: false })).statusCode).toBe(403);
      expect((await supervisor.client.post(`/api/officers/${target.id}/reset`)).statusCode).toBe(403);
    }
    expect((await supervisor.client.post(`/api/officers/${ownOfficer.id}/active`, { active: false })).statusCode).toBe(200);
    expect(await ctx.db.officer.count({ where: { id: { in: [peer.id, otherOfficer.id] }, active: true } })).toBe(2);
  });

  it("gives officers no account management", async () => {
    const officer = await account("BP3MI-LA", "OFFICER");
    const colleague = await account("BP3MI-LA", "OFFICER");
    expect((await officer.client.get("/api/officers")).statusCode).toBe(403);
    expect(
      (await officer.client.post("/api/officers", { username: "coba-coba", name: "Petugas", agencyId: "BP3MI-LA", role: "OFFICER" }))
        .statusCode,
    ).toBe(403);
    expect((await officer.client.post(`/api/officers/${colleague.id}/active`, { active: false })).statusCode).toBe(403);
  });
});
