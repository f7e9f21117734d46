import { AppError } from "../core/app-error.js";
import { parseTicket } from "../core/ticket.js";
import { Prisma } from "../infra/prisma.js";
import type { Db } from "./database.js";

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** A search matching more reporters than this is unselective: it is checked row by row instead. */
const REPORTER_ID_LIMIT = 1000;
/** Phones are stored as written; these expressions (digits only) are what the trigram indexes hold. */
const CASE_PHONE_DIGITS = Prisma.sql`regexp_replace(c."workerPhone", '[^0-9]', '', 'g')`;
const REPORTER_PHONE_DIGITS = Prisma.sql`regexp_replace(r.phone, '[^0-9]', '', 'g')`;
/**
 * What full-text search matches, one stored column per case kept by triggers (migration
 * case_search_column): a case's story and facts, and the words of the reporter and of officers
 * in its messages (never the bot's own texts), under a GIN index.
 */
const CASE_SEARCH_VECTOR = Prisma.sql`c."searchVector"`;

/**
 * A phone search needs at least this many digits. The console shows phones masked with the
 * first and last three digits; shorter searches would let an officer confirm the hidden digits
 * one at a time. With eight, a search must guess every hidden digit at once (and is audited).
 */
export const MIN_PHONE_SEARCH_DIGITS = 8;

/** The digits of a search that is a phone number (digits and separators only), null for any other search. */
export function identifierSearchDigits(q: string): string | null {
  if (parseTicket(q)) return null;
  const digits = q.replace(/\D/g, "");
  if (digits.length < 4 || digits.length < q.replace(/[\s+()-]/g, "").length) return null;
  if (digits.length < MIN_PHONE_SEARCH_DIGITS)
    throw new AppError("invalid-input", `Untuk mencari nomor telepon, masukkan minimal ${MIN_PHONE_SEARCH_DIGITS} angka.`);
  return digits;
}

/**
 * The words of a search as the full-text index holds them: lower case, without accents, letters
 * only, at least three. Words with digits are left out on purpose: numbers inside stories and
 * messages are masked in the console, and a text search must not confirm them digit by digit.
 */
export function searchWords(q: string): string[] {
  const words = q
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  return [...new Set(words.filter((w) => w.length >= 3 && /^[a-z]+$/.test(w)))].slice(0, 8);
}

/** Every word as a prefix ("gaji" finds "gajinya", "agen" finds "agensi"), all of them required. */
function textQuery(words: string[]): Prisma.Sql {
  return Prisma.sql`to_tsquery('simple', ${words.map((w) => `${w}:*`).join(" & ")})`;
}

/**
 * The search box: a ticket is one exact lookup; digits search both phones; anything else
 * names, ticket fragments, and the words of the story, the facts and the messages. Substrings
 * are served by trigram indexes, words by the GIN index of the case's stored search column. The
 * reporter side is resolved to ids first when few match, so the case side stays a plain indexed
 * OR: for rare words the planner takes a bitmap of the hits, and for common ones it walks cases
 * in the page's order and checks each case's stored column, which finds a page of hits quickly.
 */
export async function searchCondition(db: Db, q: string): Promise<{ sql: Prisma.Sql; joinReporter: boolean }> {
  const ticket = parseTicket(q);
  if (ticket) return { sql: Prisma.sql`c.ticket = ${ticket}`, joinReporter: false };
  const digits = identifierSearchDigits(q);
  let onCase: Prisma.Sql;
  let onReporter: Prisma.Sql;
  const words = digits ? [] : searchWords(q);
  if (digits) {
    // A search for 0812... also finds +62812...
    const local = digits.startsWith("0") ? digits.slice(1) : digits.startsWith("62") ? digits.slice(2) : digits;
    const pattern = likePattern(local);
    onCase = Prisma.sql`${CASE_PHONE_DIGITS} LIKE ${pattern}`;
    onReporter = Prisma.sql`${REPORTER_PHONE_DIGITS} LIKE ${pattern}`;
  } else {
    const pattern = likePattern(q);
    const text = words.length > 0 ? Prisma.sql` OR ${CASE_SEARCH_VECTOR} @@ ${textQuery(words)}` : Prisma.empty;
    onCase = Prisma.sql`(c."workerName" ILIKE ${pattern} OR c.ticket ILIKE ${pattern}${text})`;
    onReporter = Prisma.sql`r.name ILIKE ${pattern}`;
  }
  const reporters = await db.$queryRaw<{ id: string }[]>`SELECT r.id FROM "Reporter" r WHERE ${onReporter} LIMIT ${REPORTER_ID_LIMIT + 1}`;
  const arms = [onCase];
  let joinReporter = false;
  if (reporters.length > REPORTER_ID_LIMIT) {
    arms.push(onReporter);
    joinReporter = true;
  } else if (reporters.length > 0) {
    arms.push(Prisma.sql`c."reporterId" = ANY(${reporters.map((r) => r.id)}::uuid[])`);
  }
  return { sql: arms.length === 1 ? onCase : Prisma.sql`(${Prisma.join(arms, " OR ")})`, joinReporter };
}
