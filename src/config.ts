import { isIP } from "node:net";
import { z } from "zod";
import { DEFAULT_RETENTION } from "./core/retention.js";
import { DEFAULT_HOTLINES } from "./core/texts.js";

/**
 * The one configuration module: every process parses its environment here, once, at start.
 * Handlers receive the parsed Config; nothing else reads process.env.
 */
const roles = ["bots", "workers", "console"] as const;
export type Role = (typeof roles)[number];

const boolean = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((v) => v === "true" || v === "1" || v === "yes");

/** A key for the WhatsApp session rows: an id (named in every row it encrypts) and 32 bytes. */
export interface AuthKey {
  id: string;
  key: Buffer;
}

const GENERATE_KEY = `node -e "console.log('k1:' + require('crypto').randomBytes(32).toString('base64'))"`;

const authKey = z.string().transform((text, ctx): AuthKey => {
  const [id = "", encoded = ""] = text.trim().split(":");
  const key = Buffer.from(encoded, "base64");
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(id) || key.length !== 32 || !/^[A-Za-z0-9+/]+=*$/.test(encoded)) {
    ctx.addIssue({ code: "custom", message: `use <key id>:<32 random bytes in base64>, e.g. from ${GENERATE_KEY}` });
    return z.NEVER;
  }
  return { id, key };
});

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    ROLES: z
      .string()
      .default("bots,workers,console")
      .transform((s, ctx) => {
        const list = s
          .split(",")
          .map((r) => r.trim())
          .filter(Boolean);
        for (const r of list) {
          if (!(roles as readonly string[]).includes(r)) {
            ctx.addIssue({ code: "custom", message: `unknown role "${r}" (use ${roles.join(", ")})` });
          }
        }
        return list as Role[];
      }),
    DATABASE_URL: z.string().url().optional(),
    REDIS_URL: z.string().url().optional(),
    DATA_DIR: z.string().default("data"),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9:_-]+$/i)
      .default("pmi"),
    CONSOLE_HOST: z.string().default("127.0.0.1"),
    CONSOLE_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    INBOUND_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(8),
    /** Workers of the emergencies' own inbound queue: free while the ordinary ones work through a backlog. */
    INBOUND_EMERGENCY_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
    OUTBOUND_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(20),
    /** Per channel, workers of the emergencies' first replies (queue outbound-emergency-*). */
    OUTBOUND_EMERGENCY_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
    /** The outbound workers' own connections (src/runtime/context.ts says why they are apart). */
    DELIVERY_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /**
     * The local simulator channel (no authentication): on by default only with the embedded
     * database, refused in production, served on a loopback-only listener of its own.
     */
    SIMULATOR: boolean.optional(),
    SIMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
    SLA_POLICY_JSON: z.string().optional(),
    HOLIDAYS: z.string().optional(),
    HOTLINE: z.string().default(DEFAULT_HOTLINES.hotline),
    HOTLINE_ABROAD: z.string().default(DEFAULT_HOTLINES.hotlineAbroad),
    /**
     * A server speaking the OpenAI-compatible POST /v1/audio/transcriptions (whisper.cpp,
     * faster-whisper-server); unset: no transcription.
     */
    TRANSCRIBE_URL: z.string().url().optional(),
    TRANSCRIBE_MODEL: z.string().min(1).default("whisper-1"),
    TRANSCRIBE_API_KEY: z.string().optional(),
    TRANSCRIBE_TIMEOUT_S: z.coerce.number().int().min(1).max(600).default(120),
    /** Comma-separated WhatsApp numbers to run: "id" (link by QR) or "id:628123456789" (link by pairing code). */
    WHATSAPP_ACCOUNTS: z
      .string()
      .optional()
      .transform((s, ctx) => {
        const accounts: { id: string; pairingPhone?: string }[] = [];
        for (const item of (s ?? "")
          .split(",")
          .map((a) => a.trim())
          .filter(Boolean)) {
          const [id = "", phone] = item.split(":").map((p) => p.trim());
          if (!/^[a-z0-9_-]{1,40}$/i.test(id))
            ctx.addIssue({ code: "custom", message: `account id "${id}": use 1-40 letters, digits, _ or -` });
          else if (phone !== undefined && !/^\d{8,15}$/.test(phone.replace(/^\+/, "")))
            ctx.addIssue({ code: "custom", message: `pairing phone of "${id}": digits with country code, e.g. 628123456789` });
          else if (accounts.some((a) => a.id === id)) ctx.addIssue({ code: "custom", message: `account id "${id}" appears twice` });
          else accounts.push({ id, ...(phone ? { pairingPhone: phone.replace(/^\+/, "") } : {}) });
        }
        return accounts;
      }),
    /** Encrypts the WhatsApp session (creds and Signal keys) in the database; required with WHATSAPP_ACCOUNTS. */
    WHATSAPP_AUTH_KEY: authKey.optional(),
    /** The key before a rotation: read only, rows under it are re-encrypted with WHATSAPP_AUTH_KEY at start. */
    WHATSAPP_AUTH_KEY_PREVIOUS: authKey.optional(),
    /** Files larger than this are not downloaded (the person is told); WhatsApp's own media limit is 16 MB. */
    WHATSAPP_MAX_MEDIA_MB: z.coerce.number().min(0.001).max(2000).default(16),
    /** Pace per number: WhatsApp bans numbers that send too fast. */
    WHATSAPP_GLOBAL_PER_SECOND: z.coerce.number().min(0.01).max(100_000).default(5),
    WHATSAPP_PER_CHAT_INTERVAL_MS: z.coerce.number().int().min(0).max(600_000).default(1500),
    /** Replies at least this long are preceded by "typing..." for up to WHATSAPP_TYPING_MAX_MS. */
    WHATSAPP_TYPING_MIN_CHARS: z.coerce.number().int().min(0).max(100_000).default(160),
    WHATSAPP_TYPING_MAX_MS: z.coerce.number().int().min(0).max(30_000).default(2000),
    /** The same reply to the same chat within this many seconds is not sent again (0: off). */
    WHATSAPP_REPEAT_WINDOW_S: z.coerce.number().min(0).max(86_400).default(60),
    WHATSAPP_RECONNECT_MAX_S: z.coerce.number().min(1).max(3600).default(60),
    WHATSAPP_INBOUND_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(20),
    WHATSAPP_OUTBOUND_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(20),
    /** Baileys' own log level: it can log raw protocol stanzas, so it is silent unless debugging. */
    WHATSAPP_LIBRARY_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("silent"),
    /** Print the linking QR code in the terminal (the pairing code is always printed). */
    WHATSAPP_PRINT_QR: boolean.default(true),
    TELEGRAM_BOT_TOKEN: z.string().optional(),
    TELEGRAM_API_ROOT: z.string().url().optional(),
    TELEGRAM_WEBHOOK_URL: z.string().url().optional(),
    TELEGRAM_WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, "16-256 characters: letters, digits, _ and -")
      .optional(),
    TELEGRAM_WEBHOOK_HOST: z.string().default("127.0.0.1"),
    TELEGRAM_WEBHOOK_PORT: z.coerce.number().int().min(0).max(65535).default(8443),
    // Requests Telegram keeps in flight to the webhook (its limit 100, its default 40): each waits
    // for its update's commit, so more of them share one commit and a backlog drains faster.
    TELEGRAM_WEBHOOK_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(100).default(100),
    /** Telegram's limits: about 30 messages/s for a bot, about 1 message/s to one chat. */
    TELEGRAM_GLOBAL_PER_SECOND: z.coerce.number().min(0.1).max(1000).default(30),
    TELEGRAM_PER_CHAT_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
    /** The official Bot API lets bots download files up to 20 MB. */
    TELEGRAM_MAX_FILE_MB: z.coerce.number().min(0.001).max(2000).default(20),
    /** Files downloaded at once per process (each held in memory up to TELEGRAM_MAX_FILE_MB), and the time one may take. */
    TELEGRAM_DOWNLOAD_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
    TELEGRAM_DOWNLOAD_TIMEOUT_S: z.coerce.number().min(0.1).max(600).default(60),
    TELEGRAM_OUTBOUND_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(50),
    /** Chats whose updates are stored in parallel (each chat's own updates stay in order). */
    TELEGRAM_UPDATE_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(100),
    TELEGRAM_POLL_TIMEOUT_S: z.coerce.number().int().min(0).max(50).default(30),
    /** "auto": Secure cookies when the request came over https (behind a proxy: X-Forwarded-Proto). */
    CONSOLE_SECURE_COOKIES: z.enum(["auto", "true", "false"]).default("auto"),
    CONSOLE_SESSION_HOURS: z.coerce
      .number()
      .min(0.1)
      .max(24 * 30)
      .default(12),
    /** How often an open live stream re-checks its session (expiry, deactivation, logout elsewhere). */
    CONSOLE_LIVE_RECHECK_MS: z.coerce.number().int().min(50).max(600_000).default(30_000),
    /** Failed sign-ins per username, per address and in all, each within 15 minutes. */
    CONSOLE_LOGIN_MAX_PER_15MIN: z.coerce.number().int().min(1).max(10_000).default(10),
    CONSOLE_LOGIN_MAX_PER_ADDRESS_15MIN: z.coerce.number().int().min(1).max(100_000).default(100),
    CONSOLE_LOGIN_MAX_GLOBAL_15MIN: z.coerce.number().int().min(1).max(1_000_000).default(1000),
    /**
     * Which proxies' X-Forwarded-For/-Proto to believe: none (default), a hop count ("1": the one
     * reverse proxy in front), or addresses/CIDRs ("10.0.0.5,10.1.0.0/16", "loopback").
     */
    TRUST_PROXY: z
      .string()
      .default("")
      .transform((s, ctx): false | number | string[] => {
        const value = s.trim();
        if (value === "" || value === "none" || value === "false") return false;
        if (/^\d+$/.test(value)) return Number(value);
        const list = value
          .split(",")
          .map((a) => a.trim())
          .filter(Boolean);
        const named = new Set(["loopback", "linklocal", "uniquelocal"]);
        for (const a of list) {
          const [address, bits] = a.split("/");
          if (!named.has(a) && (!isIP(address ?? "") || (bits !== undefined && !/^\d{1,3}$/.test(bits)))) {
            ctx.addIssue({
              code: "custom",
              message: `"${a}" is not an address, CIDR range, loopback, linklocal or uniquelocal (or give a hop count)`,
            });
          }
        }
        return list;
      }),
    /** Years a closed case keeps its personal details before it is anonymised (UU PDP: a set retention). */
    RETENTION_CASE_YEARS: z.coerce.number().int().min(1).max(30).default(DEFAULT_RETENTION.caseYears),
    /** Days a closed case keeps its files (photos, documents, voice notes): no longer than the case itself. */
    RETENTION_MEDIA_DAYS: z.coerce
      .number()
      .int()
      .min(1)
      .max(30 * 366)
      .default(DEFAULT_RETENTION.mediaDays),
    /** An intake left unanswered this long (a story told, no consent yet) gets one reminder asking for the consent; 0: never. */
    INTAKE_REMINDER_AFTER_MINUTES: z.coerce
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 60)
      .default(30),
    /** How often the anonymisation job looks for cases past their retention. */
    RETENTION_SWEEP_MINUTES: z.coerce
      .number()
      .min(1)
      .max(7 * 24 * 60)
      .default(60),
  })
  .superRefine((c, ctx) => {
    if (c.RETENTION_MEDIA_DAYS > c.RETENTION_CASE_YEARS * 365) {
      ctx.addIssue({
        code: "custom",
        path: ["RETENTION_MEDIA_DAYS"],
        message:
          `files cannot outlive their case: at most ${c.RETENTION_CASE_YEARS * 365} days with ` +
          `RETENTION_CASE_YEARS=${c.RETENTION_CASE_YEARS}`,
      });
    }
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["TELEGRAM_WEBHOOK_SECRET"],
        message: "required with TELEGRAM_WEBHOOK_URL (Telegram sends it back in a header we check)",
      });
    }
    if (c.WHATSAPP_ACCOUNTS.length > 0 && !c.WHATSAPP_AUTH_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["WHATSAPP_AUTH_KEY"],
        message: `required with WHATSAPP_ACCOUNTS (it encrypts the numbers' sessions), e.g. from ${GENERATE_KEY}`,
      });
    }
    if (c.WHATSAPP_AUTH_KEY && c.WHATSAPP_AUTH_KEY_PREVIOUS?.id === c.WHATSAPP_AUTH_KEY.id) {
      ctx.addIssue({
        code: "custom",
        path: ["WHATSAPP_AUTH_KEY_PREVIOUS"],
        message: "needs a key id of its own: give the new key a new id",
      });
    }
    if (c.SIMULATOR && c.NODE_ENV === "production") {
      ctx.addIssue({
        code: "custom",
        path: ["SIMULATOR"],
        message: "the simulator channel has no authentication and is refused with NODE_ENV=production",
      });
    }
  })
  .transform((c) => ({ ...c, SIMULATOR: c.SIMULATOR ?? (!c.DATABASE_URL && c.NODE_ENV !== "production") }));

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}
