import { z } from "zod";

/**
 * The one configuration module: every process parses its environment here, once, at start.
 * Handlers receive the parsed Config; nothing else reads process.env.
 */
const roles = ["bots", "workers", "console"] as const;
export type Role = (typeof roles)[number];

const boolean = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ROLES: z
    .string()
    .default("bots,workers,console")
    .transform((s, ctx) => {
      const list = s.split(",").map((r) => r.trim()).filter(Boolean);
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
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9:_-]+$/i).default("pmi"),
  CONSOLE_HOST: z.string().default("127.0.0.1"),
  CONSOLE_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  INBOUND_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(50),
  OUTBOUND_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(20),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  SIMULATOR: boolean.default(true),
  SLA_POLICY_JSON: z.string().optional(),
  HOLIDAYS: z.string().optional(),
  HOTLINE: z.string().default("0800-1000"),
  HOTLINE_ABROAD: z.string().default("+62-21-29244800"),
  WHATSAPP_ACCOUNTS: z.string().optional(),
  TELEGRAM_BOT_TOKEN: z.string().optional(),
  TELEGRAM_API_ROOT: z.string().url().optional(),
  TELEGRAM_WEBHOOK_URL: z.string().url().optional(),
  TELEGRAM_WEBHOOK_SECRET: z.string().optional(),
});

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
