/**
 * Why the hot path speaks plain SQL (README, "Plain SQL on the hot path"): the CPU one query
 * costs through the Prisma client against node-postgres, on the same pool and database.
 *   npm run bench -- --only query-layer
 */
import type { AppContext } from "../../src/runtime/context.js";

const QUERIES = 3000;

async function cpuPerQuery(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 200; i++) await run();
  const before = process.cpuUsage();
  for (let i = 0; i < QUERIES; i++) await run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / QUERIES;
}

export async function runQueryLayerBench(ctx: AppContext): Promise<Record<string, string | number>> {
  const agencyId = "BP3MI-LA";
  const plain = await cpuPerQuery(() => ctx.sql.rows`SELECT id, name FROM "Agency" WHERE id = ${agencyId}`);
  const raw = await cpuPerQuery(() => ctx.db.$queryRaw`SELECT id, name FROM "Agency" WHERE id = ${agencyId}`);
  const model = await cpuPerQuery(() => ctx.db.agency.findUnique({ where: { id: agencyId }, select: { id: true, name: true } }));
  const ms = (n: number) => Math.round(n * 1000) / 1000;
  return {
    "CPU ms per query, node-postgres (src/infra/sql.ts)": ms(plain),
    "CPU ms per query, Prisma $queryRaw": ms(raw),
    "CPU ms per query, Prisma model query": ms(model),
    "Prisma $queryRaw / node-postgres": (raw / plain).toFixed(1),
    "Prisma model query / node-postgres": (model / plain).toFixed(1),
  };
}
