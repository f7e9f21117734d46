import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { CaseServiceDeps } from "../../cases/case-services.js";
import { retryFailedMessage } from "../../cases/retry-failed-message.js";
import { listChannelStatus } from "../../store/channel-status.js";
import { isFailedOutboundVisible, listStuckOutbound } from "../../store/message-outbox.js";
import { listParkedForOfficers } from "../../store/telegram-parked-updates.js";
import { signedInOfficer } from "../auth/require-officer.js";
import type { ConsoleDeps } from "../console-deps.js";
import { caseScope } from "../access/case-access.js";
import { notFound } from "../http-error.js";

const messageParams = z.object({ id: z.string().uuid() });
const QUEUED_TOO_LONG_MS = 60_000;

/** Operations: outbound messages that failed after their last try (with retry) or wait too long in the queue, channel connections. */
export async function operationsRoutes(app: FastifyInstance, ctx: Pick<ConsoleDeps, "db" | "updates" | "queues" | "rules">): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const deps: CaseServiceDeps = { db: ctx.db, queues: ctx.queues, rules: ctx.rules, updates: ctx.updates };
  /** FAILED or QUEUED outbound messages an officer may see, as the Operasional page lists them. */
  const listOutbound = async (officer: Parameters<typeof caseScope>[0], state: "FAILED" | "QUEUED", before?: Date) => {
    const rows = await listStuckOutbound(ctx.db, caseScope(officer), state, before);
    return rows.map((m) => ({
      id: m.id,
      channel: m.channel,
      text: m.text,
      error: m.error,
      attempts: m.attempts,
      createdAt: m.createdAt,
      caseId: m.caseId,
      ticket: m.case?.ticket ?? null,
      reporterUnreachable: m.conversation.reporter.unreachableAt !== null,
    }));
  };

  api.get(
    "/api/operations/failed-messages",
    { schema: { tags: ["operasional"], summary: "Pesan keluar yang gagal setelah percobaan terakhir" } },
    async (request) => ({
      messages: await listOutbound(signedInOfficer(request), "FAILED"),
    }),
  );

  api.get(
    "/api/operations/queued-messages",
    { schema: { tags: ["operasional"], summary: "Pesan keluar yang masih dalam antrean lebih dari satu menit" } },
    async (request) => {
      const now = Date.now();
      // A reply normally leaves within seconds; one that waits a minute holds back its chat.
      const rows = await listOutbound(signedInOfficer(request), "QUEUED", new Date(now - QUEUED_TOO_LONG_MS));
      return { messages: rows.map((m) => ({ ...m, ageSeconds: Math.floor((now - m.createdAt.getTime()) / 1000) })) };
    },
  );

  api.post(
    "/api/operations/failed-messages/:id/retry",
    { schema: { tags: ["operasional"], summary: "Kirim ulang pesan yang gagal", params: messageParams } },
    async (request, reply) => {
      const officer = signedInOfficer(request);
      if (!(await isFailedOutboundVisible(ctx.db, caseScope(officer), request.params.id))) throw notFound();
      await retryFailedMessage(deps, { messageId: request.params.id, officerId: officer.id, agencyId: officer.agencyId });
      return reply.code(202).send({ ok: true });
    },
  );

  api.get(
    "/api/operations/parked-updates",
    {
      schema: {
        tags: ["operasional"],
        summary: "Pembaruan Telegram yang tertahan setelah gagal disimpan berulang kali (tingkat nasional)",
      },
    },
    async (request) => {
      // Not yet tied to any case, so only the national level, which sees every case, sees them.
      if (!caseScope(signedInOfficer(request)).national) return { updates: [] };
      const rows = await listParkedForOfficers(ctx.db, 200);
      return { updates: rows.map((r) => ({ id: r.id, updateId: r.updateId.toString(), error: r.error, parkedAt: r.parkedAt })) };
    },
  );

  api.get(
    "/api/operations/channels",
    { schema: { tags: ["operasional"], summary: "Status koneksi kanal (nomor WhatsApp, bot Telegram)" } },
    async () => {
      const rows = await listChannelStatus(ctx.db);
      return { channels: rows.map((r) => ({ id: r.id, channel: r.channel, state: r.state, detail: r.detail, updatedAt: r.updatedAt })) };
    },
  );
}
