import type { Db } from "./database.js";

/** The case this one was merged into, or null. Throws when the case does not exist. */
export async function mergedIntoOf(db: Db, caseId: string): Promise<string | null> {
  return (await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { mergedIntoId: true } })).mergedIntoId;
}

/** What the routing basis of a case is computed from: its phase, kinds, region and lead. */
export const ROUTING_FACTS = {
  phase: true,
  kind: true,
  extraKinds: true,
  originRegionId: true,
  agencies: { where: { role: "LEAD" }, select: { agencyId: true } },
} as const;

/** The routing facts of a case. Throws when the case does not exist. */
export async function findRoutingFacts(db: Db, caseId: string) {
  return db.case.findUniqueOrThrow({ where: { id: caseId }, select: ROUTING_FACTS });
}

/** What a reply template is filled in with for a case. Throws when the case does not exist. */
export async function findTemplateValues(db: Db, caseId: string) {
  return db.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { ticket: true, onBehalf: true, workerName: true, reporter: { select: { name: true } } },
  });
}

/** A case as its page shows it: reporter, origin, assignee, parties, merges and followers. Throws when missing. */
export async function findCaseForPage(db: Db, caseId: string) {
  return db.case.findUniqueOrThrow({
    where: { id: caseId },
    include: {
      reporter: { select: { kind: true, name: true, phone: true, unreachableAt: true } },
      originRegion: { select: { id: true, name: true } },
      assignedOfficer: { select: { id: true, name: true } },
      agencies: {
        select: { agencyId: true, role: true, reason: true, addedAt: true, agency: { select: { name: true } } },
        orderBy: [{ role: "asc" }, { addedAt: "asc" }],
      },
      mergedInto: { select: { id: true, ticket: true } },
      merged: { select: { id: true, ticket: true } },
      followers: { where: { endedAt: null }, select: { verified: true, relationship: true, reporter: { select: { name: true } } } },
    },
  });
}

export async function countEvents(db: Db, caseId: string, type: string): Promise<number> {
  return db.caseEvent.count({ where: { caseId, type } });
}

/** The case's whole conversation (at most `take` messages), oldest first, with its files' descriptions. */
export async function caseThread(db: Db, caseId: string, take: number) {
  return db.message.findMany({
    where: { caseId },
    orderBy: { seq: "asc" },
    take,
    select: {
      id: true,
      direction: true,
      kind: true,
      text: true,
      state: true,
      error: true,
      channel: true,
      createdAt: true,
      sentAt: true,
      officer: { select: { name: true } },
      attachments: { select: { id: true, mime: true, fileName: true, size: true, transcript: true } },
    },
  });
}

/** The case's timeline (at most `take` events), oldest first, without the types in `exceptTypes`. */
export async function caseTimeline(db: Db, caseId: string, exceptTypes: string[], take: number) {
  return db.caseEvent.findMany({
    where: { caseId, type: { notIn: exceptTypes } },
    orderBy: { createdAt: "asc" },
    take,
    select: {
      id: true,
      type: true,
      fromStatus: true,
      toStatus: true,
      note: true,
      data: true,
      createdAt: true,
      officer: { select: { name: true } },
      agency: { select: { name: true } },
    },
  });
}

/** A file of the case (joined to it, or to one of its messages). */
export async function findCaseAttachment(db: Db, caseId: string, attachmentId: string) {
  return db.attachment.findFirst({
    where: { id: attachmentId, OR: [{ caseId }, { message: { caseId } }] },
    select: { mime: true, fileName: true, data: true },
  });
}

/** The case's personal identifiers (shown one at a time, audited). Throws when missing. */
export async function findPersonalIdentifiers(db: Db, caseId: string) {
  return db.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { workerPhone: true, passportNumber: true, nik: true, reporter: { select: { phone: true } } },
  });
}

export async function caseExists(db: Db, caseId: string): Promise<boolean> {
  return (await db.case.findUnique({ where: { id: caseId }, select: { id: true } })) !== null;
}
