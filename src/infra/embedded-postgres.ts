import { mkdir } from "node:fs/promises";
import { connect } from "node:net";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { freePort } from "./free-port.js";
import { shareOrStart, type LocalServer } from "./shared-server.js";

export type EmbeddedPostgres = LocalServer;

/**
 * PostgreSQL without a server install: PGlite (Postgres compiled to WebAssembly) keeping its
 * files under dataDir, served on a loopback port so Prisma and its migrations use it unchanged.
 * maxConnections must cover the Prisma pool: the socket server accepts one connection by default.
 * A second process shares the running server, found through data/pglite.url (shared-server.ts).
 */
export function startEmbeddedPostgres(dataDir: string, maxConnections: number): Promise<EmbeddedPostgres> {
  return shareOrStart(join(dataDir, "pglite.url"), listening, async () => {
    const dir = join(dataDir, "pglite");
    await mkdir(dir, { recursive: true });
    // pg_trgm: the console search indexes (migration console_search_indexes) need it.
    const db = await PGlite.create(dir, { extensions: { pg_trgm } });
    const port = await freePort();
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections });
    await server.start();
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      async stop() {
        await server.stop();
        await db.close();
      },
    };
  });
}

/** Something accepts connections on the URL's port. */
function listening(url: string): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = connect({ host: "127.0.0.1", port: Number(new URL(url).port) }, () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false));
  });
}
