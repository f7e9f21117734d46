import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOfficer } from "../../src/console/auth/create-officer.js";
import { freePort } from "../../src/infra/free-port.js";
import { createDatabase, type Db } from "../../src/infra/prisma.js";
import { eventually } from "../support/test-app.js";

/**
 * `npm start` as a newcomer runs it: the real entry point with no DATABASE_URL and no REDIS_URL,
 * so on the embedded PostgreSQL and a local redis-server, with several chats writing at once
 * (text, a photo, a voice note) on the simulator while an officer uses the console.
 */
interface Product {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

let dataDir: string;
let consolePort: number;
let simulatorPort: number;
let product: Product;
let db: Db;

function startProduct(env: Record<string, string>): Product {
  const inherited = { ...process.env };
  for (const name of ["DATABASE_URL", "REDIS_URL", "SIMULATOR", "ROLES"]) delete inherited[name];
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { ...inherited, NODE_ENV: "development", LOG_LEVEL: "info", DATA_DIR: dataDir, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, output: () => output, exited };
}

async function started(p: Product, line: string): Promise<void> {
  await eventually(
    async () => {
      if (p.child.exitCode !== null) throw new Error(`the product stopped at start:\n${p.output()}`);
      return p.output().includes(line);
    },
    180_000,
    line,
  );
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "pmi-embedded-"));
  [consolePort, simulatorPort] = [await freePort(), await freePort()];
  product = startProduct({ CONSOLE_PORT: String(consolePort), SIMULATOR_PORT: String(simulatorPort) });
  await started(product, "console listening");
  db = createDatabase(await readFile(join(dataDir, "postgres.url"), "utf8"), 2).db;
}, 200_000);

