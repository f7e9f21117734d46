import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { pgConnectionFields } from "./database-url.js";
import { SqlPool } from "./sql.js";

export type Db = PrismaClient;
export { Prisma } from "../generated/prisma/client.js";

/**
 * The Prisma client over node-postgres (the Rust-free client; see README, "Prisma offline"), and
 * plain SQL for the hot path over the same pool. `db.$disconnect()` ends the pool.
 */
export function createDatabase(databaseUrl: string, poolSize: number): { db: Db; sql: SqlPool } {
  const pool = new pg.Pool(pgConnectionFields(databaseUrl, poolSize));
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  return { db, sql: new SqlPool(pool) };
}

/** Plain SQL over a small pool of its own (`sql.pool.end()` ends it): work that must not queue behind the main pool's. */
export function createSqlPool(databaseUrl: string, poolSize: number): SqlPool {
  return new SqlPool(new pg.Pool(pgConnectionFields(databaseUrl, poolSize)));
}
