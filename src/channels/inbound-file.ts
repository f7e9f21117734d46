import type { Readable } from "node:stream";
import { fileTypeFromBuffer } from "file-type";

/**
 * What every channel does with a file a person sent: read it within a size limit and a time
 * limit, then decide its type from the bytes (never from what the sender's app claimed) against
 * one allowlist of types an officer may open.
 */

/** Types an officer may open: what the bytes are, whatever the sender's app claimed. */
const SAFE_MIME = [
  /^image\/(jpeg|png|webp|gif|heic|heif|avif|bmp|tiff)$/,
  /^video\/(mp4|3gpp|quicktime|webm|x-matroska|x-m4v)$/,
  /^audio\//,
  /^application\/ogg$/, // an Ogg container (voice notes whose codec the sniffer does not name)
  /^application\/pdf$/,
  /^application\/vnd\.openxmlformats-officedocument\./,
  /^application\/vnd\.oasis\.opendocument\./,
  /^application\/(x-cfb|rtf)$/,
];
const TEXT_CLAIMS = /^text\/(plain|csv)\b/;

export type FileKind =
  | { safe: true; mime: string }
  /** Not a kind of file we open (program, archive, unknown): kept as opaque bytes, never rendered. */
  | { safe: false; sniffedMime?: string };

/** The type of a file from its bytes, checked against the allowlist. */
export async function classifyFile(data: Buffer, claimedMime?: string): Promise<FileKind> {
  const sniffed = await fileTypeFromBuffer(data);
  const base = sniffed?.mime.split(";")[0]?.trim();
  if (base && SAFE_MIME.some((re) => re.test(base))) return { safe: true, mime: sniffed!.mime };
  // Plain text has no signature: accept it only when claimed as text and it reads as text.
  if (!sniffed && claimedMime && TEXT_CLAIMS.test(claimedMime) && looksLikeText(data)) {
    return { safe: true, mime: claimedMime.startsWith("text/csv") ? "text/csv" : "text/plain" };
  }
  return { safe: false, ...(sniffed ? { sniffedMime: sniffed.mime } : {}) };
}

export class FileTooLargeError extends Error {}

export type ReadOutcome = { data: Buffer } | { tooLarge: true } | { failed: string };

/**
 * Runs one download up to `attempts` times with a growing pause between tries. A file found
 * over the limit is not tried again; the last error of a download that kept failing is returned.
 */
export async function readWithRetries(attempts: number, once: () => Promise<Buffer>): Promise<ReadOutcome> {
  let lastError = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return { data: await once() };
    } catch (error) {
      if (error instanceof FileTooLargeError) return { tooLarge: true };
      lastError = error instanceof Error ? error.message : String(error);
      if (attempt < attempts) await new Promise((r) => setTimeout(r, 500 * 2 ** (attempt - 1)));
    }
  }
  return { failed: lastError.slice(0, 300) };
}

/**
 * Reads a download into memory, giving up past `maxBytes` (FileTooLargeError) or after
 * `timeoutMs`, and destroying the source either way so no socket stays open.
 */
export async function readLimited(source: Readable | AsyncIterable<Uint8Array>, maxBytes: number, timeoutMs: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  let timer: NodeJS.Timeout | undefined;
  const destroy = () => (source as Readable).destroy?.();
  const read = (async () => {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > maxBytes) {
        destroy();
        throw new FileTooLargeError();
      }
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  })();
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      destroy();
      reject(new Error(`file download timed out after ${timeoutMs} ms`));
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
