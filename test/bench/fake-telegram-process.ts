/**
 * The emergency benchmark's fake Telegram Bot API in a process of its own, as Telegram's servers
 * are: its work (queueing 5,000 updates, answering getUpdates, pushing to a webhook) does not take
 * turns on the bots' event loop. Started by emergency-bench.ts with fork(); driven by messages
 * (see RemoteTelegramApi there). Times cross the process boundary as epoch milliseconds
 * (performance.timeOrigin + performance.now()).
 */
import { FakeTelegramApi } from "../support/fake-telegram-api.js";

export type ToFakeTelegram =
  | { op: "burst"; users: number[]; text: string }
  | { op: "send"; seq: number; userId: number; text: string }
  | { op: "watch"; chatId: string; timeoutMs: number }
  | { op: "stats"; seq: number; updateIds: number[] }
  | { op: "stop" };

export type FromFakeTelegram =
  | { op: "ready"; url: string; token: string }
  | { op: "sent"; seq: number; updateId: number }
  | { op: "first-reply"; chatId: string; at: number | null }
  | {
      op: "stats";
      seq: number;
      timings: { queuedAt: number; sentAt: number; answeredAt: number }[];
      peakInFlight: number;
      refused: number;
      maxConnections: number;
    };

const epoch = (at: number) => performance.timeOrigin + at;
const api = new FakeTelegramApi();
await api.start();
const reply = (message: FromFakeTelegram) => process.send?.(message);

process.on("message", (raw) => {
  const message = raw as ToFakeTelegram;
  switch (message.op) {
    case "burst":
      for (const user of message.users) void api.userSends(user, message.text);
      break;
    case "send":
      void api.userSends(message.userId, message.text).then(({ updateId }) => reply({ op: "sent", seq: message.seq, updateId }));
      break;
    case "watch":
      void api.nextMessages(message.chatId, 0, 1, message.timeoutMs).then(
        ([first]) => reply({ op: "first-reply", chatId: message.chatId, at: first ? epoch(first.at) : null }),
        () => reply({ op: "first-reply", chatId: message.chatId, at: null }),
      );
      break;
    case "stats":
      reply({
        op: "stats",
        seq: message.seq,
        timings: message.updateIds.flatMap((id) => api.pushTimings.get(id) ?? []),
        peakInFlight: api.pushes.peakInFlight,
        refused: api.pushes.refused,
        maxConnections: api.webhookMaxConnections,
      });
      break;
    case "stop":
      void api.stop().finally(() => process.exit(0));
      break;
  }
});
reply({ op: "ready", url: api.url, token: api.token });
