import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { decideDeletionRequest } from "../../cases/decide-deletion-request.js";
import type { ConsoleDeps } from "../console-deps.js";
import { listDeletionRequests } from "../../store/deletion-requests.js";
import { requireRole, signedInOfficer } from "../auth/require-officer.js";
import { statusLabel } from "./case-views.js";

const requestParams = z.object({ id: z.string().uuid() });
const decisionBody = z.object({ approve: z.boolean(), reason: z.string().max(1000).optional() });
const ROLE_MESSAGE = "Permintaan penghapusan data diputuskan oleh supervisor atau administrator.";

/** Reporters' HAPUS DATA requests (UU PDP): the list with their deadline, and the decision. */
export async function privacyRoutes(
  app: FastifyInstance,
  ctx: Pick<ConsoleDeps, "db" | "updates" | "log" | "queues" | "rules">,
): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/privacy/deletion-requests",
    { schema: { tags: ["data pribadi"], summary: "Permintaan penghapusan data dari pelapor, dengan batas waktunya" } },
    async (request) => {
      requireRole(signedInOfficer(request), ["SUPERVISOR", "ADMIN"], ROLE_MESSAGE);
      const now = new Date();
      const rows = await listDeletionRequests(ctx.db, 200);
      return {
        requests: rows.map((r) => ({
          id: r.id,
          status: r.status,
          requestedAt: r.requestedAt,
          dueAt: r.dueAt,
          overdue: r.status === "PENDING" && r.dueAt < now,
          decidedAt: r.decidedAt,
          reason: r.reason,
          cases: r.reporter.cases.map((c) => ({ id: c.id, ticket: c.ticket, status: c.status, statusLabel: statusLabel(c.status) })),
        })),
      };
    },
  );

  api.post(
    "/api/privacy/deletion-requests/:id/decision",
    {
      schema: {
        tags: ["data pribadi"],
        summary: "Setujui (data pelapor dianonimkan) atau tolak dengan alasan; pelapor diberi tahu",
        params: requestParams,
        body: decisionBody,
      },
    },
    async (request) => {
      const officer = signedInOfficer(request);
      requireRole(officer, ["SUPERVISOR", "ADMIN"], ROLE_MESSAGE);
      const result = await decideDeletionRequest(
        { db: ctx.db, queues: ctx.queues, rules: ctx.rules, updates: ctx.updates },
        {
          requestId: request.params.id,
          officerId: officer.id,
          agencyId: officer.agencyId,
          approve: request.body.approve,
          reason: request.body.reason,
        },
      );
      ctx.log.info({ requestId: request.params.id, officerId: officer.id, status: result.status }, "deletion request decided");
      return result;
    },
  );
}
