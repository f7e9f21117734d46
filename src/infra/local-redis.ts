import { spawn, spawnSync } from "node:child_process";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Redis } from "ioredis";
import { freePort } from "./free-port.js";
import { shareOrStart, type LocalServer } from "./shared-server.js";

export type LocalRedis = LocalServer;

export class RedisMissingError extends Error {
  constructor() {
    super(
      "Redis is needed: install it (Debian/Ubuntu: `apt-get install redis-server`, macOS: `brew install redis`) so redis-server " +
        "is on PATH, or set REDIS_URL=redis://host:6379",
    );
  }
}

/**
 * A redis-server child on a free loopback port with a password (local-credentials.ts), for
 * running the product without any setup (shared like the embedded PostgreSQL).
 */
export function startLocalRedis(dataDir: string, password: string): Promise<LocalRedis> {
  return shareOrStart(join(dataDir, "redis.url"), answers, async () => {
    if (spawnSync("redis-server", ["--version"]).error) throw new RedisMissingError();
    const dir = resolve(join(dataDir, "redis"));
    await mkdir(dir, { recursive: true });
    const port = await freePort();
    // The password goes in an owner-only file, not on the command line (which `ps` shows).
    // Append-only file so queued jobs survive a restart of the product.
    const configFile = join(dir, "redis.conf");
    const settings = ["bind 127.0.0.1", `port ${port}`, `dir ${dir}`, "appendonly yes", 'save ""', `requirepass ${password}`];
    await writeFile(configFile, settings.join("\n") + "\n", { mode: 0o600 });
    await chmod(configFile, 0o600);
    // Its own process group, so a Ctrl+C reaches the product, which stops Redis last.
    const child = spawn("redis-server", [configFile], { stdio: "ignore", detached: true });
    const url = `redis://:${encodeURIComponent(password)}@127.0.0.1:${port}`;
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
