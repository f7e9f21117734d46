/**
 * "CEK PMI-7K3M9X", "cek status", "status tiket pmi 7k3m9x": asking for a case's status. Read
 * apart from the rest so that it is looked up even in the middle of a complaint, and so that a
 * ticket typed in the wrong shape gets a clear answer instead of the menu.
 */
import { normalizeText } from "../core/normalize-text.js";
import { parseTicket } from "../core/ticket.js";

export type StatusCommand = { type: "lookup"; ticket: string } | { type: "malformed" } | { type: "ask" };

const COMMAND = /^(cek|cék|check|lacak|track|status (tiket|pengaduan|laporan|aduan|kasus|pmi)|(nomor|no) tiket|tiket)\b/i;
/** Words around a status request that are not an attempt at a ticket number. */
const FILLER = new Set([
  "cek",
  "check",
  "lacak",
  "track",
  "status",
  "tiket",
  "nomor",
  "no",
  "pengaduan",
  "laporan",
  "aduan",
  "kasus",
  "saya",
  "dong",
  "ya",
  "bapak",
  "ibu",
  "kak",
  "min",
  "mohon",
  "tolong",
  "untuk",
  "mau",
  "ingin",
  "perkembangan",
  "progres",
  "progress",
  "bagaimana",
  "sudah",
  "sampai",
  "mana",
  "kami",
]);
const MAX_COMMAND_WORDS = 8;

export function parseStatusCommand(text: string): StatusCommand | null {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > 120) return null;
  const ticket = parseTicket(trimmed);
  // A message that is nothing but a ticket asks for its status.
  if (ticket && /^[\s\p{P}]*(pmi)?[\s\p{P}]*[a-z0-9][a-z0-9\s.\-_]{4,12}[\s\p{P}]*$/iu.test(trimmed)) return { type: "lookup", ticket };
  if (!COMMAND.test(trimmed)) return null;
  const words = normalizeText(trimmed).split(" ");
  if (words.length > MAX_COMMAND_WORDS) return null;
  if (ticket) return { type: "lookup", ticket };
  const rest = words.filter((w) => !FILLER.has(w));
  if (rest.length === 0) return { type: "ask" };
  // "cek PMI-12345", "cek tiket 7k3m9": an attempt at a number; "cek hp saya..." is a story.
  return rest.some((w) => w === "pmi" || /\d/.test(w)) ? { type: "malformed" } : null;
}
