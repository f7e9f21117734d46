import type { Db, Prisma } from "../infra/prisma.js";
import { type Sql, type SqlPool, sqlOver } from "../infra/sql.js";

export type { Db } from "../infra/prisma.js";
export type { Sql, SqlPool } from "../infra/sql.js";

/** A Prisma interactive transaction: repository functions that run inside one take it. */
export type Tx = Prisma.TransactionClient;

/** The client or a transaction: a repository function that works in either takes this. */
export type DbClient = Db | Tx;

/** Runs `work` in one Prisma interactive transaction (committed when it resolves, rolled back when it throws). */
export function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T> {
  return db.$transaction(work, options);
}

/** BEGIN … COMMIT on one connection of the SQL pool (the hot path); any error rolls back and is rethrown. */
export function inSqlTransaction<T>(sql: SqlPool, work: (tx: Sql) => Promise<T>): Promise<T> {
  return sql.transaction(work);
}

/** The SQL helper over a Prisma transaction, for repository functions written in plain SQL (hot-path code shared with console actions). */
export function sqlOf(tx: Tx): Sql {
  return sqlOver(tx);
}
