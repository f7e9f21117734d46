import { pino, type Logger } from "pino";

export type { Logger };

/** Structured logs; ids, never message content or secrets (see README, Privacy). */
export function createLogger(level: string, name = "pmi"): Logger {
  return pino({
    name,
    level,
    redact: { paths: ["*.password", "*.token", "*.text", "*.creds", "*.keys"], censor: "[redacted]" },
  });
}
