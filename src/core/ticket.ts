import { randomBytes } from "node:crypto";

/**
 * Ticket numbers a worker can read aloud, copy from a chat and type on a cheap phone:
 * "PMI-7K3M9X".
 *
 * The alphabet drops BOTH sides of every pair people confuse on screens, in handwriting and
 * when retyping: 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V. What remains looks unlike anything
 * else in it, so a misread character is an outside character, and parseTicket rejects the
 * code (the bot then asks for it again) instead of guessing which ticket was meant.
 * 19 symbols, 6 places, at least one digit and one letter: about 35.6 million tickets.
 * Read aloud, C/J/P/T/W/Y all rhyme in Indonesian ("ce", "je", "pe"...): officers on the
 * phone should spell letters with words ("P seperti Papua").
 *
 * Uniqueness is the database's job (unique constraint on Case.ticket): callers insert and,
 * on a unique-constraint conflict, generate a new ticket and retry.
 */
export const TICKET_ALPHABET = "3479ACEFHJKMNPRTWXY";
export const TICKET_LENGTH = 6;
export const TICKET_PREFIX = "PMI";

const DIGITS = "3479";
const CANONICAL = new RegExp(`^${TICKET_PREFIX}-[${TICKET_ALPHABET}]{${TICKET_LENGTH}}$`);

/** Largest multiple of the alphabet size that fits in a byte; bytes at or above it are redrawn. */
const BYTE_LIMIT = 256 - (256 % TICKET_ALPHABET.length);
const BATCH_BYTES = 16;
const MAX_BATCHES = 1000;

/**
 * Requiring a digit and a letter means no Indonesian word or plain number (a wage, a
 * phone fragment) can look like a ticket, which keeps parseTicket from false matches.
 */
function isWellMixed(code: string): boolean {
  return [...code].some((c) => DIGITS.includes(c)) && [...code].some((c) => !DIGITS.includes(c));
}

/**
 * A fresh random ticket, uniform over all valid codes: bytes that would bias the modulo
 * are redrawn, and so is a whole code that breaks the digit/letter rule.
 * `random` is injectable so tests are deterministic.
 */
export function generateTicket(random: (n: number) => Buffer = randomBytes): string {
  let code = "";
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    for (const byte of random(BATCH_BYTES)) {
      if (byte >= BYTE_LIMIT) continue;
      code += TICKET_ALPHABET[byte % TICKET_ALPHABET.length];
      if (code.length === TICKET_LENGTH) {
        if (isWellMixed(code)) return `${TICKET_PREFIX}-${code}`;
        code = "";
      }
    }
  }
  throw new Error("generateTicket: the random source keeps returning unusable bytes");
}

/** True for the canonical stored form "PMI-XXXXXX" only. */
export function isTicket(value: string): boolean {
  return CANONICAL.test(value) && isWellMixed(value.slice(TICKET_PREFIX.length + 1));
}

const SEPARATOR = /[\s.\-_\u2010-\u2015]/u;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;
/**
 * "PMI" at the start of a word. The I is also accepted as 1 or L, which people type for it;
 * the prefix is a fixed word, so that cannot point to a different ticket.
 * Requiring the word start keeps "CPMI" (prospective worker) from counting as the prefix.
 */
const PREFIX = /(?<![\p{L}\p{N}])PM[I1L]/gu;
/** A bare code: 6 characters, whole or in groups of 3+3 or 2+2+2 ("7K3 M9X"). */
const BARE = new RegExp(
  `^#?(?:[A-Z0-9]{6}|[A-Z0-9]{3}${SEPARATOR.source}+[A-Z0-9]{3}|` +
    `[A-Z0-9]{2}${SEPARATOR.source}+[A-Z0-9]{2}${SEPARATOR.source}+[A-Z0-9]{2})[.!?]*$`,
  "u",
);

function normalize(input: string): string {
  // NFKC folds full-width and other compatibility forms some phone keyboards produce.
  return input.normalize("NFKC").toUpperCase();
}

/** Reads a code after the prefix: separators may appear anywhere, then a word boundary. */
function readCodeAt(text: string, start: number): string | null {
  let i = start;
  while (i < text.length && (SEPARATOR.test(text[i]!) || text[i] === ":" || text[i] === "#")) i++;
  let code = "";
  while (code.length < TICKET_LENGTH && i < text.length) {
    const c = text[i]!;
    if (TICKET_ALPHABET.includes(c)) code += c;
    else if (!SEPARATOR.test(c)) return null;
    i++;
  }
  if (code.length < TICKET_LENGTH) return null;
  // "PMI-7K3M9XA" is a near miss, not a ticket followed by an A.
  if (i < text.length && ALPHANUMERIC.test(text[i]!)) return null;
  return isWellMixed(code) ? code : null;
}

/**
 * Finds a ticket in free text and returns its canonical form "PMI-XXXXXX", or null.
 * Accepts any case, spaces, dashes or dots inside, with or without a separator after the
 * prefix ("tiket saya pmi 7k3 m9x"). Without the prefix, only a message that is nothing but
 * the code counts. A code with a character outside the alphabet is rejected, never
 * guessed. With several tickets in one text, the first valid one wins.
 */
export function parseTicket(input: string): string | null {
  const text = normalize(input).trim();
  for (const match of text.matchAll(PREFIX)) {
    const code = readCodeAt(text, match.index + match[0].length);
    if (code) return `${TICKET_PREFIX}-${code}`;
  }
  if (BARE.test(text)) {
    const code = text.replace(/[^A-Z0-9]/g, "");
    if ([...code].every((c) => TICKET_ALPHABET.includes(c)) && isWellMixed(code)) {
      return `${TICKET_PREFIX}-${code}`;
    }
  }
  return null;
}
