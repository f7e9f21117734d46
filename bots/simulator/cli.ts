/**
 * Terminal chat against a running product: you play a worker writing on a messaging app.
 *   npm run simulator -- [--url http://127.0.0.1:3001] [--chat nama-chat]
 * The product serves the simulator on its own loopback listener, port SIMULATOR_PORT (3001).
 * Type a message and press Enter; replies (and later status updates from officers) appear below.
 */
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: `http://127.0.0.1:${process.env.SIMULATOR_PORT || "3001"}` },
    chat: { type: "string", default: `pekerja-${Math.random().toString(36).slice(2, 8)}` },
  },
});
const base = values.url!.replace(/\/$/, "");
const chatId = values.chat!;
let cursor = 0;
let running = true;

async function poll(): Promise<void> {
  while (running) {
    try {
      const res = await fetch(`${base}/api/simulator/messages?chatId=${encodeURIComponent(chatId)}&after=${cursor}&waitMs=20000`);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = (await res.json()) as { messages: { seq: number; text: string; buttons: { label: string }[] }[] };
      for (const m of body.messages) {
        cursor = Math.max(cursor, m.seq);
        const buttons = m.buttons.length ? `\n   [${m.buttons.map((b) => b.label).join("] [")}]` : "";
        process.stdout.write(`\n\x1b[36mLayanan:\x1b[0m ${m.text.replaceAll("\n", "\n   ")}${buttons}\n> `);
      }
    } catch (error) {
      process.stdout.write(`\n(tidak dapat terhubung ke ${base}: ${(error as Error).message}; mencoba lagi...)\n> `);
      await new Promise((r) => setTimeout(r, 3000));
    }
  }
}

async function main(): Promise<void> {
  console.log(`Simulator chat "${chatId}" → ${base}. Ketik pesan lalu Enter. Ctrl+C untuk keluar.`);
  void poll();
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: "> " });
  rl.prompt();
  for await (const line of rl) {
    const res = await fetch(`${base}/api/simulator/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ chatId, text: line }),
    }).catch((error: Error) => ({ ok: false, status: 0, statusText: error.message }) as Response);
    if (!res.ok) console.log(`(pesan gagal dikirim: ${res.status} ${res.statusText})`);
    rl.prompt();
  }
  running = false;
}

void main();
