export interface PaceLimits {
  /** Messages per second from one WhatsApp number, over all chats. */
  globalPerSecond: number;
  /** Minimum gap between two messages to the same chat. */
  perChatIntervalMs: number;
}

export interface Pacer {
  /**
   * Resolves at the send slot reserved for one more message to `chatId`. An urgent message
   * (an emergency reply) takes no place in the evenly spaced schedule the ordinary messages
   * queue in: it leaves as soon as its chat's interval and the hard limit per second allow.
   */
  acquire(chatId: string, urgent?: boolean): Promise<void>;
  /** WhatsApp asked us to slow down: no message from this number before `ms` from now. */
  holdOff(ms: number): void;
  /**
   * An emergency just arrived on this number: its reply will want a send slot in a moment.
   * Ordinary messages wait (at most HOLD_FOR_URGENT_MS, and until the next urgent one leaves), so
   * the last second's sends age out of the limit's window and the reply leaves the moment it is
   * ready instead of at the next free slot. A budget refilling at half the clock's pace bounds
   * the holds: a flood of emergency-looking messages holds ordinary ones back at most half of
   * the time.
   */
  expectUrgent(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** One second, plus a margin for the moments between a granted slot and the send itself. */
const WINDOW_MS = 1020;
/** About the time from an emergency's arrival to its reply, and enough to empty the window. */
const HOLD_FOR_URGENT_MS = 1000;
/** A hold shorter than this would not help: none starts with less budget. */
const MIN_HOLD_MS = 200;

/**
 * Send slots for one WhatsApp number. WhatsApp bans numbers that send too fast, so every
 * message takes a slot that keeps both limits: its chat's interval, and an even spacing over
 * the whole number. A chat waiting for its own interval does not hold back other chats: each
 * message takes the earliest free global slot after its chat's next allowed time. In-process
 * is exact here because one number's socket lives in one process.
 */
export function createPacer(limits: PaceLimits, now: () => number = Date.now): Pacer {
  const gap = 1000 / limits.globalPerSecond;
  const chatNext = new Map<string, number>();
  /** Reserved global slots, ascending; only recent and future ones are kept. */
  let reserved: number[] = [];
  let blockedUntil = 0;
  let sincePrune = 0;

  function reserve(chatId: string): number {
    const t = now();
    reserved = reserved.filter((s) => s > t - gap);
    let slot = Math.max(t, blockedUntil, chatNext.get(chatId) ?? 0);
    // Earliest time at least `gap` away from every reserved slot.
    for (const s of reserved) {
      if (s + gap <= slot) continue;
      if (s - gap >= slot) break;
      slot = s + gap;
    }
    reserved.push(slot);
    reserved.sort((a, b) => a - b);
    chatNext.set(chatId, slot + limits.perChatIntervalMs);
    if (++sincePrune >= 1000) {
      sincePrune = 0;
      for (const [chat, next] of chatNext) if (next < t) chatNext.delete(chat);
    }
    return slot - t;
  }

  /** Times slots were really granted (timers wake late, by varying amounts): the last second's. */
  const granted: number[] = [];
  let head = 0;
  const perWindow = Math.max(1, Math.floor(limits.globalPerSecond));

  /** Urgent messages ready to leave: while there are any, ordinary ones give them the next free moment. */
  let urgentReady = 0;
  const afterUrgent: (() => void)[] = [];
  /** An urgent message is expected (expectUrgent): ordinary ones wait until then, or until it leaves. */
  let holdingForUrgent = false;
  /** When the last ordinary message was let through. */
  let lastOrdinary = Number.NEGATIVE_INFINITY;
  let holdTimer: NodeJS.Timeout | undefined;
  let holdStart = 0;
  /** Milliseconds of hold available: refills at half the clock's pace, up to one full hold. */
  let holdBudget = HOLD_FOR_URGENT_MS;
  let budgetAt = now();
  function refillBudget(t: number): void {
    holdBudget = Math.min(HOLD_FOR_URGENT_MS, holdBudget + (t - budgetAt) / 2);
    budgetAt = t;
  }
  const resumeOrdinary = () => {
    for (const resume of afterUrgent.splice(0)) resume();
  };
  function endHold(): void {
    if (!holdingForUrgent) return;
    clearTimeout(holdTimer);
    const t = now();
    refillBudget(t);
    holdBudget = Math.max(0, holdBudget - (t - holdStart));
    holdingForUrgent = false;
    if (urgentReady === 0) resumeOrdinary();
  }

  return {
    async acquire(chatId, urgent = false) {
      const wait = urgent ? Math.max(0, blockedUntil - now(), (chatNext.get(chatId) ?? 0) - now()) : reserve(chatId);
      if (wait > 0) await sleep(wait);
      if (urgent) urgentReady++;
      try {
        await admit(chatId, urgent);
        if (urgent && holdingForUrgent) endHold();
      } finally {
        if (urgent && --urgentReady === 0 && !holdingForUrgent) resumeOrdinary();
      }
    },
    holdOff(ms) {
      blockedUntil = Math.max(blockedUntil, now() + ms);
    },
    expectUrgent() {
      const t = now();
      refillBudget(t);
      if (holdingForUrgent || holdBudget < MIN_HOLD_MS) return;
      holdingForUrgent = true;
      holdStart = t;
      holdTimer = setTimeout(endHold, holdBudget);
      holdTimer.unref?.();
    },
  };

  async function admit(chatId: string, urgent: boolean): Promise<void> {
    // The schedule is checked against what really happened: never more than the limit in
    // any second, never closer than the interval in one chat.
    for (;;) {
      if (!urgent && (urgentReady > 0 || holdingForUrgent)) {
        await new Promise<void>((resume) => afterUrgent.push(resume));
        continue;
      }
      const t = now();
      while (head < granted.length && granted[head]! <= t - WINDOW_MS) head++;
      if (head > 1024) {
        granted.splice(0, head);
        head = 0;
      }
      // Ordinary messages keep their even spacing even when a hold let several wait at once: a
      // burst of them would fill the window and make the next emergency reply wait a second.
      const spacedAt = urgent ? t : lastOrdinary + gap;
      if (granted.length - head < perWindow && t >= spacedAt) {
        granted.push(t);
        if (!urgent) lastOrdinary = t;
        chatNext.set(chatId, Math.max(chatNext.get(chatId) ?? 0, t + limits.perChatIntervalMs));
        return;
      }
      await sleep(Math.max(granted.length - head < perWindow ? 0 : granted[head]! + WINDOW_MS - t + 1, spacedAt - t));
    }
  }
}
