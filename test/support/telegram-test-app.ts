import { FakeTelegramApi } from "./fake-telegram-api.js";
import { startTestApp, type TestContext } from "./test-app.js";

/**
 * The product with its Telegram bot pointed at a fresh fake Bot API: context, queue workers and
 * bots running. `stop()` tears all of it down. Extra settings (pace, webhook...) in `settings`.
 */
export async function startTelegramTestApp(
  settings: Record<string, string>,
): Promise<{ ctx: TestContext; api: FakeTelegramApi; stop(): Promise<void> }> {
  const api = new FakeTelegramApi();
  await api.start();
  const app = await startTestApp({
    overrides: { TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.url, TELEGRAM_POLL_TIMEOUT_S: "1", ...settings },
    workers: true,
    bots: true,
  });
  return {
    ctx: app.ctx,
    api,
    async stop() {
      await app.stop();
      await api.stop();
    },
  };
}
