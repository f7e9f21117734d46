import { createServer, type IncomingMessage, type Server } from "node:http";
import type { Telegraf } from "telegraf";
import type { Update } from "telegraf/types";
import type { Logger } from "../../src/logger.js";

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Receives updates pushed by Telegram. Path and secret-token header are checked with
 * Telegraf's own webhook filter (constant-time compare); a request failing it gets 403 and is
 * not read. An update is answered 200 once the update intake holds it in the database (the
 * updates of the requests in flight share one insert), and stored as a message after: Telegram
 * pushes its queue in order, so answering only after a message's commit would keep an emergency
 * behind every commit of a backlog. Telegram retries anything but a 2xx, so an update the
 * database would not hold answers 500 and comes back later instead of being lost.
 */
export async function startWebhookServer(opts: {
  bot: Telegraf;
  /** Resolves once the update is held (update-intake.ts). */
  accept: (update: Update) => Promise<void>;
  path: string;
  secretToken: string;
  host: string;
  port: number;
  log: Logger;
}): Promise<{ server: Server; port: number; stop(): Promise<void> }> {
  const accepts = (req: IncomingMessage) => opts.bot.webhookFilter.call({ path: opts.path, secretToken: opts.secretToken } as never, req);
  const server = createServer(async (req, res) => {
    if (!accepts(req)) {
      opts.log.warn({ method: req.method, ip: req.socket.remoteAddress }, "telegram webhook request refused: wrong path or secret token");
      res.writeHead(403).end();
      return;
    }
    let update: Update;
    try {
      update = JSON.parse(await readBody(req)) as Update;
    } catch (error) {
      res.writeHead(400).end();
      opts.log.warn({ err: (error as Error).message }, "telegram webhook body unreadable");
      return;
    }
    try {
      await opts.accept(update);
      res.writeHead(200).end();
    } catch (error) {
      opts.log.error(
        { updateId: (update as { update_id?: number })?.update_id, err: (error as Error).message },
        "telegram update not held; Telegram will deliver it again",
      );
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  return {
    server,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error("webhook body too large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
