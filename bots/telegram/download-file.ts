import { TelegramError, type Telegram } from "telegraf";
import type { InboundAttachment } from "../../src/channels/contract.js";
import { classifyFile, readLimited, readWithRetries } from "../../src/channels/inbound-file.js";
import type { FileRef } from "./to-inbound-message.js";

export interface FileLimits {
  maxBytes: number;
  /** One download may not take longer than this (a stuck download would hold up the chat). */
  timeoutMs: number;
  attempts: number;
}

export type Downloaded =
  | { attachment: InboundAttachment }
  | { tooLarge: true }
  /** Not a type an officer may open (inbound-file.ts): kept as opaque bytes. */
  | { unsafe: true; attachment: InboundAttachment; sniffedMime?: string }
  | { failed: string };

/**
 * Fetches a file a person sent, through the configured Bot API server, refusing anything over
 * `maxBytes` before and while downloading, within `timeoutMs` per try. The type is read from
 * the bytes against the allowlist every channel shares: what the sender's app claimed is not
 * trusted. Errors asking for the file's path are thrown (the update is retried); a download
 * that keeps failing is reported, so the message is stored without its file.
 */
export async function downloadFile(telegram: Telegram, ref: FileRef, limits: FileLimits): Promise<Downloaded> {
  if (ref.size !== undefined && ref.size > limits.maxBytes) return { tooLarge: true };
  let link: URL;
  try {
    const file = await telegram.getFile(ref.fileId);
    if (file.file_size !== undefined && file.file_size > limits.maxBytes) return { tooLarge: true };
    link = await telegram.getFileLink(file);
  } catch (error) {
    // The official Bot API refuses files over 20 MB with 400 "file is too big".
    if (error instanceof TelegramError && error.code === 400 && /too big/i.test(error.description)) return { tooLarge: true };
    throw error;
  }
  const read = await readWithRetries(limits.attempts, () => fetchLimited(link, limits));
  if ("tooLarge" in read) return { tooLarge: true };
  if ("failed" in read) return read;
  const { data } = read;
  const fileName = ref.fileName ? { fileName: ref.fileName } : {};
  const kind = await classifyFile(data, ref.claimedMime);
  if (kind.safe) return { attachment: { mime: kind.mime, data, ...fileName } };
  return {
    unsafe: true,
    attachment: { mime: "application/octet-stream", data, ...fileName },
    ...(kind.sniffedMime ? { sniffedMime: kind.sniffedMime } : {}),
  };
}

async function fetchLimited(link: URL, limits: FileLimits): Promise<Buffer> {
  // The signal ends the request and its body when time is up, wherever the download is.
  const response = await fetch(link, { signal: AbortSignal.timeout(limits.timeoutMs) });
  if (!response.ok || !response.body) throw new Error(`file download failed with HTTP ${response.status}`);
  return readLimited(response.body as unknown as AsyncIterable<Uint8Array>, limits.maxBytes, limits.timeoutMs);
}
