import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { freePort } from "./free-port.js";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL without a server install: PGlite (Postgres compiled to WebAssembly) keeping its
 * files under dataDir, served on a loopback port so Prisma and its migrations use it unchanged.
 * maxConnections must cover the Prisma pool: the socket server accepts one connection by default.
 * PGlite's files belong to one process: a second process (an admin command while the product
 * runs) connects to the running server, found through data/pglite/server.url, instead.
 */
export async function startEmbeddedPostgres(dataDir: string, maxConnections: number): Promise<EmbeddedPostgres> {
  const dir = join(dataDir, "pglite");
  const marker = join(dataDir, "pglite.url");
  await mkdir(dir, { recursive: true });
  const running = await runningServer(marker);
  if (running) return { url: running, stop: async () => undefined };

  // pg_trgm: the console search indexes (migration console_search_indexes) need it.
  const db = await PGlite.create(dir, { extensions: { pg_trgm } });
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections });
  await server.start();
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  await writeFile(marker, url);
  return {
    url,
    async stop() {
      await rm(marker, { force: true });
      await server.stop();
      await db.close();
    },
  };
}

/** The URL of a server another process started on these files, if it still answers. */
async function runningServer(marker: string): Promise<string | null> {
  const url = await readFile(marker, "utf8").catch(() => null);
  if (!url) return null;
  const port = Number(new URL(url).port);
  const alive = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: "127.0.0.1", port }, () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false));
  });
  return alive ? url : null;
}
