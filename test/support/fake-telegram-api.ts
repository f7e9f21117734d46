import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

/**
 * A local stand-in for Telegram's Bot API server (the only fake the Telegram tests use: the
 * network leaves the machine here). The real Telegraf client talks to it over HTTP. It keeps
 * an update queue for getUpdates (long polling with offsets) or pushes updates to a webhook
 * as Telegram does (see `addUpdate`), records every call, serves files, and can be told to
 * answer 429 / 403 / 5xx.
 */
export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  /** Milliseconds (performance.now) when the request arrived. */
  at: number;
}

export interface SentMessage {
  chatId: string;
  messageId: number;
  text: string;
  buttons: { text: string; callback_data: string }[];
  at: number;
}

interface Failure {
  method: string;
  chatId?: string;
  status: number;
  description: string;
  retryAfter?: number;
  times: number;
}

type Update = Record<string, unknown> & { update_id: number };

/** Telegram's default for setWebhook's max_connections: requests it keeps in flight to a webhook. */
const DEFAULT_MAX_CONNECTIONS = 40;
/** How long a refused webhook delivery waits before it is sent again (Telegram backs off too). */
const WEBHOOK_RETRY_MS = 200;

interface Delivery {
  update: Update;
  delivered: (status: number) => void;
  /** performance.now() when it was queued. */
  queuedAt: number;
}

/** One update's way to the webhook (performance.now() times). */
export interface PushTiming {
  queuedAt: number;
  /** When its last try was sent, and when the bot answered that try with a 2xx. */
  sentAt: number;
  answeredAt: number;
}

