import qrcode from "qrcode-terminal";
import type { Config } from "../../src/config.js";
import type { BotDeps } from "../bot-deps.js";
import type { RunningChannel } from "../../src/channels/contract.js";
import { createAuthCipher } from "./auth-cipher.js";
import { createWhatsAppChannel, DEFAULT_SETTINGS, type WhatsAppChannel, type WhatsAppSettings } from "./create-whatsapp-channel.js";
import type { LinkDisplay } from "./create-whatsapp-account.js";
import type { ILogger, SocketFactory } from "./socket-types.js";

export interface StartWhatsAppOptions {
  /** Default: Baileys' makeWASocket. */
  socketFactory?: SocketFactory;
  /** Default: the terminal (QR drawn on stdout, pairing code printed). */
  link?: LinkDisplay;
}

/** The channel's settings from the parsed config. */
export function whatsAppSettings(c: Config): WhatsAppSettings {
  return {
    ...DEFAULT_SETTINGS,
    media: { ...DEFAULT_SETTINGS.media, maxBytes: Math.floor(c.WHATSAPP_MAX_MEDIA_MB * 1024 * 1024) },
    pace: { globalPerSecond: c.WHATSAPP_GLOBAL_PER_SECOND, perChatIntervalMs: c.WHATSAPP_PER_CHAT_INTERVAL_MS },
    typing: { minChars: c.WHATSAPP_TYPING_MIN_CHARS, maxMs: c.WHATSAPP_TYPING_MAX_MS },
    reconnect: { ...DEFAULT_SETTINGS.reconnect, maxMs: c.WHATSAPP_RECONNECT_MAX_S * 1000 },
    inboundConcurrency: c.WHATSAPP_INBOUND_CONCURRENCY,
    repeatWindowMs: c.WHATSAPP_REPEAT_WINDOW_S * 1000,
  };
}

/** Linking shown to the operator in the terminal; the log only says that it was shown. */
export function terminalLink(printQr: boolean, log: BotDeps["log"]): LinkDisplay {
  return {
    qr(accountId, qr) {
      if (!printQr) {
        log.warn({ accountId }, "whatsapp number needs linking, but WHATSAPP_PRINT_QR is off: set a pairing phone or turn the QR on");
        return;
      }
      log.info({ accountId }, "whatsapp number needs linking: QR code printed to the terminal");
      qrcode.generate(qr, { small: true }, (drawing) => {
        process.stdout.write(
          `\nWhatsApp "${accountId}": pindai kode QR ini di WhatsApp > Perangkat tertaut > Tautkan perangkat\n${drawing}\n`,
        );
      });
    },
    pairingCode(accountId, code) {
      log.info({ accountId }, "whatsapp number needs linking: pairing code printed to the terminal");
      const shown = code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
      process.stdout.write(
        `\nWhatsApp "${accountId}": kode penautan ${shown}\nMasukkan di WhatsApp > Perangkat tertaut > Tautkan perangkat > ` +
          `Tautkan dengan nomor telepon.\n\n`,
      );
    },
  };
}

/**
 * Starts every number in WHATSAPP_ACCOUNTS for the "bots" role. The outbound worker delivering
 * through the channel is created by start-bots.
 */
export async function startWhatsApp(
  ctx: Pick<BotDeps, "config" | "db" | "emergencySql" | "intake" | "log" | "redis" | "sql">,
  options: StartWhatsAppOptions = {},
): Promise<RunningChannel & { channel: WhatsAppChannel }> {
  const c = ctx.config;
  if (c.WHATSAPP_ACCOUNTS.length === 0) throw new Error("WHATSAPP_ACCOUNTS is not set");
  if (!c.WHATSAPP_AUTH_KEY) throw new Error("WHATSAPP_AUTH_KEY is not set");
  const channel = createWhatsAppChannel({
    db: ctx.db,
    sql: ctx.sql,
    emergencySql: ctx.emergencySql,
    log: ctx.log,
    redis: ctx.redis,
    intake: ctx.intake,
    keyPrefix: `${c.QUEUE_PREFIX}:wa`,
    accounts: c.WHATSAPP_ACCOUNTS,
    settings: whatsAppSettings(c),
    authCipher: createAuthCipher(c.WHATSAPP_AUTH_KEY, c.WHATSAPP_AUTH_KEY_PREVIOUS ? [c.WHATSAPP_AUTH_KEY_PREVIOUS] : []),
    link: options.link ?? terminalLink(c.WHATSAPP_PRINT_QR, ctx.log),
    libraryLogger: ctx.log.child({ lib: "baileys" }, { level: c.WHATSAPP_LIBRARY_LOG_LEVEL }) as unknown as ILogger,
    ...(options.socketFactory ? { socketFactory: options.socketFactory } : {}),
  });
  await channel.start();
  ctx.log.info({ accounts: c.WHATSAPP_ACCOUNTS.map((a) => a.id) }, "whatsapp channel started");
  return {
    channel,
    sender: channel.sender,
    // No BullMQ limiter: the sender's pacer keeps each number's pace exactly, and a job-level
    // limiter would also count the jobs that only re-check their chat's order.
    outbound: { concurrency: c.WHATSAPP_OUTBOUND_CONCURRENCY },
    stop: () => channel.stop(),
  };
}
