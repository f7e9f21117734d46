/**
 * The type under which the console shows a reporter's file inline, or null when it is only
 * downloaded. Types are the ones sniffed from the bytes at intake, parameters dropped
 * ("audio/ogg; codecs=opus"); HTML, SVG, PDF and anything unknown are never shown inline.
 */
const INLINE = new Set([
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
  "audio/ogg",
  "audio/mpeg",
  "audio/mp4",
  "audio/aac",
  "audio/wav",
  "audio/x-wav",
  "audio/webm",
  "audio/x-m4a",
  "audio/opus",
  "video/mp4",
  "video/webm",
  "video/ogg",
]);

/** Voice notes sniffed as a bare Ogg container are Ogg audio. */
const ALIASES: Record<string, string> = { "application/ogg": "audio/ogg", "audio/vnd.wave": "audio/wav" };

export function inlineMime(mime: string): string | null {
  const base = mime.split(";")[0]!.trim().toLowerCase();
  const type = ALIASES[base] ?? base;
  return INLINE.has(type) ? type : null;
}
