import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // Each file gets a database of its own (copied from the run's template) and a queue prefix of
    // its own, and waits for events rather than for time: files run side by side.
    setupFiles: ["test/support/file-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One file at a time until the suite is shown green three runs in a row with files in parallel.
    fileParallelism: false,
  },
});
