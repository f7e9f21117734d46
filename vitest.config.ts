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
    // Files run side by side. vitest's default on 2 cores is one worker; most files wait on
    // PostgreSQL, Redis or a browser, so two keep both cores busy.
    maxWorkers: 2,
  },
});
