import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { hashPassword } from "../../src/console/auth/password.js";
import { consolePlugin } from "../../src/console/console-plugin.js";
import { createServer } from "../../src/http/create-server.js";
import type { AppContext } from "../../src/runtime/context.js";
import { createCase } from "../../src/cases/create-case.js";
import type { CaseKind } from "../../src/core/case-kinds.js";

export const PASSWORD = "kata-sandi-uji-123";

/** The console server exactly as start-console builds it. */
export function createConsoleApp(ctx: AppContext): Promise<FastifyInstance> {
  return createServer(ctx, [consolePlugin]);
}

let passwordHash: Promise<string> | undefined;

/** One officer per agency (plus a supervisor where asked), usernames unique per test file. */
export async function seedOfficers(ctx: AppContext, tag: string, roles: Partial<Record<string, "OFFICER" | "SUPERVISOR" | "ADMIN">> = {}) {
  const agencies = await ctx.db.agency.findMany({ select: { id: true, kind: true }, orderBy: { id: "asc" } });
  const officers: { id: string; username: string; agencyId: string; agencyKind: string }[] = [];
  // One hash of PASSWORD for all of them: scrypt at its production cost takes a few hundred ms a hash.
  passwordHash ??= hashPassword(PASSWORD);
  for (const agency of agencies) {
    const username = `${tag}-${agency.id}`.toLowerCase().slice(0, 50);
    const created = await ctx.db.officer.create({
      data: {
        username,
        name: `Petugas ${agency.id}`,
        agencyId: agency.id,
        role: roles[agency.id] ?? "OFFICER",
        passwordHash: await passwordHash,
      },
      select: { id: true },
    });
    officers.push({ id: created.id, username, agencyId: agency.id, agencyKind: agency.kind });
  }
  return officers;
}

/** A signed-in API client over app.inject: keeps the cookie and sends the CSRF token. */
export async function signIn(app: FastifyInstance, username: string, password = PASSWORD) {
  const res = await app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === "pmi_sesi")!;
  const me = res.json() as { csrfToken: string; id: string };
  const headers = { cookie: `pmi_sesi=${cookie.value}`, "x-csrf-token": me.csrfToken };
  return {
    me,
    cookie,
    get: (url: string) => app.inject({ method: "GET", url, headers }),
    post: (url: string, payload?: unknown) =>
      app.inject({ method: "POST", url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) }),
    headers,
  };
}

/** A case opened through the real createCase (routing per the agreements) on a simulator chat. */
export async function openCase(
  ctx: AppContext,
  input: {
    regionId: string | null;
    kind: CaseKind;
    extraKinds?: CaseKind[];
    urgency?: "EMERGENCY" | "HIGH" | "NORMAL" | "LOW";
    workerName?: string;
    reporterName?: string;
    reporterPhone?: string;
    description?: string;
    now?: Date;
    details?: { workerPhone?: string; passportNumber?: string; nik?: string };
  },
) {
  const now = input.now ?? new Date();
  const chatId = `konsol-${randomUUID()}`;
  const reporter = await ctx.db.reporter.create({
    data: {
      name: input.reporterName ?? null,
      phone: input.reporterPhone ?? null,
      identities: { create: { channel: "SIMULATOR", externalId: chatId } },
      conversations: { create: { channel: "SIMULATOR", chatId } },
    },
    select: { id: true, conversations: { select: { id: true } } },
  });
  const conversationId = reporter.conversations[0]!.id;
  const created = await ctx.sql.transaction((tx) =>
    createCase(tx, ctx.rules, {
      reporterId: reporter.id,
      conversationId,
      channel: "SIMULATOR",
      now,
      draft: {
        description: [input.description ?? "gaji saya belum dibayar"],
        kind: input.kind,
        extraKinds: input.extraKinds ?? [],
        urgency: input.urgency ?? "NORMAL",
        signals: [],
        forOfficer: false,
        regionId: input.regionId,
        ...(input.workerName ? { workerName: input.workerName } : {}),
        asked: {},
        startedAt: now.toISOString(),
        consent: true,
      },
    }),
  );
  if (input.details) await ctx.db.case.update({ where: { id: created.id }, data: input.details });
  return { ...created, chatId, conversationId, reporterId: reporter.id };
}
