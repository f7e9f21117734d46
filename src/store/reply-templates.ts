import type { Prisma } from "../infra/prisma.js";
import type { Db, DbClient, Tx } from "./database.js";

/** Reply templates per agency; never deleted (retired instead), each change recorded with before and after. */

const shown = { id: true, seedKey: true, title: true, text: true, retiredAt: true, updatedAt: true } as const;

/** An agency's templates in force, as the composer offers them. */
export function activeReplyTemplates(db: DbClient, agencyId: string) {
  return db.replyTemplate.findMany({
    where: { agencyId, retiredAt: null },
    select: { id: true, title: true, text: true },
    orderBy: [{ createdAt: "asc" }, { title: "asc" }],
  });
}

/** An agency's templates, those in force first (with the retired ones when asked). */
export async function listReplyTemplates(db: Db, agencyId: string, withRetired: boolean) {
  return db.replyTemplate.findMany({
    where: { agencyId, ...(withRetired ? {} : { retiredAt: null }) },
    orderBy: [{ retiredAt: { sort: "desc", nulls: "first" } }, { createdAt: "asc" }, { title: "asc" }],
    select: shown,
  });
}

/** The template, when it belongs to the agency. */
export async function findAgencyTemplate(tx: Tx, id: string, agencyId: string) {
  return tx.replyTemplate.findFirst({ where: { id, agencyId }, select: shown });
}

export async function findTemplate(tx: Tx, id: string) {
  return tx.replyTemplate.findUniqueOrThrow({ where: { id }, select: shown });
}

export async function insertTemplate(tx: Tx, agencyId: string, template: { title: string; text: string }): Promise<{ id: string }> {
  return tx.replyTemplate.create({ data: { agencyId, ...template }, select: { id: true } });
}

export async function updateTemplate(
  tx: Tx,
  id: string,
  data: { title?: string; text?: string; retiredAt?: Date | null },
): Promise<{ id: string }> {
  return tx.replyTemplate.update({ where: { id }, data, select: { id: true } });
}

export async function recordTemplateChange(
  tx: Tx,
  change: { templateId: string; officerId: string; action: string; before: object | null; after: object },
): Promise<void> {
  const json = (o: object | null) => (o ? (JSON.parse(JSON.stringify(o)) as Prisma.InputJsonValue) : undefined);
  await tx.replyTemplateChange.create({ data: { ...change, before: json(change.before), after: json(change.after) } });
}
