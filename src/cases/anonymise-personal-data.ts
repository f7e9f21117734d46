import { AUDIT, recordAuditEvent } from "../audit/record-audit-event.js";
import { Prisma } from "../infra/prisma.js";

type Tx = Prisma.TransactionClient;

export interface AnonymiseInput {
  now: Date;
  /** "retention": the period after closure ended; "deletion-request": a reporter's approved HAPUS DATA. */
  reason: "retention" | "deletion-request";
  officerId?: string | null;
  agencyId?: string | null;
}

/**
 * Removes what identifies people in closed cases: the worker's and reporter's names, phones and
 * identity numbers, the story and every message text and file. Keeps what reports count: kind,
 * urgency, region, country, channel, status, dates, deadlines, agencies. Each case gets an
 * ANONYMISED audit event. The one routine for retention and for approved deletion requests.
 */
export async function anonymiseCases(tx: Tx, caseIds: string[], input: AnonymiseInput): Promise<string[]> {
  if (caseIds.length === 0) return [];
  const due = await tx.case.findMany({ where: { id: { in: caseIds }, anonymisedAt: null }, select: { id: true } });
  const ids = due.map((c) => c.id);
  if (ids.length === 0) return [];
  await tx.attachment.deleteMany({ where: { OR: [{ caseId: { in: ids } }, { message: { caseId: { in: ids } } }] } });
  await tx.message.updateMany({
    where: { caseId: { in: ids } },
    data: { text: null, payload: Prisma.DbNull, externalId: null, error: null },
  });
  await tx.satisfactionSurvey.updateMany({ where: { caseId: { in: ids } }, data: { comment: null } });
  await tx.case.updateMany({
    where: { id: { in: ids } },
    data: {
      workerName: null,
      workerPhone: null,
      passportNumber: null,
      nik: null,
      employerName: null,
      placementCompany: null,
      originText: null,
      relationship: null,
      description: "",
      anonymisedAt: input.now,
      mediaPurgedAt: input.now,
    },
  });
  for (const caseId of ids) {
    await recordAuditEvent(tx, {
      type: AUDIT.anonymised,
      caseId,
      officerId: input.officerId ?? null,
      agencyId: input.agencyId ?? null,
      data: { reason: input.reason },
      createdAt: input.now,
    });
  }
  return ids;
}

/** Files of closed cases past RETENTION_MEDIA_DAYS (the texts stay until the case's own retention). */
export async function purgeCaseMedia(tx: Tx, caseIds: string[], now: Date): Promise<number> {
  if (caseIds.length === 0) return 0;
  const removed = await tx.attachment.deleteMany({
    where: { OR: [{ caseId: { in: caseIds } }, { message: { caseId: { in: caseIds } } }] },
  });
  await tx.case.updateMany({ where: { id: { in: caseIds } }, data: { mediaPurgedAt: now } });
  for (const caseId of caseIds)
    await recordAuditEvent(tx, { type: AUDIT.mediaPurged, caseId, data: { files: removed.count }, createdAt: now });
  return removed.count;
}

/**
 * A reporter's whole record: every case (anonymiseCases), every other message and file of their
 * chats, their name and phone. Their chat addresses go later (releaseChatIdentities), once the
 * last message to them has been delivered, so the decision still reaches them.
 */
export async function anonymiseReporter(tx: Tx, reporterId: string, input: AnonymiseInput): Promise<{ cases: string[] }> {
  const cases = await tx.case.findMany({ where: { reporterId }, select: { id: true } });
  const anonymised = await anonymiseCases(
    tx,
    cases.map((c) => c.id),
    input,
  );
  const conversations = { conversation: { reporterId } };
  await tx.attachment.deleteMany({ where: { message: conversations } });
  // Our replies repeat their words too (the summary before consent); a reply still waiting to be
  // sent (the decision itself) keeps its text until it is delivered.
  await tx.message.updateMany({
    where: { ...conversations, NOT: { direction: "OUT", state: "QUEUED" } },
    data: { text: null, payload: Prisma.DbNull, externalId: null },
  });
  await tx.conversation.updateMany({ where: { reporterId }, data: { state: {} } });
  await tx.reporter.update({ where: { id: reporterId }, data: { name: null, phone: null, anonymisedAt: input.now } });
  return { cases: anonymised };
}

/**
 * The last identifiers of anonymised reporters: platform ids (channel identities, chat ids).
 * Only once nothing is still waiting to be sent to them. Returns how many reporters were released.
 */
export async function releaseChatIdentities(tx: Tx): Promise<number> {
  const reporters = await tx.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM "Reporter" r
    WHERE r."anonymisedAt" IS NOT NULL
      AND (EXISTS (SELECT 1 FROM "ChannelIdentity" ci WHERE ci."reporterId" = r.id)
           OR EXISTS (SELECT 1 FROM "Conversation" cv WHERE cv."reporterId" = r.id AND cv."chatId" NOT LIKE 'anon-%'))
      AND NOT EXISTS (SELECT 1 FROM "Message" m JOIN "Conversation" cv ON cv.id = m."conversationId"
                      WHERE cv."reporterId" = r.id AND m.direction = 'OUT' AND m.state = 'QUEUED')
    LIMIT 500`;
  const ids = reporters.map((r) => r.id);
  if (ids.length === 0) return 0;
  await tx.channelIdentity.deleteMany({ where: { reporterId: { in: ids } } });
  await tx.$executeRaw`UPDATE "Conversation" SET "chatId" = 'anon-' || id::text WHERE "reporterId" = ANY(${ids}::uuid[])`;
  return ids.length;
}
