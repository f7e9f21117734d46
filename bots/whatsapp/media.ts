import type { Readable } from "node:stream";
import { fileTypeFromBuffer } from "file-type";
import type { WAMessage } from "@whiskeysockets/baileys";
import type { InboundAttachment } from "../../src/channels/contract.js";
import type { MediaRef } from "./to-inbound-message.js";

/** Fetches a message's file as decrypted bytes (default: Baileys' downloadMediaMessage). */
export type MediaDownloader = (msg: WAMessage) => Promise<Readable | AsyncIterable<Uint8Array>>;

export interface MediaLimits {
  maxBytes: number;
  /** One download may not take longer than this (a stuck download would hold up the chat). */
  timeoutMs: number;
  attempts: number;
  /** Downloads at once, per process. */
  concurrency: number;
}

export type MediaResult =
  | { ok: true; attachment: InboundAttachment; claimedMime?: string }
  | { ok: false; reason: "too-large" }
  /** Bytes that are not a kind of file we open (program, archive, unknown): kept, never rendered. */
  | { ok: false; reason: "unsafe-type"; attachment: InboundAttachment; sniffedMime?: string }
  | { ok: false; reason: "download-failed"; error: string };

/** Types an officer may open: what the bytes are, whatever the sender's app claimed. */
const SAFE_MIME = [
  /^image\/(jpeg|png|webp|gif|heic|heif|avif|bmp|tiff)$/,
  /^video\/(mp4|3gpp|quicktime|webm|x-matroska|x-m4v)$/,
  /^audio\//,
  /^application\/pdf$/,
  /^application\/vnd\.openxmlformats-officedocument\./,
  /^application\/vnd\.oasis\.opendocument\./,
  /^application\/(x-cfb|rtf)$/,
];
const TEXT_CLAIMS = /^text\/(plain|csv)\b/;

class TooLarge extends Error {}

/**
 * Downloads, size-checks and sniffs one media file. The declared size is checked first (no
 * download at all when it is over the limit), then the real bytes as they stream in, because
 * the declaration can lie. The MIME type stored is the one sniffed from the bytes.
 */
export async function fetchMedia(msg: WAMessage, ref: MediaRef, download: MediaDownloader, limits: MediaLimits): Promise<MediaResult> {
  if (ref.declaredBytes !== undefined && ref.declaredBytes > limits.maxBytes) return { ok: false, reason: "too-large" };
  let data: Buffer | undefined;
  let lastError = "";
  for (let attempt = 1; attempt <= limits.attempts && !data; attempt++) {
    try {
      data = await readLimited(await download(msg), limits.maxBytes, limits.timeoutMs);
    } catch (error) {
      if (error instanceof TooLarge) return { ok: false, reason: "too-large" };
      lastError = error instanceof Error ? error.message : String(error);
      if (attempt < limits.attempts) await new Promise((r) => setTimeout(r, 500 * 2 ** (attempt - 1)));
    }
  }
  if (!data) return { ok: false, reason: "download-failed", error: lastError.slice(0, 300) };

  const fileName = ref.fileName;
  const sniffed = await fileTypeFromBuffer(data);
  const base = sniffed?.mime.split(";")[0]!.trim();
  if (base && SAFE_MIME.some((re) => re.test(base))) {
    return { ok: true, attachment: { mime: sniffed!.mime, ...(fileName ? { fileName } : {}), data }, ...(ref.claimedMime ? { claimedMime: ref.claimedMime } : {}) };
  }
  // Plain text has no signature: accept it only when claimed as text and it reads as text.
  if (!sniffed && ref.claimedMime && TEXT_CLAIMS.test(ref.claimedMime) && looksLikeText(data)) {
    return { ok: true, attachment: { mime: ref.claimedMime.startsWith("text/csv") ? "text/csv" : "text/plain", ...(fileName ? { fileName } : {}), data }, claimedMime: ref.claimedMime };
  }
  return {
    ok: false,
    reason: "unsafe-type",
    attachment: { mime: "application/octet-stream", ...(fileName ? { fileName } : {}), data },
    ...(sniffed ? { sniffedMime: sniffed.mime } : {}),
  };
}

async function readLimited(source: Readable | AsyncIterable<Uint8Array>, maxBytes: number, timeoutMs: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  let timer: NodeJS.Timeout | undefined;
  const destroy = () => (source as Readable).destroy?.();
  const read = (async () => {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > maxBytes) {
        destroy();
        throw new TooLarge();
      }
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  })();
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      destroy();
      reject(new Error(`media download timed out after ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
    read.catch(() => undefined);
  }
}

function looksLikeText(data: Buffer): boolean {
  if (data.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}
