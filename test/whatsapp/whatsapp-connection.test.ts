import { randomBytes } from "node:crypto";
import { BufferJSON, proto } from "@whiskeysockets/baileys";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AuthKeyError, createAuthCipher, type AuthCipher } from "../../bots/whatsapp/auth-cipher.js";
import {
  createWhatsAppChannel,
  DEFAULT_SETTINGS,
  type WhatsAppAccountConfig,
  type WhatsAppChannel,
} from "../../bots/whatsapp/create-whatsapp-channel.js";
import { createServer } from "../../src/http/create-server.js";
import { fakeSocketFactory, type FakeWhatsAppSocket } from "../support/fake-whatsapp-socket.js";
import { ManualClock } from "../support/manual-clock.js";
import { createTestContext, eventually, type TestContext } from "../support/test-app.js";
import { person, textMessage } from "../support/whatsapp-messages.js";

let ctx: TestContext;
const logLines: string[] = [];
/** Key material seen in the tests: none of it may appear in any log line. */
const secrets: string[] = [];
const log = pino({ level: "trace" }, { write: (line: string) => void logLines.push(line) });
const running: WhatsAppChannel[] = [];

beforeAll(async () => {
  ctx = await createTestContext();
});
afterEach(async () => {
  for (const channel of running.splice(0)) await channel.stop();
});
afterAll(async () => {
  await ctx.cleanup();
});

/** A fresh account id per test: each test has its own session rows and status row. */
const uniqueId = (label: string) => `${label}-${randomBytes(3).toString("hex")}`;

const key = (id: string) => ({ id, key: randomBytes(32) });
const cipher = () => createAuthCipher(ctx.config.WHATSAPP_AUTH_KEY!);

function channelFor(
  accounts: WhatsAppAccountConfig[],
  fake = fakeSocketFactory(),
  reconnectInitialMs = 100,
  authCipher: AuthCipher = cipher(),
) {
  const shown = { qrs: [] as [string, string][], codes: [] as [string, string][] };
  // The reconnect backoff runs on a clock the test moves: a reconnect happens when the test
  // says the time has come, and "no reconnect" is an empty schedule rather than a wait.
  const clock = new ManualClock();
  const channel = createWhatsAppChannel({
    db: ctx.db,
    sql: ctx.sql,
    log,
    intake: ctx.intake,
    redis: ctx.redis,
    keyPrefix: `${ctx.config.QUEUE_PREFIX}:wa`,
    accounts,
    authCipher,
    settings: {
      ...DEFAULT_SETTINGS,
      reconnect: { initialMs: reconnectInitialMs, maxMs: reconnectInitialMs * 4, stableMs: 60_000 },
      pace: { globalPerSecond: 1000, perChatIntervalMs: 0 },
    },
    socketFactory: fake.factory,
    link: { qr: (id, qr) => shown.qrs.push([id, qr]), pairingCode: (id, code) => shown.codes.push([id, code]) },
    libraryLogger: log.child({ lib: "baileys" }),
    clock,
  });
  running.push(channel);
  return { channel, fake, shown, clock };
}

const status = (accountId: string) => ctx.db.channelStatus.findUnique({ where: { id: `whatsapp:${accountId}` } });
const authRows = (accountId: string) => ctx.db.whatsAppAuth.findMany({ where: { accountId } });

describe("linking a number", () => {
  it("shows a QR code, then keeps the session in the database and reports the number connected", async () => {
    const id = uniqueId("qr");
    const { channel, fake, shown } = channelFor([{ id }]);
    await channel.start();
    const socket = fake.latest();
    expect(socket.config.auth?.creds.me).toBeUndefined();
    socket.showQr("2@ref-one");
    expect(shown.qrs).toEqual([[id, "2@ref-one"]]);
    await eventually(async () => (await status(id))?.state === "qr", 5000, "status qr");
    socket.open();
    await eventually(async () => (await status(id))?.state === "open", 5000, "status open");
    expect((await status(id))?.detail).toContain("+6281100000001");
    // Visible to operators on the health endpoint.
    const app = await createServer(ctx, []);
    const health = (await app.inject({ method: "GET", url: "/health" })).json() as { channels: { id: string; state: string }[] };
    await app.close();
    expect(health.channels).toContainEqual(expect.objectContaining({ id: `whatsapp:${id}`, state: "open" }));
    const creds = await eventually(async () => (await authRows(id)).find((r) => r.key === "creds"), 5000, "creds stored");
    expect(JSON.parse(cipher().decrypt(`${id}/creds`, creds.value), BufferJSON.reviver).me.id).toBe("6281100000001:7@s.whatsapp.net");
  });

  it("links by pairing code for a given phone number instead of a QR code", async () => {
    const id = uniqueId("pair");
    const { channel, fake, shown } = channelFor([{ id, pairingPhone: "6281234567890" }]);
    await channel.start();
    fake.latest().showQr();
    fake.latest().showQr("2@refreshed");
    await eventually(async () => shown.codes.length === 1, 5000, "pairing code shown");
    expect(fake.latest().pairingRequests).toEqual(["6281234567890"]);
    expect(shown.codes).toEqual([[id, "ABCD1234"]]);
    expect(shown.qrs).toEqual([]);
    await eventually(async () => (await status(id))?.detail?.includes("kode penautan") === true, 5000, "pairing status");
  });
});

