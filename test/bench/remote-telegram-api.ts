import { fork } from "node:child_process";
import type { FromFakeTelegram, ToFakeTelegram } from "./fake-telegram-process.js";

/** Epoch milliseconds with sub-millisecond precision, comparable across processes. */
export const epochNow = () => performance.timeOrigin + performance.now();

/** The fake Bot API running in its own process (fake-telegram-process.ts), driven from the benchmark. */
export class RemoteTelegramApi {
  private readonly child = fork(new URL("./fake-telegram-process.ts", import.meta.url).pathname, [], { execArgv: ["--import", "tsx"] });
  private seq = 0;
  private readonly answers = new Map<number, (message: FromFakeTelegram) => void>();
  private readonly firstReplies = new Map<string, (at: number | null) => void>();
  url = "";
  token = "";

  async start(): Promise<void> {
    const ready = await new Promise<Extract<FromFakeTelegram, { op: "ready" }>>((resolve, reject) => {
      this.child.once("message", (message) => resolve(message as Extract<FromFakeTelegram, { op: "ready" }>));
      this.child.once("exit", (code) => reject(new Error(`the fake Bot API's process stopped at start (exit ${code})`)));
    });
    this.url = ready.url;
    this.token = ready.token;
    this.child.on("message", (raw) => {
      const message = raw as FromFakeTelegram;
      if (message.op === "first-reply") this.firstReplies.get(message.chatId)?.(message.at);
      else if (message.op === "sent" || message.op === "stats") this.answers.get(message.seq)?.(message);
    });
  }

  /** These users each write `text`, queued at the Bot API at once (not awaited). */
  burst(users: number[], text: string): void {
    this.send({ op: "burst", users, text });
  }

  /** One user writes; resolves with its update id once queued (with a webhook: once the bot took it). */
  async userSends(userId: number, text: string): Promise<{ updateId: number }> {
    const answer = await this.ask({ op: "send", seq: ++this.seq, userId, text });
    return { updateId: (answer as Extract<FromFakeTelegram, { op: "sent" }>).updateId };
  }

  /** When the first message to the chat arrived (epoch ms), or null when none within `timeoutMs`. */
  firstReplyAt(chatId: number, timeoutMs: number): Promise<number | null> {
    const key = String(chatId);
    const arrived = new Promise<number | null>((resolve) => this.firstReplies.set(key, resolve));
    this.send({ op: "watch", chatId: key, timeoutMs });
    return arrived;
  }

  async stats(updateIds: number[]): Promise<Extract<FromFakeTelegram, { op: "stats" }>> {
    return (await this.ask({ op: "stats", seq: ++this.seq, updateIds })) as Extract<FromFakeTelegram, { op: "stats" }>;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once("exit", () => resolve());
      this.send({ op: "stop" });
    });
  }

  private ask(message: ToFakeTelegram & { seq: number }): Promise<FromFakeTelegram> {
    return new Promise((resolve) => {
      this.answers.set(message.seq, (answer) => {
        this.answers.delete(message.seq);
        resolve(answer);
      });
      this.send(message);
    });
  }

  private send(message: ToFakeTelegram): void {
    this.child.send(message);
  }
}
