import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../runtime/context.js";
import { HttpError } from "../http-error.js";
import { burnPasswordCheck, hashPassword, passwordProblem, verifyPassword } from "./password.js";
import { signedInOfficer } from "./require-officer.js";
import { SESSION_COOKIE, type SessionStore } from "./sessions.js";

const loginBody = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });
const passwordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) });

export function meView(officer: NonNullable<FastifyRequest["officer"]>) {
  return {
    id: officer.id,
    username: officer.username,
    name: officer.name,
    role: officer.role,
    agency: { id: officer.agencyId, name: officer.agencyName, kind: officer.agencyKind },
    national: officer.agencyKind === "NATIONAL",
    csrfToken: officer.csrfToken,
  };
}

/** Sign in, sign out, who am I, change password. */
export async function authRoutes(app: FastifyInstance, ctx: AppContext, sessions: SessionStore): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const secure = (request: FastifyRequest) =>
    ctx.config.CONSOLE_SECURE_COOKIES === "auto" ? request.protocol === "https" : ctx.config.CONSOLE_SECURE_COOKIES === "true";
  const setCookie = (request: FastifyRequest, reply: FastifyReply, token: string, expires: Date) =>
    reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: "strict", secure: secure(request), path: "/", expires });

  api.post(
    "/api/auth/login",
    {
      schema: { tags: ["auth"], summary: "Masuk (membuat sesi)", body: loginBody },
      config: {
        public: true,
        rateLimit: {
          max: ctx.config.CONSOLE_LOGIN_MAX_PER_15MIN,
          timeWindow: 15 * 60_000,
          hook: "preHandler",
          // Per address and account: guessing one officer's password is slowed down without
          // locking out a whole office behind one NAT address.
          keyGenerator: (request: FastifyRequest) => `${request.ip}|${String((request.body as { username?: unknown } | undefined)?.username ?? "").toLowerCase().slice(0, 100)}`,
        },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const officer = await ctx.db.officer.findUnique({ where: { username: username.trim().toLowerCase() }, select: { id: true, passwordHash: true, active: true } });
      if (!officer || !officer.active) {
        await burnPasswordCheck(password);
        throw new HttpError(401, "Nama pengguna atau kata sandi salah.");
      }
      if (!(await verifyPassword(password, officer.passwordHash))) throw new HttpError(401, "Nama pengguna atau kata sandi salah.");
      const session = await sessions.create(officer.id);
      ctx.log.info({ officerId: officer.id }, "officer signed in");
      setCookie(request, reply, session.token, session.expiresAt);
      const me = await sessions.load(session.token);
      if (!me) throw new HttpError(401, "Nama pengguna atau kata sandi salah.");
      return meView(me);
    },
  );

  api.post("/api/auth/logout", { schema: { tags: ["auth"], summary: "Keluar (mengakhiri sesi)" } }, async (request, reply) => {
    await sessions.destroy(signedInOfficer(request).sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return { ok: true };
  });

  api.get("/api/auth/me", { schema: { tags: ["auth"], summary: "Petugas yang sedang masuk" } }, async (request) => meView(signedInOfficer(request)));

  api.post("/api/auth/password", { schema: { tags: ["auth"], summary: "Ganti kata sandi", body: passwordBody } }, async (request) => {
    const officer = signedInOfficer(request);
    const { currentPassword, newPassword } = request.body;
    const row = await ctx.db.officer.findUniqueOrThrow({ where: { id: officer.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(currentPassword, row.passwordHash))) throw new HttpError(400, "Kata sandi lama salah.");
    const problem = passwordProblem(newPassword);
    if (problem) throw new HttpError(400, problem);
    await ctx.db.officer.update({ where: { id: officer.id }, data: { passwordHash: await hashPassword(newPassword) } });
    await sessions.destroyOthers(officer.id, officer.sessionId);
    ctx.log.info({ officerId: officer.id }, "officer changed password");
    return { ok: true };
  });
}
