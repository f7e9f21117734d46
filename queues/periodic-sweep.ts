import type { Logger } from "../src/logger.js";

/**
 * Runs `sweep` once at start (what it looks for may have piled up while nothing ran), then every
 * `everyMs`, one run at a time; a failed run is logged and the next one tries again. The stop
 * function waits for a run under way.
 */
export function startPeriodicSweep(name: string, sweep: () => Promise<unknown>, log: Logger, everyMs: number): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running.then(sweep).catch((error: Error) => log.error({ err: error.message }, `${name} failed`));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
