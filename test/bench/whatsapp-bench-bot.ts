/**
 * The bot process of the WhatsApp benchmark (started by whatsapp-bench.ts, one per run): the
 * "bots" role alone — the channel on a fake socket plus its outbound worker, or, for the
 * baseline, the same intake and outbound worker with no channel in between. On "go" it offers
 * the messages, records when each reply reaches sendMessage, samples its own memory, and
 * reports over IPC when asked.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { startBots } from "../../bots/start-bots.js";
import { createChatQueue } from "../../src/channels/chat-queue.js";
import { createOutboundWorker } from "../../queues/outbound-worker.js";
import type { ChannelSender } from "../../src/channels/contract.js";
import { loadConfig } from "../../src/config.js";
import { bullConnection } from "../../src/infra/redis-options.js";
import { receiveMessage } from "../../src/intake/receive-message.js";
import { createLogger } from "../../src/logger.js";
import { createContext } from "../../src/runtime/context.js";
import { fakeBotsOptions, fakeSocketFactory } from "../support/fake-whatsapp-socket.js";
import { person, textMessage } from "../support/whatsapp-messages.js";

export interface BotRunSpec {
  mode: "pipeline" | "whatsapp";
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  messages: number;
  chats: number;
  inboundConcurrency: number;
  outboundConcurrency: number;
  script: string[];
}

export interface BotRunReport {
  firstOfferAt: number;
  lastSendAt: number;
  sends: number;
  rssStartMb: number;
  rssPeakMb: number;
  heapPeakMb: number;
  /** Memory outside the V8 heap (Buffers, WebAssembly) at the RSS peak. */
  externalAtPeakMb: number;
  /** CPU time of the bot process from "go" to the report (user + system). */
  cpuMs: number;
}

const spec = JSON.parse(process.env.WA_BENCH_SPEC ?? "{}") as BotRunSpec;
const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

async function main(): Promise<void> {
  const config = loadConfig({
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    ROLES: "bots",
    QUEUE_PREFIX: spec.queuePrefix,
    SIMULATOR: "false",
    DB_POOL_SIZE: "15",
    OUTBOUND_CONCURRENCY: String(spec.outboundConcurrency),
    ...(spec.mode === "whatsapp"
      ? {
          WHATSAPP_ACCOUNTS: "bench",
          WHATSAPP_AUTH_KEY: `bench:${randomBytes(32).toString("base64")}`, // a fresh database per run
          // The pace is a deliberate limit, not the channel's cost: off for the throughput figure.
          WHATSAPP_GLOBAL_PER_SECOND: "100000",
          WHATSAPP_PER_CHAT_INTERVAL_MS: "0",
          WHATSAPP_TYPING_MAX_MS: "0",
          WHATSAPP_INBOUND_CONCURRENCY: String(spec.inboundConcurrency),
          WHATSAPP_OUTBOUND_CONCURRENCY: String(spec.outboundConcurrency),
        }
      : {}),
  });
  const ctx = await createContext(config, createLogger(config.LOG_LEVEL), { databaseUrl: spec.databaseUrl, redisUrl: spec.redisUrl });
  const report: BotRunReport = {
    firstOfferAt: 0,
    lastSendAt: 0,
    sends: 0,
    rssStartMb: 0,
    rssPeakMb: 0,
    heapPeakMb: 0,
    externalAtPeakMb: 0,
    cpuMs: 0,
  };
  let cpuAtGo = process.cpuUsage();
  const onSend = () => {
    report.sends++;
    report.lastSendAt = Date.now();
  };

  let offer: () => Promise<void>;
  let stop: () => Promise<void>;
  if (spec.mode === "whatsapp") {
    const fake = fakeSocketFactory((socket) => {
      socket.onSend = onSend;
    });
    stop = await startBots(ctx, fakeBotsOptions(fake));
    fake.latest().open({ id: "6281100000009:1@s.whatsapp.net", lid: "99000000000009:1@lid" });
    offer = async () => {
      // Each round, every chat's next message; Baileys delivers them in small upserts.
      const socket = fake.latest();
      for (let round = 0, sent = 0; sent < spec.messages; round++) {
        const batch = [];
        for (let c = 0; c < spec.chats && sent < spec.messages; c++, sent++) {
          batch.push(textMessage({ jid: person(c).pn, alt: person(c).lid }, spec.script[round % spec.script.length]!));
          if (batch.length === 20) socket.receive(batch.splice(0));
        }
        if (batch.length) socket.receive(batch);
        // Let the event loop breathe between rounds, as a socket would between frames.
        await new Promise((r) => setImmediate(r));
      }
    };
  } else {
    // Baseline: the same intake and outbound worker, messages handed straight to receiveMessage.
    const sender: ChannelSender = {
      channel: "WHATSAPP",
      async send() {
        onSend();
        return { platformMessageId: randomUUID() };
      },
    };
    const worker = createOutboundWorker(
      { sql: ctx.deliverySql, queues: ctx.queues, log: ctx.log, updates: ctx.updates, sender },
      bullConnection(ctx.redisUrl),
      config.QUEUE_PREFIX,
      {
        concurrency: spec.outboundConcurrency,
      },
    );
    stop = async () => worker.close();
    const chats = createChatQueue(spec.inboundConcurrency);
    offer = async () => {
      for (let round = 0, sent = 0; sent < spec.messages; round++) {
        for (let c = 0; c < spec.chats && sent < spec.messages; c++, sent++) {
          const jid = person(c).pn;
          void chats.run(jid, () =>
            receiveMessage(ctx, {
              channel: "WHATSAPP",
              externalId: `base-${randomUUID()}`,
              chatId: jid,
              sender: { id: jid, aliases: [person(c).lid] },
              kind: "text",
              text: spec.script[round % spec.script.length]!,
            }),
          );
        }
        await new Promise((r) => setImmediate(r));
      }
    };
  }

  global.gc?.();
  report.rssStartMb = mb(process.memoryUsage().rss);
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    if (mb(m.rss) > report.rssPeakMb) {
      report.rssPeakMb = mb(m.rss);
      report.externalAtPeakMb = mb(m.external);
    }
    report.heapPeakMb = Math.max(report.heapPeakMb, mb(m.heapUsed));
  }, 100);

  process.on("message", async (message: { type: string }) => {
    if (message.type === "go") {
      report.firstOfferAt = Date.now();
      cpuAtGo = process.cpuUsage();
      await offer();
    } else if (message.type === "report") {
      const cpu = process.cpuUsage(cpuAtGo);
      report.cpuMs = Math.round((cpu.user + cpu.system) / 1000);
      process.send!({ type: "report", report });
    } else if (message.type === "stop") {
      clearInterval(sampler);
      await stop();
      await ctx.close();
      process.exit(0);
    }
  });
  process.send!({ type: "ready" });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
