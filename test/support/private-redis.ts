import { spawn, type ChildProcess } from "node:child_process";
import { Redis } from "ioredis";
import { freePort } from "../../src/infra/free-port.js";
import { eventually } from "./test-app.js";

/**
 * A redis-server of the suite's own, keeping nothing on disk, so a test can restart it and lose
 * every key, as a failover or a restart without persistence would in production.
 */
export class PrivateRedis {
  private child: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort());
    await redis.spawn();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Kills the server (no clean shutdown, no save) and starts an empty one on the same port. */
  async restartEmpty(): Promise<void> {
    await this.kill("SIGKILL");
    await this.spawn();
  }

  async stop(): Promise<void> {
    await this.kill("SIGTERM");
  }

  private async spawn(): Promise<void> {
    this.child = spawn("redis-server", ["--bind", "127.0.0.1", "--port", String(this.port), "--save", "", "--appendonly", "no"], {
      stdio: "ignore",
    });
    const probe = new Redis(this.port, "127.0.0.1", { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on("error", () => undefined); // not up yet: polled again
    try {
      await eventually(
        async () =>
          (await probe.connect().then(
            () => probe.ping(),
            () => null,
          )) === "PONG",
        10_000,
        `redis-server on port ${this.port}`,
      );
    } finally {
      probe.disconnect();
    }
  }

  private async kill(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill(signal);
    await exited;
  }
}
