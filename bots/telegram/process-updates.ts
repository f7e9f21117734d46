import type { Update } from "telegraf/types";

export interface UpdateFailure {
  update: Update;
  error: Error;
  /** False for a later update of the same chat that was not tried (it waits for the earlier one). */
  attempted: boolean;
}

/** The chat an update belongs to: updates of one chat are handled one after another, in order. */
export function chatKeyOf(update: Update): string {
  const u = update as unknown as Record<
    string,
    { chat?: { id?: unknown }; message?: { chat?: { id?: unknown } }; from?: { id?: unknown } } | undefined
  >;
  for (const key of ["message", "edited_message", "my_chat_member", "channel_post", "edited_channel_post"]) {
    const chatId = u[key]?.chat?.id;
    if (chatId !== undefined) return String(chatId);
  }
  const callback = u.callback_query;
  const chatId = callback?.message?.chat?.id ?? callback?.from?.id;
  return chatId !== undefined ? String(chatId) : `update:${update.update_id}`;
}

/**
 * Handles a batch of updates: chats in parallel (up to `concurrency`), each chat's updates in
 * the order Telegram numbered them, so answers to the conversation's questions stay in order.
 * Returns the updates that failed (a chat stops at its first failure: later ones wait for it).
 */
export async function processUpdates(
  updates: Update[],
  handle: (update: Update) => Promise<void>,
  concurrency: number,
): Promise<UpdateFailure[]> {
  const byChat = new Map<string, Update[]>();
  for (const update of [...updates].sort((a, b) => a.update_id - b.update_id)) {
    const key = chatKeyOf(update);
    byChat.set(key, [...(byChat.get(key) ?? []), update]);
  }
  const queue = [...byChat.values()];
  const failures: UpdateFailure[] = [];
  const worker = async () => {
    for (let chat = queue.shift(); chat; chat = queue.shift()) {
      for (let i = 0; i < chat.length; i++) {
        try {
          await handle(chat[i]!);
        } catch (error) {
          const reason = error instanceof Error ? error : new Error(String(error));
          chat.slice(i).forEach((update, k) => {
            failures.push({ update, error: reason, attempted: k === 0 });
          });
          break;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, worker));
  return failures;
}
