import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { hashPassword } from "../../src/console/auth/password.js";
import { consolePlugin } from "../../src/console/console-plugin.js";
import { createServer } from "../../src/http/create-server.js";
import type { AppContext } from "../../src/runtime/context.js";
import { createCase } from "../../src/cases/create-case.js";
import type { CaseKind } from "../../src/core/case-kinds.js";
import { startTestApp, type TestAppOptions, type TestContext } from "../support/test-app.js";

export const PASSWORD = "kata-sandi-uji-123";

/** The console server exactly as start-console builds it. */
export function createConsoleApp(ctx: AppContext): Promise<FastifyInstance> {
  return createServer(ctx, [consolePlugin]);
}

let passwordHash: Promise<string> | undefined;

type OfficerRoles = Partial<Record<string, "OFFICER" | "SUPERVISOR" | "ADMIN">>;
export type SeededOfficer = Awaited<ReturnType<typeof seedOfficers>>[number];

/** One officer per agency (plus a supervisor where asked), usernames unique per test file. */
export async function seedOfficers(ctx: AppContext, tag: string, roles: OfficerRoles = {}) {
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

export interface ConsoleAppOptions extends TestAppOptions {
  /** Seeds one officer per agency, usernames `<tag>-<agency>` (seedOfficers). */
  officers?: { tag: string; roles?: OfficerRoles };
  /** Listens on a loopback port (browsers, live streams over real HTTP): `base` is its address. */
  listen?: boolean;
}

export interface ConsoleApp {
  ctx: TestContext;
  app: FastifyInstance;
  /** The listening address when `listen` was asked for. */
  base: string;
  officers: SeededOfficer[];
}

/**
 * The console of a test file, registered as its beforeAll/afterAll: a test context (with the
 * workers or bots asked for), the console server as start-console builds it, and the officers
 * asked for. Tests sign in far more often than people do, so the per-account login limit is
 * lifted unless `overrides` says otherwise (login-limit.test.ts tests the limits). `ready`
 * receives the started console; the object returned is filled in at the same moment.
 */
export function useConsoleApp(options: ConsoleAppOptions = {}, ready?: (started: ConsoleApp) => void): ConsoleApp {
  const started = {} as ConsoleApp;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const test = await startTestApp({ ...options, overrides: { CONSOLE_LOGIN_MAX_PER_15MIN: "1000", ...options.overrides } });
    stop = test.stop;
    started.ctx = test.ctx;
    started.app = await createConsoleApp(test.ctx);
    if (options.listen) started.base = await started.app.listen({ host: "127.0.0.1", port: 0 });
    started.officers = options.officers ? await seedOfficers(test.ctx, options.officers.tag, options.officers.roles) : [];
    ready?.(started);
  });
  afterAll(async () => {
    await started.app?.close();
    await stop?.();
  });
  return started;
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
