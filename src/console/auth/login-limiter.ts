import type { Redis } from "ioredis";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { Config } from "../../config.js";

const WINDOW_S = 15 * 60;
/** Consecutive failures of one username before each further try has to wait. */
const FREE_FAILURES = 3;
const MAX_DELAY_S = 60;

/** How long a username must wait after `failures` consecutive failures: 1 s, 2 s, 4 s … up to a minute. */
export function delayAfter(failures: number): number {
  return failures < FREE_FAILURES ? 0 : Math.min(2 ** (failures - FREE_FAILURES), MAX_DELAY_S);
}

/** The username as the account lookup sees it, so " Admin.Pusat" and "admin.pusat" share one budget. */
export const normaliseUsername = (username: string) => username.trim().toLowerCase().slice(0, 100);

export interface LoginAttempt {
  /** Milliseconds to wait before this attempt may run; 0 when it may run now (it is then reserved). */
  waitMs: number;
  /** Settles a reserved attempt: a success is refunded and clears the username's failure run. */
  settle(success: boolean): Promise<void>;
}

/**
 * Sign-in limits kept in Redis (shared by every console process), counting failures only:
 * each try is reserved before the password check (so parallel guesses count) and refunded when
 * it succeeds. Three budgets per 15 minutes: per username, per client address (TRUST_PROXY
 * decides which address that is), and for the whole console; plus growing waits after repeated
 * failures of one username.
 */
export function createLoginLimiter(
  redis: Redis,
  config: Pick<
    Config,
    "QUEUE_PREFIX" | "CONSOLE_LOGIN_MAX_PER_15MIN" | "CONSOLE_LOGIN_MAX_PER_ADDRESS_15MIN" | "CONSOLE_LOGIN_MAX_GLOBAL_15MIN"
  >,
) {
  const limiter = (name: string, points: number) =>
    new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.QUEUE_PREFIX}:login:${name}`, points, duration: WINDOW_S });
  const byUsername = limiter("user", config.CONSOLE_LOGIN_MAX_PER_15MIN);
  const byAddress = limiter("addr", config.CONSOLE_LOGIN_MAX_PER_ADDRESS_15MIN);
  const overall = limiter("all", config.CONSOLE_LOGIN_MAX_GLOBAL_15MIN);
  // Consecutive failures per username, and the wait they impose (a block on a 1-point limiter).
  const failureRun = limiter("run", 1_000_000);
  const wait = limiter("wait", 1);

  const budgets = (username: string, address: string) =>
    [
      [byUsername, username],
      [byAddress, address],
      [overall, "all"],
    ] as const;

  return {
    async attempt(rawUsername: string, address: string): Promise<LoginAttempt> {
      const username = normaliseUsername(rawUsername);
      const waiting = await wait.get(username);
      if (waiting && waiting.consumedPoints > 0 && waiting.msBeforeNext > 0)
        return { waitMs: Math.max(1, waiting.msBeforeNext), settle: async () => {} };
      const reserved = await Promise.allSettled(budgets(username, address).map(([l, key]) => l.consume(key)));
      const refused = reserved.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      for (const r of refused) if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
      if (refused.length) {
        // Over a budget: the try does not run, so it gives back what it took from the others.
        await Promise.all(budgets(username, address).map(([l, key], i) => (reserved[i]!.status === "fulfilled" ? l.reward(key) : null)));
        return { waitMs: Math.max(1, ...refused.map((r) => (r.reason as RateLimiterRes).msBeforeNext)), settle: async () => {} };
      }
      return {
        waitMs: 0,
        async settle(success) {
          if (success) {
            await Promise.all([
              ...budgets(username, address).map(([l, key]) => l.reward(key)),
              failureRun.delete(username),
              wait.delete(username),
            ]);
            return;
          }
          const run = await failureRun.consume(username);
          const seconds = delayAfter(run.consumedPoints);
          if (seconds > 0) await wait.block(username, seconds);
        },
      };
    },
  };
}

export type LoginLimiter = ReturnType<typeof createLoginLimiter>;
