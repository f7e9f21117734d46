import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

describe("the simulator channel setting", () => {
  it("is on by default only with the embedded database", () => {
    expect(loadConfig({}).SIMULATOR).toBe(true);
    expect(loadConfig({ DATABASE_URL: "postgresql://pmi@db.example:5432/pmi" }).SIMULATOR).toBe(false);
  });

  it("is off by default in production, and refused there when asked for", () => {
    expect(loadConfig({ NODE_ENV: "production" }).SIMULATOR).toBe(false);
    expect(() => loadConfig({ NODE_ENV: "production", SIMULATOR: "true" })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: "production", SIMULATOR: "true" })).toThrow(/SIMULATOR/);
  });

  it("listens on a port of its own, 3001 unless SIMULATOR_PORT says otherwise", () => {
    expect(loadConfig({}).SIMULATOR_PORT).toBe(3001);
    expect(loadConfig({ SIMULATOR_PORT: "4100" }).SIMULATOR_PORT).toBe(4100);
  });
});

describe("the WhatsApp session key", () => {
  const key = `k1:${Buffer.alloc(32, 1).toString("base64")}`;

  it("is required with WHATSAPP_ACCOUNTS, and parsed into its id and 32 bytes", () => {
    expect(() => loadConfig({ WHATSAPP_ACCOUNTS: "utama" })).toThrow(/WHATSAPP_AUTH_KEY: required with WHATSAPP_ACCOUNTS/);
    const config = loadConfig({ WHATSAPP_ACCOUNTS: "utama", WHATSAPP_AUTH_KEY: key });
    expect(config.WHATSAPP_AUTH_KEY?.id).toBe("k1");
    expect(config.WHATSAPP_AUTH_KEY?.key.equals(Buffer.alloc(32, 1))).toBe(true);
  });

  it("refuses a malformed key without repeating it, and a previous key under the same id", () => {
    const short = `k1:${Buffer.alloc(16, 9).toString("base64")}`;
    expect(() => loadConfig({ WHATSAPP_AUTH_KEY: short })).toThrow(/WHATSAPP_AUTH_KEY: use <key id>:<32 random bytes in base64>/);
    try {
      loadConfig({ WHATSAPP_AUTH_KEY: short });
    } catch (error) {
      expect((error as Error).message).not.toContain(short.slice(3));
    }
    expect(() =>
      loadConfig({ WHATSAPP_AUTH_KEY: key, WHATSAPP_AUTH_KEY_PREVIOUS: `k1:${Buffer.alloc(32, 2).toString("base64")}` }),
    ).toThrow(/WHATSAPP_AUTH_KEY_PREVIOUS: needs a key id of its own/);
  });
});

describe("the intake reminder delay", () => {
  it("is 30 minutes unless INTAKE_REMINDER_AFTER_MINUTES says otherwise; 0 turns reminders off", () => {
    expect(loadConfig({}).INTAKE_REMINDER_AFTER_MINUTES).toBe(30);
    expect(loadConfig({ INTAKE_REMINDER_AFTER_MINUTES: "120" }).INTAKE_REMINDER_AFTER_MINUTES).toBe(120);
    expect(loadConfig({ INTAKE_REMINDER_AFTER_MINUTES: "0" }).INTAKE_REMINDER_AFTER_MINUTES).toBe(0);
  });

  it("refuses what is not a whole number of minutes up to a week", () => {
    for (const value of ["-5", "2.5", "30m", "20000"]) {
      expect(() => loadConfig({ INTAKE_REMINDER_AFTER_MINUTES: value })).toThrow(/INTAKE_REMINDER_AFTER_MINUTES/);
    }
  });
});
