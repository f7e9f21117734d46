import { resolvedStatusSql } from "./case-status-sql.js";
import { Prisma } from "../infra/prisma.js";
import type { Db, Tx } from "./database.js";

/**
 * The rows whose personal data has reached the end of its life (UU PDP). Taken with SKIP LOCKED
 * inside the caller's transaction, so several worker processes can sweep at once.
 */

/** Finished cases closed (or resolved) before `cutoff`, not anonymised yet; locked for this transaction. */
export async function lockCasesToAnonymise(tx: Tx, cutoff: Date, limit: number): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Case" WHERE "anonymisedAt" IS NULL AND ${resolvedStatusSql()}
      AND COALESCE("closedAt", "resolvedAt") < ${cutoff}
    ORDER BY COALESCE("closedAt", "resolvedAt") LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
  return rows.map((r) => r.id);
}

/** Finished cases closed (or resolved) before `cutoff` whose files are still kept; locked for this transaction. */
export async function lockCasesToPurgeMedia(tx: Tx, cutoff: Date, limit: number): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Case" WHERE "mediaPurgedAt" IS NULL AND "anonymisedAt" IS NULL AND ${resolvedStatusSql()}
      AND COALESCE("closedAt", "resolvedAt") < ${cutoff}
    ORDER BY COALESCE("closedAt", "resolvedAt") LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
  return rows.map((r) => r.id);
}

/** Reporters whose every case is anonymised and who have not written since `cutoff`. */
export async function reportersToAnonymise(db: Db, cutoff: Date, limit: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM "Reporter" r
    WHERE r."anonymisedAt" IS NULL
      AND EXISTS (SELECT 1 FROM "Case" c WHERE c."reporterId" = r.id)
      AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE c."reporterId" = r.id AND c."anonymisedAt" IS NULL)
      AND NOT EXISTS (SELECT 1 FROM "Conversation" cv WHERE cv."reporterId" = r.id AND cv."lastInboundAt" >= ${cutoff})
    LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/** Those of these cases not anonymised yet. */
export async function notAnonymised(tx: Tx, caseIds: string[]): Promise<string[]> {
  return (await tx.case.findMany({ where: { id: { in: caseIds }, anonymisedAt: null }, select: { id: true } })).map((c) => c.id);
}

/** Deletes the cases' files (joined to them or to their messages); resolves how many. */
export async function deleteCaseFiles(tx: Tx, caseIds: string[]): Promise<number> {
  return (await tx.attachment.deleteMany({ where: { OR: [{ caseId: { in: caseIds } }, { message: { caseId: { in: caseIds } } }] } })).count;
}

/** Erases what identifies people in these cases and their messages and survey comments; marks them anonymised (files too). */
export async function eraseCasesPersonalData(tx: Tx, caseIds: string[], at: Date): Promise<void> {
  await tx.message.updateMany({
    where: { caseId: { in: caseIds } },
    data: { text: null, payload: Prisma.DbNull, externalId: null, error: null },
  });
  await tx.satisfactionSurvey.updateMany({ where: { caseId: { in: caseIds } }, data: { comment: null } });
  await tx.case.updateMany({
    where: { id: { in: caseIds } },
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
      anonymisedAt: at,
      mediaPurgedAt: at,
    },
  });
}

export async function markMediaPurged(tx: Tx, caseIds: string[], at: Date): Promise<void> {
  await tx.case.updateMany({ where: { id: { in: caseIds } }, data: { mediaPurgedAt: at } });
}

export async function caseIdsOfReporter(tx: Tx, reporterId: string): Promise<string[]> {
  return (await tx.case.findMany({ where: { reporterId }, select: { id: true } })).map((c) => c.id);
}

/**
 * Erases the reporter's name, phone, files, dialogue states and message texts (a reply still
 * waiting to be sent keeps its text until it is delivered); marks the reporter anonymised.
 */
export async function eraseReporterPersonalData(tx: Tx, reporterId: string, at: Date): Promise<void> {
  const conversations = { conversation: { reporterId } };
  await tx.attachment.deleteMany({ where: { message: conversations } });
  await tx.message.updateMany({
    where: { ...conversations, NOT: { direction: "OUT", state: "QUEUED" } },
    data: { text: null, payload: Prisma.DbNull, externalId: null },
  });
  await tx.conversation.updateMany({ where: { reporterId }, data: { state: {} } });
  await tx.reporter.update({ where: { id: reporterId }, data: { name: null, phone: null, anonymisedAt: at } });
}

/** Anonymised reporters still holding chat identities or chat ids, with no reply waiting for them. */
export async function reportersToRelease(tx: Tx, limit: number): Promise<string[]> {
  const reporters = await tx.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM "Reporter" r
    WHERE r."anonymisedAt" IS NOT NULL
      AND (EXISTS (SELECT 1 FROM "ChannelIdentity" ci WHERE ci."reporterId" = r.id)
           OR EXISTS (SELECT 1 FROM "Conversation" cv WHERE cv."reporterId" = r.id AND cv."chatId" NOT LIKE 'anon-%'))
      AND NOT EXISTS (SELECT 1 FROM "Message" m JOIN "Conversation" cv ON cv.id = m."conversationId"
                      WHERE cv."reporterId" = r.id AND m.direction = 'OUT' AND m.state = 'QUEUED')
    LIMIT ${limit}`;
  return reporters.map((r) => r.id);
}

/** The reporters' chat identities go, and their conversations' chat ids become `anon-<id>`. */
export async function releaseIdentities(tx: Tx, reporterIds: string[]): Promise<void> {
  await tx.channelIdentity.deleteMany({ where: { reporterId: { in: reporterIds } } });
  await tx.$executeRaw`UPDATE "Conversation" SET "chatId" = 'anon-' || id::text WHERE "reporterId" = ANY(${reporterIds}::uuid[])`;
}
