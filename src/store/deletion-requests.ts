import type { Db, Sql, Tx } from "./database.js";

/** Reporters' requests to delete their data, pending first, by deadline, with the reporter's cases. */
export async function listDeletionRequests(db: Db, take: number) {
  return db.deletionRequest.findMany({
    orderBy: [{ status: "asc" }, { dueAt: "asc" }],
    take,
    select: {
      id: true,
      status: true,
      requestedAt: true,
      dueAt: true,
      decidedAt: true,
      reason: true,
      reporter: { select: { cases: { select: { id: true, ticket: true, status: true }, orderBy: { createdAt: "asc" } } } },
    },
  });
}

/** Locks a deletion request for this transaction; undefined when it does not exist. */
export async function lockDeletionRequest(tx: Tx, id: string) {
  const [request] = await tx.$queryRaw<{ id: string; reporterId: string; conversationId: string; status: string }[]>`
    SELECT id, "reporterId", "conversationId", status::text AS status FROM "DeletionRequest" WHERE id = ${id}::uuid FOR UPDATE`;
  return request;
}

export async function recordDeletionDecision(
  tx: Tx,
  id: string,
  decision: { status: "APPROVED" | "REFUSED"; at: Date; officerId: string; reason: string | null },
): Promise<void> {
  await tx.deletionRequest.update({
    where: { id },
    data: { status: decision.status, decidedAt: decision.at, decidedById: decision.officerId, reason: decision.reason },
  });
}

/** The reporter's request still waiting for a decision, if any. */
export async function pendingDeletionRequest(tx: Sql, reporterId: string): Promise<{ dueAt: Date } | undefined> {
  const [pending] = await tx.rows<{ dueAt: Date }>`
    SELECT "dueAt" FROM "DeletionRequest" WHERE "reporterId" = ${reporterId}::uuid AND status = 'PENDING' ORDER BY "requestedAt" LIMIT 1`;
  return pending;
}

export async function insertDeletionRequest(
  tx: Sql,
  request: { reporterId: string; conversationId: string; at: Date; dueAt: Date },
): Promise<string> {
  const [created] = await tx.rows<{ id: string }>`
    INSERT INTO "DeletionRequest" (id, "reporterId", "conversationId", status, "requestedAt", "dueAt")
    VALUES (gen_random_uuid(), ${request.reporterId}::uuid, ${request.conversationId}::uuid, 'PENDING', ${request.at}::timestamp(3), ${request.dueAt}::timestamp(3))
    RETURNING id`;
  return created!.id;
}