describe("the session survives a restart", () => {
  it("gives the next process the same credentials and signal keys, from the database", async () => {
    const id = uniqueId("restart");
    const first = channelFor([{ id }]);
    await first.channel.start();
    const socket = first.fake.latest();
    const auth = socket.config.auth!;
    socket.open();
    const preKey = { public: randomBytes(32), private: randomBytes(32) };
    secrets.push(preKey.private.toString("base64"), Buffer.from(auth.creds.noiseKey.private).toString("base64"), auth.creds.advSecretKey);
    const syncKey = proto.Message.AppStateSyncKeyData.fromObject({ keyData: randomBytes(32), timestamp: 1700000000 });
    // What Baileys does while running: write keys through the store it was given.
    await auth.keys.set({
      "pre-key": { "1": preKey, "2": preKey },
      session: { "6281:1": randomBytes(64) },
      "app-state-sync-key": { AAAA: syncKey },
      "lid-mapping": { "6281200000001": "1000000001" },
    });
    await auth.keys.set({ "pre-key": { "2": null } });
    await eventually(async () => (await status(id))?.state === "open", 5000, "open");
    await first.channel.stop();
    running.splice(running.indexOf(first.channel), 1);

    // A new process (new objects, same database).
    const second = channelFor([{ id }]);
    await second.channel.start();
    const again = second.fake.latest().config.auth!;
    expect(Buffer.from(again.creds.noiseKey.private).equals(Buffer.from(auth.creds.noiseKey.private))).toBe(true);
    expect(again.creds.advSecretKey).toBe(auth.creds.advSecretKey);
    expect(again.creds.me?.id).toBe("6281100000001:7@s.whatsapp.net");
    const keys = await again.keys.get("pre-key", ["1", "2"]);
    expect(Buffer.from(keys["1"]!.private).equals(preKey.private)).toBe(true);
    expect(keys["2"]).toBeUndefined();
    const sync = await again.keys.get("app-state-sync-key", ["AAAA"]);
    expect(sync.AAAA).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
    expect(Buffer.from(sync.AAAA!.keyData!).equals(Buffer.from(syncKey.keyData!))).toBe(true);
    expect(await again.keys.get("lid-mapping", ["6281200000001"])).toEqual({ "6281200000001": "1000000001" });
  });

  it("keeps each number's state apart", async () => {
    const [a, b] = [uniqueId("a"), uniqueId("b")];
    const { channel, fake } = channelFor([{ id: a }, { id: b }]);
    await channel.start();
    expect(fake.sockets).toHaveLength(2);
    const [sa, sb] = fake.sockets as [FakeWhatsAppSocket, FakeWhatsAppSocket];
    expect(Buffer.from(sa.config.auth!.creds.noiseKey.private).equals(Buffer.from(sb.config.auth!.creds.noiseKey.private))).toBe(false);
    await sa.config.auth!.keys.set({ session: { x: randomBytes(8) } });
    sa.open();
    sb.open({ id: "6281100000002:3@s.whatsapp.net", lid: "99000000000002:3@lid" });
    await eventually(async () => (await status(a))?.state === "open" && (await status(b))?.state === "open", 5000, "both open");
    await eventually(async () => (await authRows(a)).length === 2 && (await authRows(b)).length === 1, 5000, "sessions stored");
    expect((await authRows(a)).map((r) => r.key).sort()).toEqual(["creds", "session:x"]);
    expect((await authRows(b)).map((r) => r.key)).toEqual(["creds"]);
  });
});

