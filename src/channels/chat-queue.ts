/**
 * Runs tasks in order per chat and in parallel across chats, at most `concurrency` at once.
 * Messages of one chat must be stored in the order they came (their arrival order is the order
 * the conversation engine reads them); a flood in one chat takes one slot, so other chats stay
 * responsive.
 */
export function createChatQueue(concurrency: number) {
  const tails = new Map<string, Promise<void>>();
  const waiting: (() => void)[] = [];
  let running = 0;
  let pending = 0;
  let idle: (() => void)[] = [];

  async function slot(urgent: boolean): Promise<void> {
    if (running < concurrency) {
      running++;
      return;
    }
    // An emergency waits for no other chat: it takes the next free slot.
    await new Promise<void>((resolve) => (urgent ? waiting.unshift(resolve) : waiting.push(resolve)));
  }
  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }

  return {
    /**
     * Queues `task` behind earlier tasks of `chat`; the returned promise settles with it. An
     * urgent task (an emergency message) still follows its own chat's earlier tasks, but goes
     * ahead of every other chat's waiting ones.
     */
    run<T>(chat: string, task: () => Promise<T>, urgent = false): Promise<T> {
      pending++;
      const previous = tails.get(chat) ?? Promise.resolve();
      const result = previous.then(async () => {
        await slot(urgent);
        try {
          return await task();
        } finally {
          release();
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
