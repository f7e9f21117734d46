import type { FastifyInstance } from "fastify";
import { Redis } from "ioredis";
import type { CaseUpdate } from "../../cases/case-update-bus.js";
import { redisOptions } from "../../infra/redis-options.js";
import { signedInOfficer } from "../auth/require-officer.js";
import type { ConsoleDeps } from "../console-deps.js";
import { isPartyTo } from "../../store/case-scope.js";
import { caseScope } from "../access/case-access.js";
import { SESSION_COOKIE, type SessionStore } from "../auth/sessions.js";

const HEARTBEAT_MS = 20_000;

/**
 * Live updates (Server-Sent Events): one Redis subscription per console process, fanned out to
 * every open browser; each officer only hears about cases they may see (ids only, no content).
 */
export async function liveRoutes(
  app: FastifyInstance,
  ctx: Pick<ConsoleDeps, "config" | "db" | "updates" | "log" | "redisUrl">,
  sessions: SessionStore,
): Promise<void> {
  const listeners = new Set<(event: CaseUpdate) => void>();
  const subscriber = new Redis(redisOptions(ctx.redisUrl));
  const unsubscribe = await ctx.updates.subscribe(subscriber, (event) => {
    for (const listener of listeners) listener(event);
  });
  app.addHook("onClose", async () => {
    for (const listener of listeners) listener({ type: "case.updated", caseId: "" });
    listeners.clear();
    await unsubscribe();
    subscriber.disconnect();
  });

  app.get(
    "/api/events",
    { schema: { tags: ["langsung"], summary: "Pembaruan langsung (text/event-stream) untuk kasus yang boleh dilihat" } },
    async (request, reply) => {
      const officer = signedInOfficer(request);
      const scope = caseScope(officer);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      res.write(`retry: 3000\n: tersambung\n\n`);
      const listener = (event: CaseUpdate) => {
        if (!event.caseId) {
          res.end();
          return;
        }
        void (async () => {
          try {
            // An alert names the agencies whose officers got a notice: only they hear of it.
            const visible = event.agencyIds
              ? event.agencyIds.includes(officer.agencyId)
              : scope.national || (await isPartyTo(ctx.db, event.caseId, officer.agencyId));
            if (visible && !res.writableEnded)
              res.write(`event: case\ndata: ${JSON.stringify({ type: event.type, caseId: event.caseId })}\n\n`);
          } catch (error) {
            ctx.log.warn({ caseId: event.caseId, err: (error as Error).message }, "live update check failed");
          }
        })();
      };
      listeners.add(listener);
      const heartbeat = setInterval(() => res.write(": detak\n\n"), HEARTBEAT_MS);
      // The stream lives only as long as its session: ended at once by a logout in this process,
      // and re-checked periodically for expiry, deactivation or a logout elsewhere.
      const end = () => {
        if (!res.writableEnded) res.end("event: end\ndata: {}\n\n");
      };
      const unwatch = sessions.watch(officer.sessionId, end);
      const token = request.cookies[SESSION_COOKIE];
      const recheck = setInterval(() => {
        sessions.load(token).then(
          (still) => {
            if (!still) end();
          },
          (error: Error) => ctx.log.warn({ officerId: officer.id, err: error.message }, "live stream session check failed"),
        );
      }, ctx.config.CONSOLE_LIVE_RECHECK_MS);
      request.raw.on("close", () => {
        clearInterval(heartbeat);
        clearInterval(recheck);
        unwatch();
        listeners.delete(listener);
      });
    },
  );
}
