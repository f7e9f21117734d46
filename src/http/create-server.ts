import Fastify, { type FastifyInstance } from "fastify";
import type { Redis } from "ioredis";
import type { Config } from "../config.js";
import { listChannelStates, pingDatabase } from "../store/channel-status.js";
import type { Db } from "../store/database.js";
import type { Logger } from "../logger.js";

/** What the server itself needs: its plugins get the whole of what the caller passed. */
export interface ServerDeps {
  config: Pick<Config, "TRUST_PROXY">;
  log: Logger;
  db: Db;
  redis: Redis;
}

/**
 * An HTTP server with health and the given plugins: the officers' console (start-console.ts), or
 * the simulator channel on its own loopback listener (bots/simulator/start-simulator.ts).
 * One error handler: client errors get their message, server errors a generic Indonesian
 * message and a log line with the details — never a stack trace in a response.
 */
export async function createServer<D extends ServerDeps>(
  ctx: D,
  plugins: ((app: FastifyInstance, ctx: D) => Promise<void>)[],
): Promise<FastifyInstance> {
  // Forwarded headers count only from the configured proxies (TRUST_PROXY); a hop count is "the
  // nearest n addresses", which fastify's types spell as a function.
  const trust = ctx.config.TRUST_PROXY;
  const trustProxy = typeof trust === "number" ? (_address: string, hop: number) => hop < trust : trust;
  const app = Fastify({ logger: false, bodyLimit: 16 * 1024 * 1024, trustProxy });
  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) {
      // The route pattern, never the URL: a URL carries search terms such as phone digits.
      ctx.log.error(
        { err: error.message, stack: error.stack, method: request.method, route: request.routeOptions.url ?? "(no route)" },
        "request failed",
      );
      return reply.code(status).send({ error: "Terjadi kesalahan pada server. Silakan coba lagi." });
    }
    // Fastify's own client errors (FST_*, e.g. "Body is not valid JSON…") are English: the
    // officer gets an Indonesian sentence, the code stays in the answer for support.
    const code = (error as { code?: unknown }).code;
    const fromFramework = typeof code === "string" && code.startsWith("FST_");
    const message =
      status === 413
        ? "Ukuran data terlalu besar."
        : status === 415
          ? "Jenis data tidak didukung."
          : error.validation
            ? "Permintaan tidak valid."
            : fromFramework
              ? "Permintaan tidak dapat dibaca. Muat ulang halaman lalu coba lagi."
              : error.message;
    return reply.code(status).send({ error: message });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: "Halaman tidak ditemukan." }));
  // States only, for monitors: the details (which number is linked) are on the console's
  // Operasional page, behind a session.
  app.get("/health", async () => {
    await pingDatabase(ctx.db);
    await ctx.redis.ping();
    const channels = await listChannelStates(ctx.db);
    return { status: "ok", channels };
  });
  for (const plugin of plugins) await plugin(app, ctx);
  return app;
}
