import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { startBots } from "../../bots/start-bots.js";
import { startWorkers } from "../../src/runtime/start-workers.js";
import { fileDatabaseUrl } from "../support/file-database.js";
import { SimulatedChat } from "../support/simulated-chat.js";
import { createTestContext, eventually, type TestContext } from "../support/test-app.js";

let ctx: TestContext;
let databaseUrl: string;

beforeAll(async () => {
  ctx = await createTestContext();
  databaseUrl = await fileDatabaseUrl();
});
afterAll(async () => {
  await ctx.cleanup();
});

/** The real entry point in its own process, running only the queue workers. */
function startWorkerProcess(): { child: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      ...process.env,
      ROLES: "workers",
      DATABASE_URL: databaseUrl,
      REDIS_URL: inject("redisUrl"),
      QUEUE_PREFIX: ctx.config.QUEUE_PREFIX,
      LOG_LEVEL: "info",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  return { child, output: () => output };
}

describe("the entry point as a separate worker process", () => {
  it("processes messages, and on SIGTERM finishes in-flight work and leaves the rest queued, losing nothing", async () => {
    const worker = startWorkerProcess();
    await eventually(async () => worker.output().includes("queue workers started"), 60_000, "worker process start");

    const chats = Array.from({ length: 10 }, () => new SimulatedChat(ctx));
    const script = ["menu", "1", "majikan tidak bayar gaji saya 4 bulan", "untuk saya sendiri", "lampung"];
    await Promise.all(
      chats.map(async (chat) => {
        for (const text of script) await chat.send(text);
      }),
    );
    await eventually(
      () =>
        ctx.db.message.count({
          where: { direction: "IN", state: "PROCESSED", conversation: { chatId: { in: chats.map((c) => c.chatId) } } },
        }),
      30_000,
      "some processing",
    );

    const exited = new Promise<number | null>((resolve) => worker.child.on("exit", resolve));
    worker.child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(worker.output()).toContain("shutting down");

    // Whatever the process did not take stays queued; workers started later finish it, once.
    const stops = [startWorkers(ctx), await startBots(ctx)];
    try {
      for (const chat of chats) {
        const replies = await chat.newReplies();
        expect(replies).toHaveLength(script.length);
        expect(replies[4]).toMatch(/Di negara mana/);
      }
      const inbound = await ctx.db.message.groupBy({
        by: ["state"],
        where: { direction: "IN", conversation: { chatId: { in: chats.map((c) => c.chatId) } } },
        _count: true,
      });
      expect(inbound).toEqual([{ state: "PROCESSED", _count: chats.length * script.length }]);
    } finally {
      for (const stop of stops) await stop();
    }
  });
});