describe("the session is encrypted in the database", () => {
  async function linkedWithKeys(id: string, authCipher: AuthCipher) {
    const { channel, fake } = channelFor([{ id }], fakeSocketFactory(), 100, authCipher);
    await channel.start();
    const auth = fake.latest().config.auth!;
    fake.latest().open();
    const preKey = { public: randomBytes(32), private: randomBytes(32) };
    await auth.keys.set({ "pre-key": { "1": preKey }, session: { "6281:1": randomBytes(64) } });
    await eventually(async () => (await authRows(id)).length === 3, 5000, "session stored");
    await channel.stop();
    running.splice(running.indexOf(channel), 1);
    return { preKey, noiseKey: Buffer.from(auth.creds.noiseKey.private), advSecretKey: auth.creds.advSecretKey };
  }

  it("stores no key material in the clear: a backup of the table alone does not clone the number", async () => {
    const id = uniqueId("sealed");
    const { preKey, noiseKey, advSecretKey } = await linkedWithKeys(id, cipher());
    const rows = await authRows(id);
    for (const row of rows) {
      expect(row.value).toMatch(/^enc1:test1:[A-Za-z0-9+/=]+$/);
      for (const secret of [preKey.private.toString("base64"), noiseKey.toString("base64"), advSecretKey, "noiseKey", "6281100000001"])
        expect(row.value).not.toContain(secret);
    }
    // A row moved to another key's place does not open.
    const creds = rows.find((r) => r.key === "creds")!;
    expect(() => cipher().decrypt(`${id}/pre-key:1`, creds.value)).toThrow(AuthKeyError);
  });

  it("stops with a clear error when WHATSAPP_AUTH_KEY is not the key the session was stored with", async () => {
    const id = uniqueId("wrongkey");
    await linkedWithKeys(id, cipher());
    const sameIdOtherBytes = channelFor([{ id }], fakeSocketFactory(), 100, createAuthCipher(key("test1")));
    await expect(sameIdOtherBytes.channel.start()).rejects.toThrow(/does not decrypt with key "test1"/);
    const otherId = channelFor([{ id }], fakeSocketFactory(), 100, createAuthCipher(key("k9")));
    await expect(otherId.channel.start()).rejects.toThrow(
      /encrypted with key "test1", which neither WHATSAPP_AUTH_KEY nor WHATSAPP_AUTH_KEY_PREVIOUS has/,
    );
    expect(logLines.join("\n")).not.toContain(ctx.config.WHATSAPP_AUTH_KEY!.key.toString("base64"));
  });

  it("rotates: rows under the previous key are re-encrypted with the new one at start, unencrypted rows too", async () => {
    const id = uniqueId("rotate");
    const { noiseKey } = await linkedWithKeys(id, cipher());
    // A row from before encryption (plain BufferJSON), as an older release stored it.
    await ctx.db.whatsAppAuth.create({ data: { accountId: id, key: "lid-mapping:6281200000001", value: JSON.stringify("1000000001") } });
    const next = key("k2");
    const rotating = channelFor([{ id }], fakeSocketFactory(), 100, createAuthCipher(next, [ctx.config.WHATSAPP_AUTH_KEY!]));
    await rotating.channel.start();
    expect((await authRows(id)).map((r) => r.value.split(":").slice(0, 2).join(":"))).toEqual(Array(4).fill("enc1:k2"));
    await rotating.channel.stop();
    running.splice(running.indexOf(rotating.channel), 1);
    // The previous key is no longer needed.
    const after = channelFor([{ id }], fakeSocketFactory(), 100, createAuthCipher(next));
    await after.channel.start();
    const auth = after.fake.latest().config.auth!;
    expect(Buffer.from(auth.creds.noiseKey.private).equals(noiseKey)).toBe(true);
    expect(await auth.keys.get("lid-mapping", ["6281200000001"])).toEqual({ "6281200000001": "1000000001" });
  });
});

