import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.js";
import type { ConsoleDeps } from "../console-deps.js";
import { findAccount, listAccounts, setAccountActive, setAccountRole, setPasswordClosingLink } from "../../store/officers.js";
import { createOfficer, OfficerInputError } from "../auth/create-officer.js";
import { issuePasswordLink, mayManage, officerOfLink } from "../auth/officer-accounts.js";
import { hashPassword, passwordProblem } from "../auth/password.js";
import { requireRole, signedInOfficer } from "../auth/require-officer.js";
import type { Officer, SessionStore } from "../auth/sessions.js";
import { badRequest, forbidden } from "../http-error.js";
import type { CaseEventType } from "../../core/case-event-labels.js";
import { AppError } from "../../core/app-error.js";

const ROLES = ["OFFICER", "SUPERVISOR", "ADMIN"] as const;
const officerParams = z.object({ id: z.string().uuid() });
const createBody = z.object({
  username: z.string().trim().min(3).max(50),
  name: z.string().trim().min(1).max(100),
  agencyId: z.string().min(1).max(60),
  role: z.enum(ROLES),
});
const activeBody = z.object({ active: z.boolean() });
const roleBody = z.object({ role: z.enum(ROLES) });
const setPasswordBody = z.object({ token: z.string().min(1).max(100), newPassword: z.string().min(1).max(200) });

const NOT_YOURS = "Anda tidak berwenang mengelola akun ini.";
const linkPath = (token: string) => `/#/atur-sandi/${token}`;

/**
 * Account management: administrators manage every account, supervisors the officers of their
 * own agency. Every change is written to the audit trail (caseId null, the account in data).
 * A new account and a reset get a one-time link to set the password; no password is ever shown.
 */
export async function accountRoutes(app: FastifyInstance, ctx: Pick<ConsoleDeps, "db">, sessions: SessionStore): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const audit = (actor: Officer, type: CaseEventType, note: string, data: Record<string, string | boolean | null>) =>
    recordAuditEvent(ctx.db, { type, officerId: actor.id, agencyId: actor.agencyId, note, data });
  const manageable = async (actor: Officer, id: string, newRole?: Officer["role"]) => {
    requireRole(actor, ["SUPERVISOR", "ADMIN"]);
    const target = await findAccount(ctx.db, id);
    if (!target) throw new AppError("not-found", "Akun tidak ditemukan.");
    if (!mayManage(actor, target, newRole))
      throw forbidden(target.id === actor.id ? "Akun Anda sendiri tidak dapat diubah di sini." : NOT_YOURS);
    return target;
  };

  api.get(
    "/api/officers",
    { schema: { tags: ["akun"], summary: "Daftar akun petugas (administrator: semua; supervisor: instansinya)" } },
    async (request) => {
      const actor = signedInOfficer(request);
      requireRole(actor, ["SUPERVISOR", "ADMIN"]);
      const rows = await listAccounts(ctx.db, actor.role === "ADMIN" ? undefined : actor.agencyId);
      const now = new Date();
      return {
        officers: rows.map((o) => ({
          id: o.id,
          username: o.username,
          name: o.name,
          role: o.role,
          active: o.active,
          agency: { id: o.agencyId, name: o.agency.name },
          createdAt: o.createdAt,
          linkOpen: o.passwordResetExpiresAt !== null && o.passwordResetExpiresAt > now,
          manageable: mayManage(actor, o),
        })),
      };
    },
  );

  api.post(
    "/api/officers",
    { schema: { tags: ["akun"], summary: "Buat akun petugas (dengan tautan sekali pakai untuk kata sandi)", body: createBody } },
    async (request, reply) => {
      const actor = signedInOfficer(request);
      requireRole(actor, ["SUPERVISOR", "ADMIN"]);
      const { username, name, agencyId, role } = request.body;
      if (!mayManage(actor, { agencyId, role }))
        throw forbidden("Supervisor hanya dapat membuat akun petugas (bukan supervisor atau administrator) untuk instansinya sendiri.");
      let created: { id: string; username: string };
      try {
        // A random password nobody knows, replaced at once by the link.
        created = await createOfficer(ctx.db, { username, name, agencyId, role, password: randomBytes(24).toString("base64url") });
      } catch (error) {
        if (error instanceof OfficerInputError) throw badRequest(error.message);
        throw error;
      }
      const link = await issuePasswordLink(ctx.db, created.id);
      await audit(actor, "ACCOUNT_CREATED", `Membuat akun ${created.username}`, { accountId: created.id, agencyId, role });
      return reply
        .code(201)
        .send({ id: created.id, username: created.username, link: linkPath(link.token), linkExpiresAt: link.expiresAt });
    },
  );

  api.post(
    "/api/officers/:id/active",
    { schema: { tags: ["akun"], summary: "Aktifkan atau nonaktifkan akun", params: officerParams, body: activeBody } },
    async (request) => {
      const actor = signedInOfficer(request);
      const target = await manageable(actor, request.params.id);
      await setAccountActive(ctx.db, target.id, request.body.active);
      if (!request.body.active) await sessions.destroyOthers(target.id, null);
      await audit(
        actor,
        request.body.active ? "ACCOUNT_ACTIVATED" : "ACCOUNT_DEACTIVATED",
        `${request.body.active ? "Mengaktifkan" : "Menonaktifkan"} akun ${target.username}`,
        { accountId: target.id },
      );
      return { ok: true };
    },
  );

  api.post(
    "/api/officers/:id/reset",
    { schema: { tags: ["akun"], summary: "Atur ulang kata sandi: tautan sekali pakai, sesi berakhir", params: officerParams } },
    async (request) => {
      const actor = signedInOfficer(request);
      const target = await manageable(actor, request.params.id);
      const link = await issuePasswordLink(ctx.db, target.id);
      await sessions.destroyOthers(target.id, null);
      await audit(actor, "ACCOUNT_RESET", `Mengatur ulang kata sandi akun ${target.username}`, { accountId: target.id });
      return { link: linkPath(link.token), linkExpiresAt: link.expiresAt };
    },
  );

  api.post(
    "/api/officers/:id/role",
    { schema: { tags: ["akun"], summary: "Ubah peran akun", params: officerParams, body: roleBody } },
    async (request) => {
      const actor = signedInOfficer(request);
      const target = await manageable(actor, request.params.id, request.body.role);
      await setAccountRole(ctx.db, target.id, request.body.role);
      await audit(actor, "ACCOUNT_ROLE_CHANGED", `Mengubah peran akun ${target.username}`, {
        accountId: target.id,
        from: target.role,
        to: request.body.role,
      });
      return { ok: true };
    },
  );

  api.post(
    "/api/auth/set-password",
    { schema: { tags: ["auth"], summary: "Atur kata sandi dengan tautan sekali pakai", body: setPasswordBody }, config: { public: true } },
    async (request) => {
      const { token, newPassword } = request.body;
      const officer = await officerOfLink(ctx.db, token);
      if (!officer || !officer.active)
        throw badRequest("Tautan ini tidak berlaku lagi. Mintalah tautan baru kepada supervisor atau administrator.");
      const problem = passwordProblem(newPassword);
      if (problem) throw badRequest(problem);
      await setPasswordClosingLink(ctx.db, officer.id, await hashPassword(newPassword));
      await sessions.destroyOthers(officer.id, null);
      await recordAuditEvent(ctx.db, {
        type: "ACCOUNT_PASSWORD_SET",
        officerId: officer.id,
        note: "Kata sandi diatur lewat tautan sekali pakai",
        data: { accountId: officer.id },
      });
      return { ok: true };
    },
  );
}
