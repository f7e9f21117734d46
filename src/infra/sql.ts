import pg from "pg";
import { Prisma } from "../generated/prisma/client.js";

/**
 * Plain SQL for the hot path (intake, inbound and outbound processing). A Prisma query costs two
 * to three times the CPU of the same query through node-postgres (`npm run bench -- --only
 * query-layer`), and the pipeline runs several per message, so it speaks SQL over the pool
 * Prisma itself uses. Everything else goes through the Prisma client.
 *
 * Written as tagged templates: every `${value}` becomes a bind parameter, never text, except a
 * `Prisma.Sql` fragment (`Prisma.raw`, `Prisma.sql`), which is spliced in as Prisma does. Dates travel
 * as UTC ISO text (cast them `::timestamp(3)`: the columns hold UTC, as Prisma writes them).
 */
export interface Sql {
  rows<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]>;
  /** A statement; resolves the number of rows it touched. */
  run(strings: TemplateStringsArray, ...values: unknown[]): Promise<number>;
}

export class SqlPool implements Sql {
  constructor(readonly pool: pg.Pool) {}

  rows<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]> {
    return queryRows<T>(this.pool, strings, values);
  }

  async run(strings: TemplateStringsArray, ...values: unknown[]): Promise<number> {
    return (await this.pool.query(queryConfig(strings, values))).rowCount ?? 0;
  }

  /** BEGIN … COMMIT on one connection; any error rolls back and is rethrown. */
  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query("BEGIN");
      const tx: Sql = {
        rows: (strings, ...values) => queryRows(client, strings, values),
        run: async (strings, ...values) => (await client.query(queryConfig(strings, values))).rowCount ?? 0,
      };
      const result = await work(tx);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch((rollbackError: Error) => (broken = rollbackError));
      throw error;
    } finally {
      // A connection that could not roll back is not given to the next caller.
      client.release(broken);
    }
  }
}

/** The same interface inside a Prisma interactive transaction (console actions that share SQL code). */
export function sqlOver(tx: Prisma.TransactionClient): Sql {
  return {
    rows: <T>(strings: TemplateStringsArray, ...values: unknown[]) => tx.$queryRaw<T[]>(strings, ...values.map(bindValue)),
    run: (strings, ...values) => tx.$executeRaw(strings, ...values.map(bindValue)),
  };
}

/** timestamp(3) columns hold UTC without a zone: read them as UTC, whatever the machine's zone. */
const TIMESTAMP_WITHOUT_ZONE = 1114;
const types = {
  getTypeParser(oid: number, format?: string) {
    if (oid === TIMESTAMP_WITHOUT_ZONE) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    return pg.types.getTypeParser(oid, format as "text");
  },
};

function queryConfig(strings: readonly string[], values: readonly unknown[]): pg.QueryConfig {
  const params: unknown[] = [];
  const text = splice(strings, values, params);
  return { text, values: params, types } as pg.QueryConfig;
}

/** The query text with `$n` placeholders; fragments are spliced in with their own values. */
function splice(strings: readonly string[], values: readonly unknown[], params: unknown[]): string {
  let text = strings[0]!;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value instanceof Prisma.Sql) text += splice(value.strings, value.values, params);
    else {
      params.push(bindValue(value));
      text += `$${params.length}`;
    }
    text += strings[i + 1]!;
  }
  return text;
}

async function queryRows<T>(client: pg.Pool | pg.PoolClient, strings: TemplateStringsArray, values: unknown[]): Promise<T[]> {
  return (await client.query(queryConfig(strings, values))).rows as T[];
}

function bindValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v: unknown) => (v instanceof Date ? v.toISOString() : v));
  return value;
}
