import type { Db } from "./database.js";

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
