import type { BotDeps } from "../bot-deps.js";
import type { RunningChannel } from "../../src/channels/contract.js";
import { isEmergencyText } from "../../src/intake/emergency-text.js";
import { saveChannelStatus, setChannelState } from "../../src/store/channel-status.js";
import { createTelegramChannel } from "./create-telegram-channel.js";
import { startLongPolling } from "./long-polling.js";
import { createParkedUpdates } from "./parked-updates.js";
import { createReceivedUpdates } from "./received-updates.js";
import { createUpdateIntake } from "./update-intake.js";
import { startWebhookServer } from "./webhook-server.js";

/** Update types the bot asks Telegram for; anything else is not sent to us at all. */
export const ALLOWED_UPDATES = [
  "message",
  "edited_message",
  "callback_query",
  "my_chat_member",
  "channel_post",
  "edited_channel_post",
] as const;

/** The words of a message update, for the emergency check before it is stored. */
function textOf(update: object): string | undefined {
  const message = (update as { message?: { text?: unknown; caption?: unknown } }).message;
  const text = message?.text ?? message?.caption;
  return typeof text === "string" ? text : undefined;
}

/** Commands shown in Telegram's menu button, in Indonesian. */
const COMMANDS = [
  { command: "start", description: "Tampilkan menu layanan" },
  { command: "ikuti", description: "Ikuti perkembangan pengaduan keluarga (dengan nomor tiket)" },
  { command: "berhenti_ikuti", description: "Berhenti mengikuti pengaduan" },
  { command: "batal", description: "Batalkan pengaduan yang sedang diisi" },
];

/**
 * Starts the Telegram channel for the "bots" role: long polling by default, a webhook server
 * when TELEGRAM_WEBHOOK_URL is set (Telegram must reach it at that URL; the secret token is
 * checked on every request). The outbound worker delivering through it keeps Telegram's pace.
 */
export async function startTelegram(
  ctx: Pick<BotDeps, "config" | "db" | "intake" | "log" | "redis" | "sql">,
): Promise<RunningChannel & { webhookPort?: number }> {
  const c = ctx.config;
  if (!c.TELEGRAM_BOT_TOKEN) throw new Error("TELEGRAM_BOT_TOKEN is not set");
  const keyPrefix = `${c.QUEUE_PREFIX}:tg`;
  const channel = createTelegramChannel({
    db: ctx.db,
    log: ctx.log,
    intake: ctx.intake,
    redis: ctx.redis,
    keyPrefix,
    token: c.TELEGRAM_BOT_TOKEN,
    ...(c.TELEGRAM_API_ROOT ? { apiRoot: c.TELEGRAM_API_ROOT } : {}),
    limits: { globalPerSecond: c.TELEGRAM_GLOBAL_PER_SECOND, perChatIntervalMs: c.TELEGRAM_PER_CHAT_INTERVAL_MS },
    files: {
      maxBytes: Math.floor(c.TELEGRAM_MAX_FILE_MB * 1024 * 1024),
      timeoutMs: c.TELEGRAM_DOWNLOAD_TIMEOUT_S * 1000,
      attempts: 2,
      concurrency: c.TELEGRAM_DOWNLOAD_CONCURRENCY,
    },
  });
  const { bot } = channel;
  // Fails start-up on a wrong token or an unreachable Bot API server: a wiring mistake.
  bot.botInfo = await bot.telegram.getMe();
  await bot.telegram.setMyCommands(COMMANDS).catch((error: Error) => ctx.log.warn({ err: error.message }, "telegram commands not set"));
  const handle = (update: Parameters<typeof bot.handleUpdate>[0]) => bot.handleUpdate(update);

  // Both ways of receiving hold what Telegram hands out in the database before confirming it.
  const intake = createUpdateIntake({
    handle,
    log: ctx.log,
    parked: createParkedUpdates(ctx.db),
    received: createReceivedUpdates(ctx.sql, bot.botInfo.id),
    isUrgent: (update) => isEmergencyText(textOf(update)),
    concurrency: c.TELEGRAM_UPDATE_CONCURRENCY,
  });
  let stopReceiving: () => Promise<void>;
  let webhookPort: number | undefined;
  if (c.TELEGRAM_WEBHOOK_URL) {
    const url = new URL(c.TELEGRAM_WEBHOOK_URL);
    const secretToken = c.TELEGRAM_WEBHOOK_SECRET!;
    await intake.start();
    const server = await startWebhookServer({
      bot,
      accept: (update) => intake.accept([update]),
      path: url.pathname,
      secretToken,
      host: c.TELEGRAM_WEBHOOK_HOST,
      port: c.TELEGRAM_WEBHOOK_PORT,
      log: ctx.log,
    });
    webhookPort = server.port;
    await bot.telegram.setWebhook(url.toString(), {
      secret_token: secretToken,
      max_connections: c.TELEGRAM_WEBHOOK_MAX_CONNECTIONS,
      allowed_updates: [...ALLOWED_UPDATES],
      drop_pending_updates: false,
    });
    stopReceiving = async () => {
      await server.stop();
      await intake.stop();
    };
  } else {
    await bot.telegram.deleteWebhook({ drop_pending_updates: false });
    const polling = startLongPolling({
      telegram: bot.telegram,
      intake,
      log: ctx.log,
      allowedUpdates: ALLOWED_UPDATES,
      pollTimeoutS: c.TELEGRAM_POLL_TIMEOUT_S,
    });
    stopReceiving = polling.stop;
  }

  const mode = c.TELEGRAM_WEBHOOK_URL ? "webhook" : "long-polling";
  await saveChannelStatus(ctx.db, { id: `telegram:${bot.botInfo.username}`, channel: "TELEGRAM", state: "connected", detail: mode });
  ctx.log.info({ bot: bot.botInfo.username, mode }, "telegram channel started");

  return {
    sender: channel.sender,
    outbound: {
      concurrency: c.TELEGRAM_OUTBOUND_CONCURRENCY,
      // No BullMQ limiter: it counts every job start, and the outbound worker restarts a chat's
      // later messages every 250 ms while an earlier one is in flight, so those restarts would
      // use up the budget and starve other chats. The pace is kept where messages actually
      // leave: the sender's pacer, per API call, per chat and per bot, shared through Redis.
    },
    webhookPort,
    async stop() {
      await stopReceiving();
      await setChannelState(ctx.db, `telegram:${bot.botInfo!.username}`, "stopped").catch((error: Error) => {
        ctx.log.warn({ err: error.message }, "telegram channel status not updated");
      });
    },
  };
}
