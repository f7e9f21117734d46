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

/**
 * A document the console draws itself from the file's bytes (pdf.js, in the case thread), or
 * null. The file is still served only as a download: the preview never opens it as a page.
 */
export function documentPreview(mime: string): "pdf" | null {
  return mime.split(";")[0]!.trim().toLowerCase() === "application/pdf" ? "pdf" : null;
}

/** The kinds of file the intake accepts (src/channels/inbound-file.ts), as officers name them. */
const TYPE_LABELS: [RegExp, string][] = [
  [/^application\/pdf$/, "Dokumen PDF"],
  [/^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\./, "Dokumen Word"],
  [/^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\./, "Lembar kerja Excel"],
  [/^application\/vnd\.openxmlformats-officedocument\.presentationml\./, "Presentasi PowerPoint"],
  [/^application\/vnd\.oasis\.opendocument\./, "Dokumen OpenDocument"],
  [/^application\/x-cfb$/, "Dokumen Office lama"],
  [/^application\/rtf$/, "Dokumen RTF"],
  [/^text\//, "Berkas teks"],
  [/^image\//, "Gambar"],
  [/^video\//, "Video"],
  [/^(audio\/|application\/ogg$)/, "Rekaman suara"],
];

/** "Dokumen Word", "Lembar kerja Excel", …: the name of a file's type shown beside its download link. */
export function fileTypeLabel(mime: string): string {
  const base = mime.split(";")[0]!.trim().toLowerCase();
  return TYPE_LABELS.find(([re]) => re.test(base))?.[1] ?? "Berkas";
}
