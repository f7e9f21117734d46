import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/infra/free-port.js";
import type { FakeTelegramApi } from "../support/fake-telegram-api.js";
import { startTelegramTestApp } from "../support/telegram-test-app.js";
import { TelegramUser } from "../support/telegram-user.js";
import type { TestContext } from "../support/test-app.js";

let ctx: TestContext;
let api: FakeTelegramApi;
let app: Awaited<ReturnType<typeof startTelegramTestApp>>;
let hookUrl: string;
const SECRET = "rahasia_webhook-0123456789";

beforeAll(async () => {
  const port = await freePort();
  hookUrl = `http://127.0.0.1:${port}/telegram/masuk`;
  app = await startTelegramTestApp({
    TELEGRAM_WEBHOOK_URL: hookUrl,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_WEBHOOK_PORT: String(port),
    TELEGRAM_PER_CHAT_INTERVAL_MS: "20",
    TELEGRAM_GLOBAL_PER_SECOND: "100",
  });
  ({ ctx, api } = app);
});

afterAll(() => app.stop());

const push = (body: unknown, headers: Record<string, string>, url = hookUrl) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

const textUpdate = (updateId: number, userId: number, text: string) => ({
  update_id: updateId,
  message: {
    message_id: 1,
    from: { id: userId, is_bot: false, first_name: "Ibu Yati" },
    chat: { id: userId, type: "private" },
    date: Math.floor(Date.now() / 1000),
    text,
  },
});

describe("Telegram: webhook mode", () => {
  it("registers the webhook with its secret token instead of polling", () => {
    expect(api.webhook).toEqual({ url: hookUrl, secret: SECRET });
    const registered = api.callsOf("setWebhook")[0]!.params;
    // Telegram's limit, not its default of 40: each request waits for its update's commit, so more share one.
    expect(registered).toMatchObject({ url: hookUrl, secret_token: SECRET, max_connections: 100 });
    expect(registered.allowed_updates).toEqual([
      "message",
      "edited_message",
      "callback_query",
      "my_chat_member",
      "channel_post",
      "edited_channel_post",
    ]);
    expect(api.callsOf("getUpdates")).toHaveLength(0);
  });

  it("stores and answers an update that carries the right secret token", async () => {
    const user = new TelegramUser(ctx, api, 8_400_001);
    // The fake pushes it to the registered URL with the secret Telegram was given.
    const { status } = await api.addUpdate({ message: textUpdate(0, user.userId, "/start").message });
    expect(status).toBe(200);
    await user.settle(`${user.chatId}:1`);
    expect(api.sentTo(user.chatId)[0]!.text).toMatch(/Selamat datang/);
  });

  it("refuses a wrong or missing secret token, and a wrong path, without storing anything", async () => {
    const wrong = await push(textUpdate(9001, 8_400_002, "halo"), { "x-telegram-bot-api-secret-token": "bukan-rahasia-yang-benar-123" });
    const missing = await push(textUpdate(9002, 8_400_003, "halo"), {});
    const wrongPath = await push(
      textUpdate(9003, 8_400_004, "halo"),
      { "x-telegram-bot-api-secret-token": SECRET },
      hookUrl.replace("/masuk", "/lain"),
    );
    expect([wrong.status, missing.status, wrongPath.status]).toEqual([403, 403, 403]);
    const stored = await ctx.db.message.count({
      where: { channel: "TELEGRAM", conversation: { chatId: { in: ["8400002", "8400003", "8400004"] } } },
    });
    expect(stored).toBe(0);
  });

  it("answers 400 to a body that is not JSON, and 200 to an update type it ignores", async () => {
    const garbage = await fetch(hookUrl, { method: "POST", headers: { "x-telegram-bot-api-secret-token": SECRET }, body: "{not json" });
    expect(garbage.status).toBe(400);
    const poll = await push(
      { update_id: 9100, poll: { id: "x", question: "?", options: [] } },
      { "x-telegram-bot-api-secret-token": SECRET },
    );
    expect(poll.status).toBe(200);
  });
});
