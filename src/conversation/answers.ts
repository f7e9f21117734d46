/**
 * Reading short answers typed on a phone: yes/no, "for myself / for my family", commands,
 * and whether a message has words at all.
 */
import { normalizeText } from "../core/normalize-text.js";

const YES = new Set([
  "ya",
  "iya",
  "iyaa",
  "y",
  "yes",
  "ok",
  "oke",
  "okay",
  "setuju",
  "betul",
  "benar",
  "boleh",
  "sip",
  "siap",
  "yoi",
  "he em",
  "hooh",
  "nggih",
  "inggih",
  "leres",
  "kirim",
  "lanjut",
]);
const NO = new Set(["tidak", "no", "jangan", "tidak setuju", "tidak mau", "nanti saja", "mboten", "ndak"]);

export function parseYesNo(text: string): boolean | null {
  const words = normalizeText(text);
  if (!words) return null;
  if (YES.has(words) || [...YES].some((y) => words.startsWith(`${y} `) && words.split(" ").length <= 4)) return true;
  if (NO.has(words) || (words.startsWith("tidak ") && words.split(" ").length <= 4)) return false;
  return null;
}

/** Trailing ".!?" and spaces; the lookbehind keeps it linear on a long run of them. */
const TRAILING_PUNCTUATION = /(?<![.!?\s])[.!?\s]+$/;
const COMMANDS = (words: string[]) => (text: string) =>
  words.includes(text.trim().toLowerCase().replace(/^\/+/, "").replace(TRAILING_PUNCTUATION, ""));

export const isMenuCommand = COMMANDS(["menu", "start", "mulai", "0", "kembali", "home", "help", "bantuan"]);
export const isCancel = COMMANDS(["batal", "batalkan", "cancel", "stop", "berhenti", "gak jadi", "ga jadi", "tidak jadi", "nggak jadi"]);
export const isDocumentsCommand = COMMANDS(["dokumen", "daftar dokumen", "dokumen apa saja", "syarat dokumen"]);
export const isOfficerCommand = COMMANDS([
  "petugas",
  "bicara dengan petugas",
  "hubungi petugas",
  "minta petugas",
  "operator",
  "admin",
  "cs",
]);
export const isNewComplaintCommand = COMMANDS(["baru", "pengaduan baru", "aduan baru", "lapor baru", "laporan baru"]);

/** Cancelling at the confirmation needs clear words; "nggak, sudah benar" is not a cancel. */
const CLEAR_CANCEL =
  /\b(batal|batalkan|tidak jadi|jangan (di)?kirim|tidak usah( di)?(kirim|lapor)?|tidak setuju|tidak mau|tidak perlu( di)?kirim|cancel)\b/;
/** "tidak ada tambahan", "udah itu aja", "nggak, sudah benar": nothing to add, send it. */
const NOTHING_TO_ADD =
  /\b(sudah (benar|betul|cukup|sesuai|lengkap|oke|ok|pas)|itu saja|cukup|tidak ada (tambahan|lagi|yang (perlu )?ditambah)|sudah semua|sudah|benar|betul|sesuai|kirim(kan)?( saja)?|lanjut(kan)?|setuju)\b/;
const CONFIRM_MAX_WORDS = 8;

/**
 * The answer at the complaint's confirmation: true sends, false cancels (only a clear cancel),
 * null is neither (more of the story, or an unclear "tidak").
 */
export function parseConfirmation(text: string): boolean | null {
  const words = normalizeText(text);
  if (!words) return null;
  if (CLEAR_CANCEL.test(words) || isCancel(text)) return false;
  // "ya tapi daerahnya salah": a correction to read, not a yes.
  if (/\b(belum|salah|bukan|tapi|ganti|ubah)\b/.test(words)) return null;
  if (parseYesNo(text) === true) return true;
  return words.split(" ").length <= CONFIRM_MAX_WORDS && NOTHING_TO_ADD.test(words) ? true : null;
}

/** "lewati", "tidak mau", "rahasia": the reporter prefers not to answer an optional question. */
export function isSkipAnswer(text: string): boolean {
  return /^(lewati|lewat|skip|tidak usah|tidak mau|tidak perlu|rahasia|nanti saja|nanti|tidak|tidak tahu|tidak ingat|gak usah|-+)$/.test(
    normalizeText(text) || text.trim(),
  );
}

/** "apakah ini masalah baru?": yes (a new case), no (the same case), or unclear. */
export function parseNewProblemAnswer(text: string): boolean | null {
  const words = normalizeText(text);
  if (/^1\b/.test(words)) return true;
  if (/^2\b/.test(words)) return false;
  if (/\b(bukan|sama|lanjutan|masih|yang lama|kasus lama|tiket lama)\b/.test(words) && !/\bbaru\b/.test(words)) return false;
  if (/\bbaru\b/.test(words) || /\b(lain|beda|berbeda)\b/.test(words)) return true;
  return parseYesNo(text);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The shape of a message before reading its meaning: words, nothing, only emoji, unreadable
 * control/binary characters, or media without a caption.
 */
export function classifyText(text: string, kind: string): "words" | "empty" | "emoji" | "unreadable" | "media" {
  const trimmed = text.trim();
  if (kind === "sticker") return "emoji";
  if (!trimmed) return kind === "text" ? "empty" : "media";
  // eslint-disable-next-line no-control-regex
  const control = trimmed.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (control > Math.max(2, trimmed.length * 0.1)) return "unreadable";
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return "emoji";
  return "words";
}
