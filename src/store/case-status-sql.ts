import { RESOLVED_STATUSES } from "../core/case-lifecycle.js";
import { Prisma } from "../infra/prisma.js";

/**
 * The open-status rule as SQL, derived from the core's list. Spliced in as literal text (the
 * statuses are constants, never input): the inbox's partial index (migration
 * 20261123140000_console_inbox_queue_index) is used only when a query repeats its predicate.
 */
const RESOLVED_LIST = RESOLVED_STATUSES.map((status) => `'${status}'`).join(", ");

/** `<column> NOT IN ('SELESAI', 'DITUTUP')`: the case still needs work. */
export function openStatusSql(column = "status"): Prisma.Sql {
  return Prisma.raw(`${column} NOT IN (${RESOLVED_LIST})`);
}

/** `<column> IN ('SELESAI', 'DITUTUP')`: the case is finished. */
export function resolvedStatusSql(column = "status"): Prisma.Sql {
  return Prisma.raw(`${column} IN (${RESOLVED_LIST})`);
}
