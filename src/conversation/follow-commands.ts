/**
 * Commands of family members who follow a case, typed or sent by Telegram:
 *   "/start PMI-7K3M9X"  (deep link t.me/<bot>?start=PMI-7K3M9X)  → follow that case
 *   "/ikuti PMI-7K3M9X", "ikuti pmi 7k3 m9x", "/ikuti"            → follow (ask the ticket if none)
 *   "/berhenti_ikuti", "berhenti ikuti PMI-7K3M9X"                 → stop following
 * Without the slash, a sentence that merely starts with "ikuti" is not a command: the ticket
 * must follow. "@botname" after a command (Telegram adds it in some clients) is ignored.
 */
import { parseTicket } from "../core/ticket.js";

export type FollowCommand = { type: "follow"; ticket: string | null } | { type: "unfollow"; ticket: string | null };

const START = /^\/start(?:@\w+)?\s+(\S+)\s*$/i;
const FOLLOW = /^(\/)?(?:ikuti|follow)(?:@\w+)?(?:\s+(.*))?$/i;
const UNFOLLOW = /^(\/)?(?:berhenti[_ ]ikuti|berhenti[_ ]mengikuti|stop[_ ]ikuti|unfollow)(?:@\w+)?(?:\s+(.*))?$/i;

export function parseFollowCommand(input: string): FollowCommand | null {
  const text = input.trim();
  if (!text || text.length > 120) return null;
  const start = START.exec(text);
  if (start) {
    const ticket = parseTicket(start[1]!);
    return ticket ? { type: "follow", ticket } : null;
  }
  for (const [pattern, type] of [
    [UNFOLLOW, "unfollow"],
    [FOLLOW, "follow"],
  ] as const) {
    const match = pattern.exec(text);
    if (!match) continue;
    const slash = !!match[1];
    const rest = match[2]?.trim() ?? "";
    const ticket = rest ? parseTicket(rest) : null;
    if (slash || ticket || !rest) return { type, ticket };
    return null;
  }
  return null;
}

const CONSENT_YES = new Set([
  "ya",
  "iya",
  "iyaa",
  "y",
  "yes",
  "izinkan",
  "ya izinkan",
  "saya izinkan",
  "mengizinkan",
  "boleh",
  "ya boleh",
  "setuju",
  "ya setuju",
]);
const CONSENT_NO = new Set([
  "tidak",
  "tdk",
  "gak",
  "ga",
  "nggak",
  "enggak",
  "no",
  "jangan",
  "tolak",
  "menolak",
  "tidak boleh",
  "tidak izinkan",
  "tidak mengizinkan",
  "tidak setuju",
  "tidak mau",
  "ndak",
  "mboten",
]);

/**
 * The reporter's answer to "may this family member follow your case?". Stricter than a
 * general yes/no: "ok" or "siap" acknowledge something else as often as they agree, and
 * sharing a case with someone must be a clear YES.
 */
export function parseConsent(text: string): boolean | null {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (CONSENT_YES.has(words)) return true;
  if (CONSENT_NO.has(words)) return false;
  return null;
}

/** "YA PMI-7K3M9X", "tidak izinkan pmi 7k3m9x": a consent answer bound to one case. */
export function parseConsentForTicket(text: string): { approve: boolean; ticket: string } | null {
  if (text.length > 80) return null;
  const ticket = parseTicket(text);
  if (!ticket) return null;
  const rest = text.replace(/\bpmi\b[\s\-_.:]*[a-z0-9][a-z0-9\s.-]{4,10}[a-z0-9]/i, " ");
  const approve = parseConsent(rest);
  return approve === null ? null : { approve, ticket };
}

/** A phone number in an answer: 8 to 15 digits, spaces, dots, dashes and brackets allowed inside. */
const PHONE = /(?:\+|\b)\d[\d\s().-]{6,22}\d\b/;

/**
 * The worker's WhatsApp number as the family typed it, in international form when it is an
 * Indonesian number ("0812-3456-7890" → "+6281234567890"); foreign numbers keep their own code.
 */
export function parseWorkerPhone(text: string): { phone: string; matched: string } | null {
  const match = PHONE.exec(text);
  if (!match) return null;
  const digits = match[0].replace(/\D/g, "");
  if (digits.length < 8 || digits.length > 15) return null;
  const international = match[0].trim().startsWith("+");
  const phone = international
    ? `+${digits}`
    : digits.startsWith("0")
      ? `+62${digits.slice(1)}`
      : digits.startsWith("62")
        ? `+${digits}`
        : digits;
  return { phone, matched: match[0] };
}
