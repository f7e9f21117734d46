import { fileTypeFromBuffer } from "file-type";
import { TelegramError, type Telegram } from "telegraf";
import type { InboundAttachment } from "../../src/channels/contract.js";
import type { FileRef } from "./to-inbound-message.js";

export type Downloaded = { attachment: InboundAttachment } | { tooLarge: true };

/**
 * Fetches a file a person sent, through the configured Bot API server, refusing anything over
 * `maxBytes` before and while downloading. The MIME type is read from the bytes: what the
 * sender's app claimed is not trusted.
 */
export async function downloadFile(telegram: Telegram, ref: FileRef, maxBytes: number): Promise<Downloaded> {
  if (ref.size !== undefined && ref.size > maxBytes) return { tooLarge: true };
  let link: URL;
  try {
    const file = await telegram.getFile(ref.fileId);
    if (file.file_size !== undefined && file.file_size > maxBytes) return { tooLarge: true };
    link = await telegram.getFileLink(file);
  } catch (error) {
    // The official Bot API refuses files over 20 MB with 400 "file is too big".
    if (error instanceof TelegramError && error.code === 400 && /too big/i.test(error.description)) return { tooLarge: true };
    throw error;
  }
  const response = await fetch(link);
  if (!response.ok || !response.body) throw new Error(`file download failed with HTTP ${response.status}`);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > maxBytes) {
      await response.body.cancel().catch(() => undefined); // the stream is abandoned on purpose
      return { tooLarge: true };
    }
    chunks.push(Buffer.from(chunk));
  }
  const data = Buffer.concat(chunks);
  return { attachment: { mime: await sniffMime(data), data, ...(ref.fileName ? { fileName: ref.fileName } : {}) } };
}

async function sniffMime(data: Buffer): Promise<string> {
  const detected = await fileTypeFromBuffer(data);
  if (detected) return detected.mime;
  // Plain text (a .txt letter, a CSV) has no magic number: accept it when it decodes as UTF-8.
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(data.subarray(0, 64 * 1024), { stream: true });
    return "text/plain";
  } catch {
    return "application/octet-stream";
  }
}
