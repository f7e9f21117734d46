import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { verifyAuditChain } from "../../audit/verify-audit-chain.js";
import type { ConsoleDeps } from "../console-deps.js";
import { requireRole, signedInOfficer } from "../auth/require-officer.js";

/** The audit trail's integrity check (the same as `npm run audit:verify`), for administrators. */
export async function auditRoutes(app: FastifyInstance, ctx: Pick<ConsoleDeps, "db" | "log">): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    "/api/audit/verify",
    { schema: { tags: ["audit"], summary: "Periksa rantai hash jejak audit (hanya administrator)" } },
    async (request) => {
      const officer = signedInOfficer(request);
      requireRole(officer, ["ADMIN"], "Pemeriksaan jejak audit hanya untuk administrator.");
      const result = await verifyAuditChain(ctx.db);
      ctx.log.info(
        { officerId: officer.id, ok: result.ok, checked: result.checked, problems: result.problems.length },
        "audit chain verified",
      );
      return result;
    },
  );
}