afterAll(async () => {
  await db?.$disconnect();
  if (product && product.child.exitCode === null) {
    product.child.kill("SIGTERM");
    await product.exited;
  }
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

const simulator = () => `http://127.0.0.1:${simulatorPort}/api/simulator/messages`;

/** A worker on the simulator's own listener: sends, waits until the product has answered, reads the replies. */
class HttpChat {
  readonly chatId = `embedded-${randomBytes(4).toString("hex")}`;
  private cursor = 0;

  async say(text: string, attachment?: { kind: "image" | "voice"; mime: string; data: Buffer }): Promise<string[]> {
    const body = attachment
      ? {
          chatId: this.chatId,
          kind: attachment.kind,
          text,
          attachment: { mime: attachment.mime, base64: attachment.data.toString("base64") },
        }
      : { chatId: this.chatId, text };
    const sent = await fetch(simulator(), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(sent.status).toBe(202);
    await eventually(
      async () => {
        const waiting = await db.message.count({
          where: { conversation: { channel: "SIMULATOR", chatId: this.chatId }, state: { in: ["RECEIVED", "QUEUED"] } },
        });
        return waiting === 0;
      },
      90_000,
      `chat ${this.chatId} answered`,
    );
    const res = await fetch(`${simulator()}?chatId=${this.chatId}&after=${this.cursor}`);
    const { messages } = (await res.json()) as { messages: { seq: number; text: string }[] };
    this.cursor = Math.max(this.cursor, ...messages.map((m) => m.seq));
    return messages.map((m) => m.text);
  }
}

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
const OGG_OPUS = Buffer.concat([Buffer.from("OggS"), Buffer.alloc(24), Buffer.from("OpusHead"), Buffer.alloc(32)]);

const REPORT = ["gaji sy blm dibayar 3 bln sama majikan di malaysia, sy dr lampung timur", "1", "lewati", "lewati", "ya"];

async function reportCase(chat: HttpChat, opening?: { kind: "image" | "voice"; mime: string; data: Buffer }): Promise<string> {
  const replies: string[][] = [];
  if (opening) replies.push(await chat.say("", opening));
  for (const text of REPORT) replies.push(await chat.say(text));
  for (const answer of replies) expect(answer.length).toBeGreaterThan(0); // every message is answered
  const ticket = replies
    .at(-1)!
    .join("\n")
    .match(/PMI-[A-Z0-9]{6}/)?.[0];
  expect(ticket, `ticket in the last reply of ${chat.chatId}`).toBeDefined();
  return ticket!;
}

describe("npm start on the embedded defaults", () => {
  it("keeps its secrets owner-only and out of the log, and says the simulator is on, on loopback", async () => {
    const credentials = JSON.parse(await readFile(join(dataDir, "credentials.json"), "utf8")) as Record<string, string>;
    for (const file of ["credentials.json", "postgres.url", "redis.url"])
      expect((await stat(join(dataDir, file))).mode & 0o777).toBe(0o600);
    expect(await readFile(join(dataDir, "postgres.url"), "utf8")).toContain(encodeURIComponent(credentials.postgresPassword!));
    for (const password of Object.values(credentials)) expect(product.output()).not.toContain(password);
    expect(product.output()).toMatch(new RegExp(`"address":"http://127\\.0\\.0\\.1:${simulatorPort}".*simulator channel on`));
    // The console's server does not carry the simulator's routes (its /api gate or not-found answers).
    const onConsole = await fetch(`http://127.0.0.1:${consolePort}/api/simulator/messages?chatId=x`);
    expect([401, 404]).toContain(onConsole.status);
  });

  it("answers concurrent chats with text, photos and voice notes while an officer works, without a database error", async () => {
    const password = randomBytes(12).toString("base64url");
    await createOfficer(db, { username: "petugas.embedded", name: "Petugas Uji", agencyId: "KP2MI", role: "OFFICER", password });
    const login = await fetch(`http://127.0.0.1:${consolePort}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "petugas.embedded", password }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");

    const chats = Array.from({ length: 6 }, () => new HttpChat());
    const openings = [
      undefined,
      { kind: "image" as const, mime: "image/jpeg", data: JPEG },
      { kind: "voice" as const, mime: "audio/ogg", data: OGG_OPUS },
    ];
    let working = true;
    const officer = (async () => {
      let requests = 0;
      while (working || requests === 0) {
        const inbox = await fetch(`http://127.0.0.1:${consolePort}/api/cases`, { headers: { cookie } });
        expect(inbox.status).toBe(200);
        requests++;
      }
      return requests;
    })();
    const tickets = await Promise.all(chats.map((chat, i) => reportCase(chat, openings[i % openings.length])));
    working = false;
    expect(await officer).toBeGreaterThan(0);

    // Each chat has exactly its own case, under the ticket it was told.
    for (const [i, chat] of chats.entries()) {
      const cases = await db.case.findMany({
        where: { conversation: { channel: "SIMULATOR", chatId: chat.chatId } },
        select: { ticket: true },
      });
      expect(cases).toEqual([{ ticket: tickets[i] }]);
    }
    const photos = await db.attachment.count({ where: { message: { conversation: { chatId: { in: chats.map((c) => c.chatId) } } } } });
    expect(photos).toBe(4); // two photos, two voice notes
    const failed = await db.message.count({ where: { state: "FAILED" } });
    expect(failed).toBe(0);
    expect(product.output()).not.toMatch(/"level":(50|60)|bind message|invalid input syntax|prepared statement/);
  }, 300_000);

  it("lets a second process share the running servers, and stops them cleanly on SIGTERM", async () => {
    const second = startProduct({ ROLES: "workers" });
    await started(second, "queue workers started");
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    // The servers belong to the first process: they still answer.
    const chat = new HttpChat();
    expect((await chat.say("menu")).length).toBeGreaterThan(0);

    await db.$disconnect();
    product.child.kill("SIGTERM");
    expect(await product.exited).toBe(0);
    expect(product.output()).toContain("stopped");
    await expect(stat(join(dataDir, "postgres.url"))).rejects.toThrow(); // marker removed with the server
    expect(second.output()).not.toMatch(/"level":(50|60)/);
  }, 200_000);
});
