/**
 * Runs tasks in order per chat and in parallel across chats, at most `concurrency` at once (and
 * as many urgent ones besides).
 * Messages of one chat must be stored in the order they came (their arrival order is the order
 * the conversation engine reads them); a flood in one chat takes one slot, so other chats stay
 * responsive.
 */
export function createChatQueue(concurrency: number) {
  const tails = new Map<string, Promise<void>>();
  const waiting: (() => void)[] = [];
  let running = 0;
  /** Urgent tasks have slots of their own (as many again): a backlog holding every slot does not hold them. */
  let urgentRunning = 0;
  let pending = 0;
  let idle: (() => void)[] = [];

  /** Resolves with the kind of slot taken, to be given back to `release`. */
  async function slot(urgent: boolean): Promise<boolean> {
    if (urgent && urgentRunning < concurrency) {
      urgentRunning++;
      return true;
    }
    if (running < concurrency) {
      running++;
      return false;
    }
    // An emergency beyond its own slots still waits for no other chat: it takes the next free slot.
    await new Promise<void>((resolve) => (urgent ? waiting.unshift(resolve) : waiting.push(resolve)));
    return false;
  }
  function release(urgentSlot: boolean): void {
    if (urgentSlot) {
      urgentRunning--;
      return;
    }
    const next = waiting.shift();
    if (next) next();
    else running--;
  }

  return {
    /**
     * Queues `task` behind earlier tasks of `chat`; the returned promise settles with it. An
     * urgent task (an emergency message) still follows its own chat's earlier tasks, but does
     * not wait for other chats' tasks: it runs in a slot of its own, or takes the next free one.
     */
    run<T>(chat: string, task: () => Promise<T>, urgent = false): Promise<T> {
      pending++;
      const previous = tails.get(chat) ?? Promise.resolve();
      const result = previous.then(async () => {
        const urgentSlot = await slot(urgent);
        try {
          return await task();
        } finally {
          release(urgentSlot);
        }
      });
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(chat, tail);
      void tail.then(() => {
        if (tails.get(chat) === tail) tails.delete(chat);
        pending--;
        if (pending === 0) {
          for (const resolve of idle) resolve();
          idle = [];
        }
      });
      return result;
    },
    /** Resolves when every queued task has finished. */
    drain(): Promise<void> {
      return pending === 0 ? Promise.resolve() : new Promise((resolve) => idle.push(resolve));
    },
    get pending(): number {
      return pending;
    },
  };
}

export type ChatQueue = ReturnType<typeof createChatQueue>;
