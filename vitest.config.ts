import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Files share one fresh database per run, each with its own queue prefix. One file at a time:
    // the channel suites measure pacing and delivery, which CPU contention on 2 cores distorts.
    fileParallelism: false,
  },
});
