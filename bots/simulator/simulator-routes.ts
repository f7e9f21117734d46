import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { INBOUND_KINDS } from "../../src/channels/contract.js";
import { receiveMessage } from "../../src/intake/receive-message.js";
import { sentToChat } from "../../src/store/messages.js";
import type { BotDeps } from "../bot-deps.js";

const sendBody = z.object({
  chatId: z.string().min(1).max(64),
  text: z.string().max(200_000).optional(),
  kind: z.enum(INBOUND_KINDS).default("text"),
  /** Optional platform id, to replay a delivery (duplicate) on purpose. */
  id: z.string().min(1).max(128).optional(),
  name: z.string().max(100).optional(),
  attachment: z
    .object({ mime: z.string().max(100), base64: z.string().max(14_000_000), fileName: z.string().max(255).optional() })
    .optional(),
});

const readQuery = z.object({
  chatId: z.string().min(1).max(64),
  after: z.coerce.number().int().min(0).default(0),
  waitMs: z.coerce.number().int().min(0).max(25_000).default(0),
});

/**
 * A local chat channel for trying the product without WhatsApp or Telegram: POST a message as
 * a worker, GET the replies (long-poll). Used by `npm run simulator`, the tests and the benchmark.
 */
export async function simulatorRoutes(app: FastifyInstance, ctx: Pick<BotDeps, "db" | "intake" | "log">): Promise<void> {
  app.post("/api/simulator/messages", async (request, reply) => {
    const body = sendBody.safeParse(request.body);
    if (!body.success)
      return reply.code(400).send({ error: "Permintaan tidak valid", details: body.error.issues.map((i) => i.path.join(".")) });
    const { chatId, text, kind, id, name, attachment } = body.data;
    const received = await receiveMessage(ctx, {
      channel: "SIMULATOR",
      externalId: id ?? `sim-${randomUUID()}`,
      chatId,
      sender: { id: chatId, ...(name ? { displayName: name } : {}) },
      kind,
      ...(text !== undefined ? { text } : {}),
      ...(attachment
        ? {
            attachments: [
              {
                mime: attachment.mime,
                data: Buffer.from(attachment.base64, "base64"),
                ...(attachment.fileName ? { fileName: attachment.fileName } : {}),
              },
            ],
          }
        : {}),
    });
    return reply.code(received.duplicate ? 200 : 202).send(received);
  });

  app.get("/api/simulator/messages", async (request, reply) => {
    const query = readQuery.safeParse(request.query);
    if (!query.success) return reply.code(400).send({ error: "Permintaan tidak valid" });
    const { chatId, after, waitMs } = query.data;
    const deadline = Date.now() + waitMs;
    for (;;) {
      const rows = await sentToChat(ctx.db, "SIMULATOR", chatId, after, 100);
      if (rows.length > 0 || Date.now() >= deadline) {
        return {
          messages: rows.map((r) => ({
            seq: Number(r.seq),
            text: r.text,
            buttons: (r.payload as { buttons?: unknown[] } | null)?.buttons ?? [],
            sentAt: r.sentAt,
          })),
        };
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
}
