import type { Readable } from "node:stream";
import type { WAMessage } from "@whiskeysockets/baileys";
import type { InboundAttachment } from "../../src/channels/contract.js";
import { classifyFile, readLimited, readWithRetries } from "../../src/channels/inbound-file.js";
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

/**
 * Downloads, size-checks and sniffs one media file. The declared size is checked first (no
 * download at all when it is over the limit), then the real bytes as they stream in, because
 * the declaration can lie. The MIME type stored is the one sniffed from the bytes.
 */
export async function fetchMedia(msg: WAMessage, ref: MediaRef, download: MediaDownloader, limits: MediaLimits): Promise<MediaResult> {
  if (ref.declaredBytes !== undefined && ref.declaredBytes > limits.maxBytes) return { ok: false, reason: "too-large" };
  const read = await readWithRetries(limits.attempts, async () => readLimited(await download(msg), limits.maxBytes, limits.timeoutMs));
  if ("tooLarge" in read) return { ok: false, reason: "too-large" };
  if ("failed" in read) return { ok: false, reason: "download-failed", error: read.failed };
  const { data } = read;

  const fileName = ref.fileName;
  const kind = await classifyFile(data, ref.claimedMime);
  if (kind.safe) {
    return {
      ok: true,
      attachment: { mime: kind.mime, ...(fileName ? { fileName } : {}), data },
      ...(ref.claimedMime ? { claimedMime: ref.claimedMime } : {}),
    };
  }
  return {
    ok: false,
    reason: "unsafe-type",
    attachment: { mime: "application/octet-stream", ...(fileName ? { fileName } : {}), data },
    ...(kind.sniffedMime ? { sniffedMime: kind.sniffedMime } : {}),
  };
}
