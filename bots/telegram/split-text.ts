/** Telegram refuses a message text longer than this (counted in UTF-16 code units). */
export const TELEGRAM_TEXT_LIMIT = 4096;

/**
 * Cuts a long text into pieces Telegram accepts, in order, without breaking words: at a
 * paragraph break if one is near the end of the piece, else at a line break, else at a space.
 * Only a single "word" longer than the limit (a pasted link, a run of characters) is cut
 * inside, and never between the two halves of a surrogate pair.
 */
export function splitText(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = cutPoint(rest, limit);
    const piece = rest.slice(0, cut).trimEnd();
    if (piece) pieces.push(piece);
    rest = rest.slice(cut).replace(/^\s+/, "");
  }
  if (rest.trim()) pieces.push(rest);
  return pieces;
}

function cutPoint(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  // Prefer a natural break in the last half of the piece: paragraphs, lines, then words.
  const floor = Math.floor(limit / 2);
  for (const separator of ["\n\n", "\n", " ", "\t"]) {
    const at = window.lastIndexOf(separator, limit);
    if (at >= floor) return at;
  }
  const anySpace = lastWhitespace(window, limit);
  if (anySpace > 0) return anySpace;
  // One unbroken run longer than the limit: cut it, but not inside a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

function lastWhitespace(text: string, limit: number): number {
  for (let i = Math.min(limit, text.length - 1); i > 0; i--) {
    if (/\s/.test(text[i]!)) return i;
  }
  return -1;
}
