import type { FastifyInstance } from "fastify";
import { regencyByCode } from "../../core/regencies.js";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CASE_STATUSES } from "../../core/case-lifecycle.js";
import { CHANNELS } from "../../core/channels.js";
import { URGENCIES } from "../../core/urgency.js";
import { signedInOfficer } from "../auth/require-officer.js";
import type { ConsoleDeps } from "../console-deps.js";
import { createReadAudit, READ_EVENTS } from "../audit-reads.js";
import { maskIdentifier } from "../../core/mask-identifier.js";
import { queryInbox } from "../../store/inbox-query.js";
import { identifierSearchDigits } from "../../store/inbox-search.js";
import { kindLabel, slaView, statusLabel } from "./case-views.js";
import { messagePreview } from "./inbox-preview.js";
import { CASE_PHASES, PHASE_LABELS, type CasePhase } from "../../core/phase.js";

const booleanFlag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

export const inboxQuery = z.object({
  status: z.enum(["open", "all", ...CASE_STATUSES]).default("open"),
  kind: z
    .string()
    .max(40)
    .regex(/^[A-Z_]+$/)
    .optional(),
  urgency: z.enum(URGENCIES).optional(),
  region: z.string().max(60).optional(),
  channel: z.enum(CHANNELS).optional(),
  assigned: z.enum(["me", "unassigned"]).optional(),
  overdue: booleanFlag.optional(),
  waiting: booleanFlag.optional(),
  country: z.string().max(60).optional(),
  phase: z.enum([...CASE_PHASES, "NONE"]).optional(),
  // PostgreSQL text cannot hold NUL: refused here with a clear answer instead of a database error.
  q: z
    .string()
    .max(100)
    .refine((q) => !q.includes("\u0000"), "Kata pencarian berisi karakter yang tidak didukung.")
    .optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** The inbox: the officer's agency's cases, emergencies first, then by the next SLA deadline. */
export async function inboxRoutes(app: FastifyInstance, ctx: Pick<ConsoleDeps, "config" | "db" | "redis">): Promise<void> {
  const auditRead = createReadAudit(ctx);
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      "/api/cases",
      { schema: { tags: ["kasus"], summary: "Kotak masuk: daftar kasus dengan filter dan halaman", querystring: inboxQuery } },
      async (request) => {
        const now = new Date();
        const officer = signedInOfficer(request);
        const { rows, total, totalExact } = await queryInbox(ctx.db, officer, request.query, now);
        const digits = request.query.q ? identifierSearchDigits(request.query.q.trim()) : null;
        if (digits) {
          // A phone search is a read of personal data: each one is audited, also when it finds
          // nothing, with a masked form of the number and the cases it turned up.
          const query = maskIdentifier(digits, "phone") ?? "****";
          await auditRead(
            officer,
            {
              type: READ_EVENTS.identifierSearch,
              caseId: null,
              note: `Mencari nomor ${query}`,
              data: { query, digits: digits.length, results: rows.map((r) => r.id) },
            },
            { repeat: true },
          );
        }
        return {
          total,
          // false: there are more than `total` (counting stops early, see COUNT_CAP).
          totalExact,
          page: request.query.page,
          pageSize: request.query.pageSize,
          cases: rows.map((r) => ({
            id: r.id,
            ticket: r.ticket,
            kind: r.kind,
            kindLabel: kindLabel(r.kind),
            urgency: r.urgency,
            status: r.status,
            statusLabel: statusLabel(r.status),
            channel: r.channel,
            name: r.workerName ?? r.reporterName,
            regionName: regencyByCode(r.originRegencyCode)?.name ?? r.regionName,
            destinationCountry: r.destinationCountry,
            phase: r.phase,
            phaseLabel: r.phase ? (PHASE_LABELS[r.phase as CasePhase] ?? null) : null,
            // "Menunggu balasan": the reporter's words are the latest, no officer has answered them.
            awaitingReplySince: r.awaitingReplySince,
            lastMessage: messagePreview(r.lastMessage),
            leadAgencyName: r.leadAgencyName,
            assignedOfficer: r.assignedOfficerId ? { id: r.assignedOfficerId, name: r.assignedOfficerName } : null,
            createdAt: r.createdAt,
            updatedAt: r.updatedAt,
            lastInboundAt: r.lastInboundAt,
            sla: slaView(r, now),
          })),
        };
      },
    );
}
