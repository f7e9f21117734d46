import type { Redis } from "ioredis";
import type { Logger } from "../../src/logger.js";

const MAX_CACHED = 100_000;

/**
 * Which of our WhatsApp numbers a chat wrote to, so replies (and officers' messages days
 * later) leave from that number. Kept in Redis beside the queues; a small in-memory copy
 * spares a round trip per message and per reply.
 */
export function createChatRoutes(redis: Redis, key: string, log: Logger) {
  const cache = new Map<string, string>();
  const remember = (chatId: string, accountId: string) => {
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(chatId, accountId);
  };
  return {
    record(chatId: string, accountId: string): void {
      if (cache.get(chatId) === accountId) return;
      remember(chatId, accountId);
      redis
        .hset(key, chatId, accountId)
        .catch((error: Error) => log.warn({ accountId, err: error.message }, "whatsapp chat route not saved"));
    },
    async lookup(chatId: string): Promise<string | undefined> {
      const cached = cache.get(chatId);
      if (cached) return cached;
      const stored = await redis.hget(key, chatId);
      if (stored) remember(chatId, stored);
      return stored ?? undefined;
    },
  };
}

export type ChatRoutes = ReturnType<typeof createChatRoutes>;
