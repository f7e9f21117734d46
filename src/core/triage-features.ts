/**
 * The features the statistical second opinion of triage reads (src/core/triage-model.ts), shared
 * by its training script (test/corpus/train-triage.ts) so both see a message the same way.
 *
 * From the normalised tokens (chat spelling, Malay, Javanese already mapped to standard
 * Indonesian): each word ("w:"), each pair of neighbouring words ("b:"), and the character
 * 3- to 5-grams of each word with its edges marked ("c:"), which carry typos and unseen
 * affixes ("dipukulin", "digebukin") towards the words they resemble. Presence only, scaled to
 * unit length so a long story does not outvote a short plea. Pure.
 */

/** Longest text the features read: the start of a long story says what happened. */
const MAX_TOKENS = 400;
const MIN_GRAM = 3;
const MAX_GRAM = 5;

/** The distinct features of a message, each with its weight (1/sqrt(count of features)). */
export function triageFeatures(tokens: readonly string[]): Map<string, number> {
  const names = new Set<string>();
  const words = tokens.length > MAX_TOKENS ? tokens.slice(0, MAX_TOKENS) : tokens;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    names.add(`w:${word}`);
    if (i + 1 < words.length) names.add(`b:${word} ${words[i + 1]}`);
    const marked = `<${word}>`;
    for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
      for (let s = 0; s + n <= marked.length; s++) names.add(`c:${marked.slice(s, s + n)}`);
    }
  }
  const weight = names.size === 0 ? 0 : 1 / Math.sqrt(names.size);
  const out = new Map<string, number>();
  for (const name of names) out.set(name, weight);
  return out;
}
