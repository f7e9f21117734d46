import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import { readFile, unlink } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { encryptedStream, proto, type MediaType, type WAMessage, type WAMessageKey } from "@whiskeysockets/baileys";

/** Who writes: the JID the message is addressed from, and its other form when WhatsApp sent it along. */
export interface WaSender {
  jid: string;
  alt?: string;
  name?: string;
}

/** A message id as WhatsApp makes them: random, so test files running side by side never share one. */
export function nextWaId(): string {
  return `3A${randomBytes(9).toString("hex").toUpperCase()}`;
}

/** A phone-number person and the LID WhatsApp also knows them by. */
export function person(n: number): { pn: string; lid: string; phone: string } {
  const phone = `62812${String(n).padStart(8, "0")}`;
  return { pn: `${phone}@s.whatsapp.net`, lid: `${String(1_000_000_000 + n)}@lid`, phone };
}

/** A received message as Baileys builds it (proto.WebMessageInfo plus the key's alt JID). */
export function waMessage(
  from: WaSender,
  message: proto.IMessage | null,
  options: { id?: string; fromMe?: boolean; remoteJid?: string; stubType?: number } = {},
): WAMessage {
  const msg = proto.WebMessageInfo.fromObject({
    key: { remoteJid: options.remoteJid ?? from.jid, fromMe: options.fromMe ?? false, id: options.id ?? nextWaId() },
    ...(message ? { message } : {}),
    ...(options.stubType !== undefined ? { messageStubType: options.stubType } : {}),
    messageTimestamp: Math.floor(Date.now() / 1000),
    ...(from.name ? { pushName: from.name } : {}),
  }) as WAMessage;
  // Not a proto field: Baileys sets it on the key from the stanza's sender_pn / sender_lid.
  if (from.alt) (msg.key as WAMessageKey).remoteJidAlt = from.alt;
  (msg.key as WAMessageKey).addressingMode = from.jid.endsWith("@lid") ? "lid" : "pn";
  return msg;
}

export const textMessage = (from: WaSender, text: string, options: { id?: string } = {}) =>
  waMessage(from, { conversation: text }, options);

/**
 * WhatsApp's media servers, on loopback: files are stored encrypted exactly as WhatsApp stores
 * them, and the bot downloads and decrypts them with Baileys' own code.
 */
export async function startFakeMediaServer(): Promise<{
  url: string;
  put(path: string, data: Buffer): void;
  requests: number;
  close(): Promise<void>;
}> {
  const files = new Map<string, Buffer>();
  const state = { requests: 0 };
  const server: Server = createServer((req, res) => {
    state.requests++;
    const file = files.get(req.url ?? "");
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": file.length }).end(file);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    put: (path, data) => files.set(path, data),
    get requests() {
      return state.requests;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

type MediaField = "imageMessage" | "videoMessage" | "documentMessage" | "audioMessage" | "stickerMessage";
const MEDIA_TYPE: Record<MediaField, MediaType> = {
  imageMessage: "image",
  videoMessage: "video",
  documentMessage: "document",
  audioMessage: "audio",
  stickerMessage: "sticker",
};

/** A media message whose file sits encrypted on the fake media server. */
export async function mediaMessage(
  cdn: { url: string; put(path: string, data: Buffer): void },
  from: WaSender,
  field: MediaField,
  bytes: Buffer,
  options: {
    mimetype: string;
    caption?: string;
    fileName?: string;
    declaredLength?: number;
    ptt?: boolean;
    wrap?: "ephemeral" | "viewOnce" | "documentWithCaption";
    id?: string;
  },
): Promise<WAMessage> {
  const enc = await encryptedStream(bytes, MEDIA_TYPE[field]);
  const encrypted = await readFile(enc.encFilePath);
  await unlink(enc.encFilePath).catch(() => undefined);
  const path = `/v/t62/${nextWaId()}.enc`;
  cdn.put(path, encrypted);
  const media = {
    url: `${cdn.url}${path}`,
    mediaKey: enc.mediaKey,
    mimetype: options.mimetype,
    fileSha256: enc.fileSha256,
    fileEncSha256: enc.fileEncSha256,
    fileLength: options.declaredLength ?? bytes.length,
    ...(options.caption ? { caption: options.caption } : {}),
    ...(options.fileName ? { fileName: options.fileName } : {}),
    ...(options.ptt ? { ptt: true } : {}),
  };
  let message: proto.IMessage = { [field]: media };
  if (options.wrap === "ephemeral") message = { ephemeralMessage: { message } };
  if (options.wrap === "viewOnce") message = { viewOnceMessageV2: { message } };
  if (options.wrap === "documentWithCaption") message = { documentWithCaptionMessage: { message } };
  return waMessage(from, message, options.id ? { id: options.id } : {});
}

/** Small real files, so sniffing sees real signatures. */
export const FILES = {
  png: Buffer.from(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
    "hex",
  ),
  pdf: Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"),
  // An Ogg page header with an Opus head: what a WhatsApp voice note starts with.
  opus: Buffer.concat([
    Buffer.from("OggS", "latin1"),
    Buffer.from([0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 19]),
    Buffer.from("OpusHead", "latin1"),
    Buffer.from([1, 1, 0x38, 1, 0x80, 0xbb, 0, 0, 0, 0, 0]),
    Buffer.alloc(64),
  ]),
  mp4: Buffer.concat([
    Buffer.from([0, 0, 0, 0x18]),
    Buffer.from("ftypmp42", "latin1"),
    Buffer.from([0, 0, 0, 0]),
    Buffer.from("mp42isom", "latin1"),
    Buffer.alloc(64),
  ]),
  exe: Buffer.concat([Buffer.from("MZ", "latin1"), Buffer.from([0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]), Buffer.alloc(128)]),
};
