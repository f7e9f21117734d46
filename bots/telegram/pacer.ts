import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";

export interface PaceLimits {
  /** Messages per second over the whole bot (Telegram: about 30). */
  globalPerSecond: number;
  /** Minimum gap between two messages to one chat (Telegram: about 1 s). */
  perChatIntervalMs: number;
}

export interface Pacer {
  /**
   * Resolves when one more message to `chatId` may leave without passing either limit. An
   * urgent message (an emergency reply) skips the evenly spaced global schedule and waits only
   * for its chat and the hard limit per second.
   */
  acquire(chatId: string, urgent?: boolean): Promise<void>;
  /**
   * The send to `chatId` finished: its next message may start one interval from now. Counting
   * from the end of the call (not its start) keeps the gap even when a send was slow.
   */
  release(chatId: string): Promise<void>;
  /** Telegram said "retry after": hold this chat and the whole bot until then. */
  holdOff(chatId: string, ms: number): Promise<void>;
}

/**
 * Reserves send slots in Redis so every process sending for the bot shares one pace: the chat
 * must be free, then it gets the next free global slot. Global slots are evenly spaced, a
 * little wider than 1000/limit ms: a send may reach Telegram later than the one after it
 * (a busy event loop, a new connection), and no one-second window at Telegram's end may still
 * hold more than the limit. Atomic in Lua, on Redis' clock, so processes on several machines
 * agree. Returns {1, ms until the slot} or {0, ms until the chat is free}.
 */
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local chatNext = tonumber(redis.call('GET', KEYS[1]) or '0')
if chatNext > now then return {0, math.ceil(chatNext - now)} end
local globalNext = tonumber(redis.call('GET', KEYS[2]) or '0')
local slot = math.max(now, globalNext)
local ttl = math.ceil(slot - now) + 60000
redis.call('SET', KEYS[2], tostring(slot + tonumber(ARGV[2])), 'PX', ttl)
redis.call('SET', KEYS[1], tostring(slot + tonumber(ARGV[1])), 'PX', ttl)
return {1, math.ceil(slot - now)}
`;

/** RESERVE for an urgent message: the chat must be free; no global slot is taken. */
const RESERVE_URGENT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local chatNext = tonumber(redis.call('GET', KEYS[1]) or '0')
if chatNext > now then return {0, math.ceil(chatNext - now)} end
redis.call('SET', KEYS[1], tostring(now + tonumber(ARGV[1])), 'PX', 60000)
return {1, 0}
`;

/**
 * The last word before a send leaves, on the actual time: fewer than `limit` sends in the past
 * second. Spaced slots alone are not enough when a busy process wakes several senders late at
 * once; this check stops such a bunch from passing the limit. Returns {1} or {0, ms to wait}.
 */
const ADMIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) + 1000)
  return {1, 0}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, math.max(1, math.ceil(tonumber(oldest[2]) + tonumber(ARGV[2]) - now))}
`;

/** Pushes the given keys' "not before" time to now + ARGV[1] (never earlier than already set). */
const HOLD = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local untilMs = now + tonumber(ARGV[1])
for i = 1, #KEYS do
  local current = tonumber(redis.call('GET', KEYS[i]) or '0')
  if untilMs > current then redis.call('SET', KEYS[i], tostring(untilMs), 'PX', tonumber(ARGV[1]) + 60000) end
end
return 1
`;

/** Lateness of one send relative to the next (event loop, network) that the spacing absorbs. */
const JITTER_ALLOWANCE_MS = 200;

/** The admission window is this much longer than a second, for the last few ms of network. */
const ADMIT_MARGIN_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createPacer(redis: Redis, keyPrefix: string, limits: PaceLimits): Pacer {
  const globalKey = `${keyPrefix}:pace:global`;
  const logKey = `${keyPrefix}:pace:sent`;
  // Fractional limits (0.5/s) become one send per 2 s window and so on.
  const perWindow = Math.max(1, Math.floor(limits.globalPerSecond));
  const windowMs = Math.round((1000 * perWindow) / limits.globalPerSecond) + ADMIT_MARGIN_MS;
  const chatKey = (chatId: string) => `${keyPrefix}:pace:chat:${chatId}`;
  const globalGapMs = (1000 + JITTER_ALLOWANCE_MS) / limits.globalPerSecond;
  return {
    async acquire(chatId, urgent = false) {
      for (;;) {
        const [granted, waitMs] = (
          urgent
            ? await redis.eval(RESERVE_URGENT, 1, chatKey(chatId), String(limits.perChatIntervalMs))
            : await redis.eval(RESERVE, 2, chatKey(chatId), globalKey, String(limits.perChatIntervalMs), String(globalGapMs))
        ) as [number, number];
        if (waitMs > 0) await sleep(waitMs);
        if (granted === 1) break;
      }
      for (;;) {
        const member = `${Date.now()}-${randomBytes(4).toString("hex")}`;
        const [admitted, waitMs] = (await redis.eval(ADMIT, 1, logKey, String(perWindow), String(windowMs), member)) as [number, number];
        if (admitted === 1) return;
        await sleep(waitMs);
      }
    },
    async release(chatId) {
      await redis.eval(HOLD, 1, chatKey(chatId), String(limits.perChatIntervalMs));
    },
    async holdOff(chatId, ms) {
      await redis.eval(HOLD, 2, chatKey(chatId), globalKey, String(Math.max(0, Math.ceil(ms))));
    },
  };
}
