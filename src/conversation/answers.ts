/**
 * Reading short answers typed on a phone: yes/no, "for myself / for my family", commands,
 * and whether a message has words at all.
 */
import { normalizeText } from "../core/normalize-text.js";

const YES = new Set(["ya", "iya", "iyaa", "y", "yes", "ok", "oke", "okay", "setuju", "betul", "benar", "boleh", "sip", "siap", "yoi", "he em", "hooh", "nggih", "inggih", "leres", "kirim", "lanjut"]);
const NO = new Set(["tidak", "no", "jangan", "tidak setuju", "tidak mau", "nanti saja", "mboten", "ndak"]);

export function parseYesNo(text: string): boolean | null {
  const words = normalizeText(text);
  if (!words) return null;
  if (YES.has(words) || [...YES].some((y) => words.startsWith(`${y} `) && words.split(" ").length <= 4)) return true;
  if (NO.has(words) || words.startsWith("tidak ") && words.split(" ").length <= 4) return false;
  return null;
}

/** Trailing ".!?" and spaces; the lookbehind keeps it linear on a long run of them. */
const TRAILING_PUNCTUATION = /(?<![.!?\s])[.!?\s]+$/;
const COMMANDS = (words: string[]) => (text: string) =>
  words.includes(text.trim().toLowerCase().replace(/^\/+/, "").replace(TRAILING_PUNCTUATION, ""));

export const isMenuCommand = COMMANDS(["menu", "start", "mulai", "0", "kembali", "home", "help", "bantuan"]);
export const isCancel = COMMANDS(["batal", "batalkan", "cancel", "stop", "berhenti", "gak jadi", "ga jadi", "tidak jadi", "nggak jadi"]);
export const isOfficerCommand = COMMANDS(["petugas", "bicara dengan petugas", "hubungi petugas", "minta petugas", "operator", "admin", "cs"]);
export const isNewComplaintCommand = COMMANDS(["baru", "pengaduan baru", "aduan baru", "lapor baru", "laporan baru"]);

const RELATIVES: Record<string, string> = {
  anak: "anak",
  adik: "adik",
  adek: "adik",
  kakak: "kakak",
  kakak_: "kakak",
  mbak: "kakak",
  mas: "kakak",
  abang: "kakak",
  suami: "suami",
  istri: "istri",
  isteri: "istri",
  bojo: "suami/istri",
  ibu: "ibu",
  mamak: "ibu",
  emak: "ibu",
  bapak: "ayah",
  ayah: "ayah",
  bapa: "ayah",
  keponakan: "keponakan",
  ponakan: "keponakan",
  sepupu: "sepupu",
  saudara: "saudara",
  menantu: "menantu",
  cucu: "cucu",
  paman: "paman",
  bibi: "bibi",
  tante: "bibi",
  om: "paman",
  keluarga: "keluarga",
};

/**
 * "untuk saya sendiri" → self; "adik saya" / "keluarga" → family (with the relationship).
 * When `answering` (the question was just asked), bare "1"/"2" and "saya" count too.
 */
export function parseOnBehalf(text: string, answering: boolean): { onBehalf: boolean; relationship?: string } | null {
  const words = normalizeText(text);
  const tokens = words.split(" ");
  if (answering) {
    if (/^1\b/.test(words) || /\bsendiri\b/.test(words) || words === "saya" || /\bdiri saya\b/.test(words)) return { onBehalf: false };
    if (/^2\b/.test(words)) return { onBehalf: true };
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const relationship = RELATIVES[token];
    if (!relationship) continue;
    // "adik saya", "anak sy", "suami saya": a relative named with a possessive.
    const possessive = tokens[i + 1] === "saya" || tokens[i + 1] === "kami" || token === "keluarga";
    // "ibu" and "bapak" are also polite address ("ibu, tolong"), so they need the possessive.
    if (possessive || (answering && !["ibu", "bapak", "mas", "mbak"].includes(token))) return { onBehalf: true, relationship };
  }
  if (answering && /\b(untuk|buat) (saya|aku)\b/.test(words)) return { onBehalf: false };
  return null;
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
