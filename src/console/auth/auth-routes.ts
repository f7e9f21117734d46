import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ConsoleDeps } from "../console-deps.js";
import { AppError } from "../../core/app-error.js";
import { findOfficerForSignIn, findPasswordHash, setPasswordHash } from "../../store/officers.js";
import { createLoginLimiter, normaliseUsername } from "./login-limiter.js";
import { burnPasswordCheck, hashPassword, needsRehash, passwordProblem, verifyPassword } from "./password.js";
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
export async function authRoutes(
  app: FastifyInstance,
  ctx: Pick<ConsoleDeps, "config" | "db" | "log" | "redis">,
  sessions: SessionStore,
): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const secure = (request: FastifyRequest) =>
    ctx.config.CONSOLE_SECURE_COOKIES === "auto" ? request.protocol === "https" : ctx.config.CONSOLE_SECURE_COOKIES === "true";
  const setCookie = (request: FastifyRequest, reply: FastifyReply, token: string, expires: Date) =>
    reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: "strict", secure: secure(request), path: "/", expires });

  const limiter = createLoginLimiter(ctx.redis, ctx.config);
  const tooMany = (waitMs: number) =>
    waitMs < 60_000
      ? `Terlalu banyak percobaan masuk. Silakan tunggu ${Math.ceil(waitMs / 1000)} detik lalu coba lagi.`
      : `Terlalu banyak percobaan masuk. Silakan coba lagi dalam ${Math.ceil(waitMs / 60_000)} menit.`;
  const WRONG = "Nama pengguna atau kata sandi salah.";

  api.post(
    "/api/auth/login",
    { schema: { tags: ["auth"], summary: "Masuk (membuat sesi)", body: loginBody }, config: { public: true } },
    async (request, reply) => {
      const { username, password } = request.body;
      const normalised = normaliseUsername(username);
      // The log names the account by a hash (or its id), never by what was typed, and never the password.
      const who = { usernameHash: createHash("sha256").update(normalised).digest("hex").slice(0, 16), ip: request.ip };
      const attempt = await limiter.attempt(normalised, request.ip);
      if (attempt.waitMs > 0) {
        ctx.log.warn({ ...who, reason: "limited" }, "console login refused");
        reply.header("retry-after", Math.ceil(attempt.waitMs / 1000));
        throw new AppError("too-many-attempts", tooMany(attempt.waitMs));
      }
      const officer = await findOfficerForSignIn(ctx.db, normalised);
      const valid = officer?.active ? await verifyPassword(password, officer.passwordHash) : (await burnPasswordCheck(password), false);
      await attempt.settle(valid);
      if (!officer || !valid) {
        ctx.log.warn(
          { ...who, officerId: officer?.id, reason: !officer ? "unknown-user" : officer.active ? "wrong-password" : "inactive" },
          "console login failed",
        );
        throw new AppError("unauthenticated", WRONG);
      }
      // The password is at hand only now: bring a hash of an older, cheaper cost up to today's.
      if (needsRehash(officer.passwordHash)) await setPasswordHash(ctx.db, officer.id, await hashPassword(password));
      const session = await sessions.create(officer.id);
      ctx.log.info({ officerId: officer.id }, "officer signed in");
      setCookie(request, reply, session.token, session.expiresAt);
      const me = await sessions.load(session.token);
      if (!me) throw new AppError("unauthenticated", WRONG);
      return meView(me);
    },
  );

  api.post("/api/auth/logout", { schema: { tags: ["auth"], summary: "Keluar (mengakhiri sesi)" } }, async (request, reply) => {
    await sessions.destroy(signedInOfficer(request).sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return { ok: true };
  });

  api.get("/api/auth/me", { schema: { tags: ["auth"], summary: "Petugas yang sedang masuk" } }, async (request) =>
    meView(signedInOfficer(request)),
  );

  api.post("/api/auth/password", { schema: { tags: ["auth"], summary: "Ganti kata sandi", body: passwordBody } }, async (request) => {
    const officer = signedInOfficer(request);
    const { currentPassword, newPassword } = request.body;
    if (!(await verifyPassword(currentPassword, await findPasswordHash(ctx.db, officer.id))))
      throw new AppError("invalid-input", "Kata sandi lama salah.");
    const problem = passwordProblem(newPassword);
    if (problem) throw new AppError("invalid-input", problem);
    await setPasswordHash(ctx.db, officer.id, await hashPassword(newPassword));
    await sessions.destroyOthers(officer.id, officer.sessionId);
    ctx.log.info({ officerId: officer.id }, "officer changed password");
    return { ok: true };
  });
}
