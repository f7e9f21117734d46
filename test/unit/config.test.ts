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