export class FakeTelegramApi {
  readonly token = `${Math.floor(Math.random() * 1e9)}:${randomBytes(12).toString("hex")}`;
  /** As on Telegram, the bot's user id is the token's number (each fake bot its own: suites share a database). */
  readonly botUser = { id: Number(this.token.split(":")[0]), is_bot: true, first_name: "Layanan PMI", username: "pmi_layanan_bot" };
  readonly calls: RecordedCall[] = [];
  readonly sent: SentMessage[] = [];
  private server?: Server;
  private updates: Update[] = [];
  private nextUpdateId = 1;
  private messageIds = new Map<string, number>();
  private waiters: (() => void)[] = [];
  private failures: Failure[] = [];
  private blocked = new Set<string>();
  private files = new Map<string, { data: Buffer; size: number; path: string; stall?: boolean; holdMs?: number }>();
  /** File downloads being served right now, and the most at once. */
  downloads = { active: 0, peak: 0 };
  private sentListeners: (() => void)[] = [];
  // Per-chat index and waiters: a benchmark has a thousand chats waiting at once.
  private sentByChat = new Map<string, SentMessage[]>();
  private chatWaiters = new Map<string, (() => void)[]>();
  webhook: { url: string; secret?: string } | null = null;
  /** setWebhook's max_connections (Telegram's default when not given). */
  webhookMaxConnections = DEFAULT_MAX_CONNECTIONS;
  /** Webhook deliveries: updates waiting for a connection, requests in flight now and at most, refused tries. */
  readonly pushes = { waiting: [] as Delivery[], inFlight: 0, peakInFlight: 0, refused: 0 };
  /** By update_id: when each update pushed to the webhook was queued, sent and taken. */
  readonly pushTimings = new Map<number, PushTiming>();
  private stopped = false;
  url = "";

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const wake of this.waiters.splice(0)) wake();
    for (const { delivered } of this.pushes.waiting.splice(0)) delivered(0);
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  // ---- test controls -------------------------------------------------------------------

  /**
   * Queue an update. With a webhook set it is pushed the way Telegram does: one update per POST
   * carrying the secret header, at most `webhookMaxConnections` requests in flight, the next
   * update of the queue sent as soon as a request is answered, in queue order; an answer other
   * than 2xx (or no answer) sends it again. Resolves once the webhook took it (`status`, 0 when
   * the fake stopped first); without a webhook, once getUpdates can hand it out.
   */
  async addUpdate(body: Record<string, unknown>): Promise<{ updateId: number; status?: number }> {
    const update = { update_id: this.nextUpdateId++, ...body };
    if (this.webhook) {
      const status = await new Promise<number>((delivered) => {
        this.pushes.waiting.push({ update, delivered, queuedAt: performance.now() });
        this.pushNext();
      });
      return { updateId: update.update_id, status };
    }
    this.updates.push(update);
    for (const wake of this.waiters.splice(0)) wake();
    return { updateId: update.update_id };
  }

  /** Sends waiting updates while a connection is free. */
  private pushNext(): void {
    while (!this.stopped && this.webhook && this.pushes.inFlight < this.webhookMaxConnections && this.pushes.waiting.length) {
      void this.push(this.webhook, this.pushes.waiting.shift()!);
    }
  }

  private async push(webhook: { url: string; secret?: string }, delivery: Delivery): Promise<void> {
    this.pushes.inFlight++;
    this.pushes.peakInFlight = Math.max(this.pushes.peakInFlight, this.pushes.inFlight);
    const sentAt = performance.now();
    const status = await fetch(webhook.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(webhook.secret ? { "x-telegram-bot-api-secret-token": webhook.secret } : {}) },
      body: JSON.stringify(delivery.update),
    }).then(
      async (response) => {
        await response.arrayBuffer();
        return response.status;
      },
      () => 0,
    );
    this.pushes.inFlight--;
    if (status >= 200 && status < 300) {
      this.pushTimings.set(delivery.update.update_id, { queuedAt: delivery.queuedAt, sentAt, answeredAt: performance.now() });
      delivery.delivered(status);
    } else if (this.stopped) delivery.delivered(status);
    else {
      // Refused: it goes back to the head of the queue and is sent again after a pause.
      this.pushes.refused++;
      setTimeout(() => {
        this.pushes.waiting.unshift(delivery);
        this.pushNext();
      }, WEBHOOK_RETRY_MS);
    }
    this.pushNext();
  }

  private msgId(chatId: string): number {
    const id = (this.messageIds.get(chatId) ?? 0) + 1;
    this.messageIds.set(chatId, id);
    return id;
  }

  private person(userId: number, name = "Ibu Sumarni") {
    return { id: userId, is_bot: false, first_name: name, language_code: "id" };
  }

  private chat(chatId: number, type = "private") {
    return type === "private" ? { id: chatId, type, first_name: "Keluarga" } : { id: chatId, type, title: "Grup Keluarga" };
  }

  /** A person writes in their private chat with the bot (chat id = user id, as on Telegram). */
  async userSends(userId: number, fields: Record<string, unknown> | string, name?: string) {
    const content = typeof fields === "string" ? { text: fields } : fields;
    const messageId = this.msgId(String(userId));
    const text = typeof content.text === "string" ? content.text : undefined;
    const entities = text?.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length }] } : {};
    const result = await this.addUpdate({
      message: {
        message_id: messageId,
        from: this.person(userId, name),
        chat: this.chat(userId),
        date: Math.floor(Date.now() / 1000),
        ...content,
        ...entities,
      },
    });
    return { ...result, messageId };
  }

  async groupSends(groupId: number, userId: number, text: string, type: "group" | "supergroup" = "group") {
    return this.addUpdate({
      message: {
        message_id: this.msgId(String(groupId)),
        from: this.person(userId),
        chat: this.chat(groupId, type),
        date: Math.floor(Date.now() / 1000),
        text,
      },
    });
  }

  async userEdits(userId: number, messageId: number, text: string) {
    const now = Math.floor(Date.now() / 1000);
    return this.addUpdate({
      edited_message: { message_id: messageId, from: this.person(userId), chat: this.chat(userId), date: now - 5, edit_date: now, text },
    });
  }

  /** A press on a button of a message the bot sent; `data` overrides the button's data (tampering). */
  async userPresses(userId: number, message: SentMessage, label: string, data?: string) {
    const button = message.buttons.find((b) => b.text === label);
    if (!button && data === undefined) throw new Error(`no button "${label}" on message ${message.messageId}`);
    const callbackId = randomBytes(8).toString("hex");
    const result = await this.addUpdate({
      callback_query: {
        id: callbackId,
        from: this.person(userId),
        chat_instance: "1",
        data: data ?? button!.callback_data,
        message: {
          message_id: message.messageId,
          from: this.botUser,
          chat: this.chat(userId),
          date: Math.floor(Date.now() / 1000),
          text: message.text,
        },
      },
    });
    return { ...result, callbackId };
  }

  /**
   * Makes a file downloadable; `declaredSize` lets a test claim a size without the bytes.
   * `stall`: the download sends its first bytes and then nothing, like a dead connection;
   * `holdMs`: it sends the rest after that long.
   */
  addFile(data: Buffer, declaredSize?: number, options: { stall?: boolean; holdMs?: number } = {}): string {
    const fileId = `file-${randomBytes(6).toString("hex")}`;
    this.files.set(fileId, { data, size: declaredSize ?? data.length, path: `documents/${fileId}.bin`, ...options });
    return fileId;
  }

  /** The next `times` calls of `method` (for one chat, if given) fail with this status. */
  failNext(
    method: string,
    status: number,
    options: { chatId?: string | number; retryAfter?: number; description?: string; times?: number } = {},
  ) {
    this.failures.push({
      method,
      status,
      description:
        options.description ??
        (status === 429
          ? `Too Many Requests: retry after ${options.retryAfter ?? 1}`
          : status >= 500
            ? "Internal Server Error"
            : "Bad Request"),
      times: options.times ?? 1,
      ...(options.chatId !== undefined ? { chatId: String(options.chatId) } : {}),
      ...(options.retryAfter !== undefined ? { retryAfter: options.retryAfter } : {}),
    });
  }

  /** The user blocked the bot: every send to them answers 403. */
  block(chatId: string | number) {
    this.blocked.add(String(chatId));
  }

  unblock(chatId: string | number) {
    this.blocked.delete(String(chatId));
  }

  sentTo(chatId: string | number): SentMessage[] {
    return this.sentByChat.get(String(chatId)) ?? [];
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /**
   * Waits until `check` is true, re-checking on every message sent (and at least every 100 ms);
   * with `chatId`, only on messages to that chat (a benchmark has a thousand chats waiting).
   */
  async waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 15_000, what = "condition", chatId?: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`fake Telegram: timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, chatId === undefined ? 100 : Math.max(1, deadline - Date.now()));
        const wake = () => (clearTimeout(timer), resolve());
        if (chatId === undefined) this.sentListeners.push(wake);
        else this.chatWaiters.set(chatId, [...(this.chatWaiters.get(chatId) ?? []), wake]);
      });
    }
  }

  /** The next `count` messages sent to the chat after the `after` messages already seen. */
  async nextMessages(chatId: string | number, after: number, count = 1, timeoutMs = 15_000): Promise<SentMessage[]> {
    const key = String(chatId);
    return this.waitFor(
      () => {
        const all = this.sentTo(key);
        return all.length >= after + count ? all.slice(after, after + count) : null;
      },
      timeoutMs,
      `${count} message(s) to chat ${key}`,
      key,
    );
  }

  // ---- the HTTP side ---------------------------------------------------------------------

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // When the request arrived, as Telegram counts it: before its body is read, which takes
    // turns of the event loop that a busy process may hand to several requests at once.
    const at = performance.now();
    const url = new URL(req.url ?? "/", "http://fake");
    const filePrefix = `/file/bot${this.token}/`;
    if (url.pathname.startsWith(filePrefix)) {
      const path = url.pathname.slice(filePrefix.length);
      const file = [...this.files.values()].find((f) => f.path === path);
      if (!file) return void res.writeHead(404).end();
      this.downloads.active++;
      this.downloads.peak = Math.max(this.downloads.peak, this.downloads.active);
      res.once("close", () => this.downloads.active--);
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.write(file.data.subarray(0, 4));
      if (file.stall) return; // the connection stays open until the client gives up
      if (file.holdMs) await new Promise((r) => setTimeout(r, file.holdMs));
      res.end(file.data.subarray(4));
      return;
    }
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(url.pathname);
    if (!match) return this.reply(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    if (match[1] !== this.token) return this.reply(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = match[2]!;
    const params = { ...Object.fromEntries(url.searchParams), ...(await readParams(req)) };
    this.calls.push({ method, params, at });

    const chatId = params.chat_id !== undefined ? String(params.chat_id) : undefined;
    const failure = this.failures.find((f) => f.method === method && (f.chatId === undefined || f.chatId === chatId) && f.times > 0);
    if (failure) {
      failure.times--;
      return this.reply(res, failure.status, {
        ok: false,
        error_code: failure.status,
        description: failure.description,
        ...(failure.retryAfter !== undefined ? { parameters: { retry_after: failure.retryAfter } } : {}),
      });
    }
    try {
      const result = await this.handle(method, params, chatId, at);
      this.reply(res, 200, { ok: true, result });
    } catch (error) {
      const e = error as { status?: number; message: string };
      this.reply(res, e.status ?? 400, { ok: false, error_code: e.status ?? 400, description: e.message });
    }
  }

  private async handle(method: string, p: Record<string, unknown>, chatId: string | undefined, at: number): Promise<unknown> {
    switch (method) {
      case "getMe":
        return this.botUser;
      case "getUpdates":
        return this.getUpdates(p);
      case "setWebhook":
        this.webhook = { url: String(p.url), ...(p.secret_token ? { secret: String(p.secret_token) } : {}) };
        this.webhookMaxConnections = p.max_connections ? Number(p.max_connections) : DEFAULT_MAX_CONNECTIONS;
        this.pushNext();
        return true;
      case "deleteWebhook":
        this.webhook = null;
        return true;
      case "setMyCommands":
      case "sendChatAction":
      case "answerCallbackQuery":
        return true;
      case "editMessageReplyMarkup":
        return true;
      case "sendMessage": {
        if (!chatId) throw apiError(400, "Bad Request: chat_id is empty");
        if (this.blocked.has(chatId)) throw apiError(403, "Forbidden: bot was blocked by the user");
        const text = typeof p.text === "string" ? p.text : "";
        if (!text.trim()) throw apiError(400, "Bad Request: message text is empty");
        if (text.length > 4096) throw apiError(400, "Bad Request: message is too long");
        const markup = (typeof p.reply_markup === "string" ? JSON.parse(p.reply_markup) : p.reply_markup) as
          | { inline_keyboard?: { text: string; callback_data: string }[][] }
          | undefined;
        const buttons = markup?.inline_keyboard?.flat() ?? [];
        if (buttons.some((b) => Buffer.byteLength(b.callback_data) > 64)) throw apiError(400, "Bad Request: BUTTON_DATA_INVALID");
        const message: SentMessage = { chatId, messageId: this.msgId(chatId), text, buttons, at };
        this.sent.push(message);
        this.sentByChat.set(chatId, [...this.sentTo(chatId), message]);
        for (const wake of this.sentListeners.splice(0)) wake();
        for (const wake of this.chatWaiters.get(chatId) ?? []) wake();
        this.chatWaiters.delete(chatId);
        return {
          message_id: message.messageId,
          from: this.botUser,
          chat: { id: Number(chatId), type: Number(chatId) < 0 ? "group" : "private" },
          date: Math.floor(Date.now() / 1000),
          text,
        };
      }
      case "getFile": {
        const file = this.files.get(String(p.file_id));
        if (!file) throw apiError(400, "Bad Request: invalid file_id");
        if (file.size > 20 * 1024 * 1024) throw apiError(400, "Bad Request: file is too big");
        return { file_id: p.file_id, file_unique_id: `u${p.file_id}`, file_size: file.size, file_path: file.path };
      }
      default:
        throw apiError(404, `Not Found: method ${method} not implemented by the fake`);
    }
  }

  private async getUpdates(p: Record<string, unknown>): Promise<Update[]> {
    if (this.webhook) throw apiError(409, "Conflict: can't use getUpdates method while webhook is active");
    const offset = Number(p.offset ?? 0);
    const limit = Math.min(100, Number(p.limit ?? 100));
    const timeoutMs = Math.min(Number(p.timeout ?? 0), 50) * 1000;
    // Telegram forgets updates before the offset: they are confirmed.
    if (offset > 0) this.updates = this.updates.filter((u) => u.update_id >= offset);
    const deadline = Date.now() + timeoutMs;
    while (this.updates.length === 0 && Date.now() < deadline && this.server?.listening) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
    return this.updates.slice(0, limit);
  }

  private reply(res: ServerResponse, status: number, body: unknown): void {
    if (res.writableEnded) return;
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  }
}

function apiError(status: number, message: string): Error & { status: number } {
  return Object.assign(new Error(message), { status });
}

async function readParams(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  const body = Buffer.concat(chunks).toString("utf8");
  if (!body) return {};
  const type = req.headers["content-type"] ?? "";
  if (type.includes("application/json")) return JSON.parse(body) as Record<string, unknown>;
  if (type.includes("x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(body));
  throw apiError(400, `Bad Request: unsupported content type ${type}`);
}
