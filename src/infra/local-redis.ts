import { spawn, spawnSync } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Redis } from "ioredis";
import { freePort } from "./free-port.js";
import { shareOrStart, type LocalServer } from "./shared-server.js";

export type LocalRedis = LocalServer;

export class RedisMissingError extends Error {
  constructor() {
    super(
      "Redis is needed: install it (Debian/Ubuntu: `apt-get install redis-server`, macOS: `brew install redis`) so redis-server is on PATH, or set REDIS_URL=redis://host:6379",
    );
  }
}

/** A redis-server child on a free loopback port, for running the product without any setup (shared like PGlite). */
export function startLocalRedis(dataDir: string): Promise<LocalRedis> {
  return shareOrStart(join(dataDir, "redis.url"), answers, async () => {
    if (spawnSync("redis-server", ["--version"]).error) throw new RedisMissingError();
    const dir = resolve(join(dataDir, "redis"));
    await mkdir(dir, { recursive: true });
    const port = await freePort();
    // Append-only file so queued jobs survive a restart of the product.
    const child = spawn(
      "redis-server",
      ["--bind", "127.0.0.1", "--port", String(port), "--dir", dir, "--appendonly", "yes", "--save", ""],
      { stdio: "ignore" },
    );
    const url = `redis://127.0.0.1:${port}`;
    await waitForRedis(url);
    return {
      url,
      async stop() {
        if (child.exitCode !== null) return;
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      },
    };
  });
}

async function waitForRedis(url: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await answers(url)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`redis-server did not start on ${url}`);
}

async function answers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on("error", () => undefined); // not up (yet): the caller decides
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