describe("staying connected", () => {
  it("reconnects after a closed connection, with a growing backoff, reusing the session", async () => {
    const id = uniqueId("reconnect");
    const { channel, fake, clock } = channelFor([{ id }]);
    await channel.start();
    fake.latest().open();
    const creds = fake.latest().config.auth!.creds;
    fake.latest().close(428);
    const [firstDelay] = clock.pending() as [number];
    // Not a moment before the backoff has passed.
    clock.advance(firstDelay - 1);
    expect(fake.sockets).toHaveLength(1);
    clock.advance(1);
    expect(fake.sockets).toHaveLength(2);
    // The status row is written in the background: read it once it exists.
    expect(await eventually(async () => (await status(id))?.state, 5000, "status written")).toMatch(/close|connecting/);
    expect(fake.latest().config.auth!.creds).toBe(creds);
    fake.latest().close(408);
    const [secondDelay] = clock.pending() as [number];
    clock.advance(secondDelay - 1);
    expect(fake.sockets).toHaveLength(2);
    clock.advance(1);
    expect(fake.sockets).toHaveLength(3);
    expect(firstDelay).toBeGreaterThanOrEqual(70);
    expect(secondDelay).toBeGreaterThan(firstDelay);
    fake.latest().open();
    await eventually(async () => (await status(id))?.state === "open", 5000, "open again");
    // A late "close" from an old socket does not start another reconnect.
    fake.sockets[0]!.close(428);
    expect(clock.pending()).toEqual([]);
    expect(fake.sockets).toHaveLength(3);
  });

  it("restarts at once when WhatsApp asks for a restart after linking", async () => {
    const id = uniqueId("restart-required");
    // A backoff of 5 s for ordinary closes; this one must not wait for it.
    const { channel, fake, clock } = channelFor([{ id }], fakeSocketFactory(), 5000);
    await channel.start();
    fake.latest().showQr();
    fake.latest().close(515, "Stream Errored (restart required)");
    expect(clock.pending()).toEqual([0]);
    clock.advance(0);
    expect(fake.sockets).toHaveLength(2);
  });

  it("stops a logged-out number, deletes its session and says it must be linked again", async () => {
    const id = uniqueId("logout");
    const { channel, fake, clock } = channelFor([{ id }]);
    await channel.start();
    fake.latest().open();
    await eventually(async () => (await authRows(id)).length > 0, 5000, "session stored");
    const from = logLines.length;
    fake.latest().close(401, "Intentional Logout");
    await eventually(async () => (await status(id))?.state === "logged_out", 5000, "logged_out status");
    expect((await status(id))?.detail).toMatch(/harus ditautkan ulang/);
    expect(await authRows(id)).toEqual([]);
    expect(logLines.slice(from).some((l) => /LOGGED OUT/.test(l) && l.includes(id))).toBe(true);
    // No reconnect is scheduled, however long one waits.
    expect(clock.pending()).toEqual([]);
    expect(fake.sockets).toHaveLength(1);
    // Nothing can leave through it: the reply stays queued and is retried, then recorded as failed.
    await expect(channel.sender.send({ messageId: "m-1", channel: "WHATSAPP", chatId: person(1).pn, text: "Halo" })).rejects.toThrow(
      /no whatsapp number is connected/,
    );
  });

  it("does not fight another process for a session taken over elsewhere", async () => {
    const id = uniqueId("replaced");
    const { channel, fake, clock } = channelFor([{ id }]);
    await channel.start();
    fake.latest().open();
    fake.latest().close(440, "Stream Errored (conflict)");
    await eventually(async () => (await status(id))?.detail?.includes("Sesi dipakai") === true, 5000, "replaced status");
    expect(clock.pending()).toEqual([]);
    expect(fake.sockets).toHaveLength(1);
    expect(await authRows(id)).not.toEqual([]);
  });
});

describe("several numbers at once", () => {
  it("answers each chat from the number it wrote to", async () => {
    const [a, b] = [uniqueId("satu"), uniqueId("dua")];
    const { channel, fake } = channelFor([{ id: a }, { id: b }]);
    await channel.start();
    const [sa, sb] = fake.sockets as [FakeWhatsAppSocket, FakeWhatsAppSocket];
    sa.open();
    sb.open({ id: "6281100000002:3@s.whatsapp.net", lid: "99000000000002:3@lid" });
    await eventually(async () => (await status(a))?.state === "open" && (await status(b))?.state === "open", 5000, "both open");
    const worker = person(900 + Math.floor(Math.random() * 90));
    const message = textMessage({ jid: worker.pn }, "halo");
    sb.receive([message]);
    await eventually(async () => (await ctx.db.message.count({ where: { externalId: message.key.id! } })) === 1, 5000, "stored");
    await channel.sender.send({ messageId: "out-1", channel: "WHATSAPP", chatId: worker.pn, text: "Balasan" });
    expect(sb.sent.map((m) => m.jid)).toEqual([worker.pn]);
    expect(sa.sent).toEqual([]);
    // A chat that never wrote (an officer's first message) leaves from a connected number.
    await channel.sender.send({ messageId: "out-2", channel: "WHATSAPP", chatId: person(999).pn, text: "Balasan" });
    expect([...sa.sent, ...sb.sent].map((m) => m.jid)).toContain(person(999).pn);
  });
});

describe("keys never reach the log", () => {
  it("logs no credential or key material, whatever happened above", () => {
    expect(logLines.length).toBeGreaterThan(0);
    const joined = logLines.join("\n");
    expect(joined).not.toMatch(/noiseKey|signedIdentityKey|advSecretKey|"private"/);
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(joined).not.toContain(secret);
  });
});
