/**
 * The small matcher behind triage: compiles the patterns of triage-rules.ts and finds them in a
 * message's normalised tokens. Pure, and linear in the number of tokens for each rule.
 */
import type { Spec } from "./triage-rules.js";

interface Slot {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  number: boolean;
  /** Words that may be skipped before this slot. */
  gap: number;
}

interface Phrase {
  slots: Slot[];
  /** For notPrev: how far before the match the phrase may end; for notNext: how far after it may start. */
  reach: number;
}

export interface Rule<T extends string = string> {
  tag: T;
  source: string;
  slots: Slot[];
  soft: boolean;
  ask: boolean;
  notPrev: Phrase[];
  notNext: Phrase[];
  with: Slot[] | null;
}

function compileSlots(pattern: string): { slots: Slot[]; leading: number; trailing: number } {
  const slots: Slot[] = [];
  let gap = 0;
  let leading = 0;
  let trailing = 0;
  for (const part of pattern.trim().split(/\s+/)) {
    const gapMatch = /^~(\d+)$/.exec(part);
    if (gapMatch) {
      if (slots.length === 0) leading = Number(gapMatch[1]);
      else gap = Number(gapMatch[1]);
      trailing = Number(gapMatch[1]);
      continue;
    }
    const options = part.split("|");
    slots.push({
      words: new Set(options.filter((o) => !o.endsWith("*") && o !== "#")),
      prefixes: options.filter((o) => o.endsWith("*")).map((o) => o.slice(0, -1)),
      number: options.includes("#"),
      gap,
    });
    gap = 0;
    trailing = 0;
  }
  return { slots, leading, trailing };
}

function compileRule<T extends string>(tag: T, spec: Spec): Rule<T> {
  const s = typeof spec === "string" ? { p: spec } : spec;
  return {
    tag,
    source: s.p,
    slots: compileSlots(s.p).slots,
    soft: s.soft ?? false,
    ask: s.ask ?? false,
    notPrev: (s.notPrev ?? []).map((p) => {
      const c = compileSlots(p);
      return { slots: c.slots, reach: c.trailing };
    }),
    notNext: (s.notNext ?? []).map((p) => {
      const c = compileSlots(p);
      return { slots: c.slots, reach: c.leading };
    }),
    with: s.with ? compileSlots(s.with).slots : null,
  };
}

export function compileRules<T extends string>(rules: Record<T, Spec[]>): Rule<T>[] {
  return (Object.entries(rules) as [T, Spec[]][]).flatMap(([tag, specs]) => specs.map((spec) => compileRule(tag, spec)));
}

const NUMBER = /^\d+$/;

function slotMatches(slot: Slot, token: string | undefined): boolean {
  if (token === undefined) return false;
  if (slot.words.has(token)) return true;
  if (slot.number && NUMBER.test(token)) return true;
  return slot.prefixes.some((p) => token.startsWith(p));
}

/** Fixed-length phrase (gaps inside are ignored) at exactly `start`. */
function phraseAt(slots: Slot[], tokens: readonly string[], start: number): boolean {
  if (start < 0 || start + slots.length > tokens.length) return false;
  return slots.every((slot, k) => slotMatches(slot, tokens[start + k]));
}

/** End (exclusive) of the rule's match starting at `start`, or -1. Gaps are tried shortest first. */
function extend(slots: Slot[], tokens: readonly string[], k: number, pos: number): number {
  if (k === slots.length) return pos;
  const slot = slots[k]!;
  for (let skip = 0; skip <= slot.gap; skip++) {
    if (slotMatches(slot, tokens[pos + skip])) {
      const end = extend(slots, tokens, k + 1, pos + skip + 1);
      if (end >= 0) return end;
    }
  }
  return -1;
}

export class TokenIndex {
  readonly positions = new Map<string, number[]>();
  constructor(readonly tokens: readonly string[]) {
    tokens.forEach((t, i) => {
      const list = this.positions.get(t);
      if (list) list.push(i);
      else this.positions.set(t, [i]);
    });
  }

  /** Positions where the slot matches, ascending. */
  candidates(slot: Slot): number[] {
    const lists: number[][] = [];
    for (const w of slot.words) {
      const list = this.positions.get(w);
      if (list) lists.push(list);
    }
    if (slot.prefixes.length > 0 || slot.number) {
      for (const [token, list] of this.positions) {
        if (!slot.words.has(token) && slotMatches(slot, token)) lists.push(list);
      }
    }
    if (lists.length === 1) return lists[0]!;
    // Loops rather than spreading: a long message can hold tens of thousands of positions.
    const out: number[] = [];
    for (const list of lists) for (const i of list) out.push(i);
    return out.sort((a, b) => a - b);
  }
}

/** The first valid match of a rule as the words that matched, or null. */
export function findMatch(rule: Rule, index: TokenIndex): string | null {
  return findMatchAt(rule, index)?.signal ?? null;
}

/** The first valid match of a rule: the words that matched and the token where they start. */
export function findMatchAt(rule: Rule, index: TokenIndex): { signal: string; start: number } | null {
  const tokens = index.tokens;
  const first = rule.slots[0];
  if (!first) return null;
  for (const start of index.candidates(first)) {
    const end = extend(rule.slots, tokens, 1, start + 1);
    if (end < 0) continue;
    const blockedBefore = rule.notPrev.some((ph) => {
      for (let e = start - 1; e >= start - 1 - ph.reach; e--) if (phraseAt(ph.slots, tokens, e - ph.slots.length + 1)) return true;
      return false;
    });
    if (blockedBefore) continue;
    const blockedAfter = rule.notNext.some((ph) => {
      for (let s = end; s <= end + ph.reach; s++) if (phraseAt(ph.slots, tokens, s)) return true;
      return false;
    });
    if (blockedAfter) continue;
    if (rule.with) {
      const withSlots = rule.with;
      const also = index.candidates(withSlots[0]!).some((s) => extend(withSlots, tokens, 1, s + 1) >= 0);
      if (!also) return null;
    }
    return { signal: tokens.slice(start, Math.min(end, start + 6)).join(" "), start };
  }
  return null;
}

/**
 * Typo tolerance for the words that matter most: a token of seven letters or more, unknown to
 * every rule, one edit (insert, delete, substitute, swap) away from exactly one word of the
 * chosen rules is read as that word ("dipukull", "diperkosa" as "diperkos", "meningal").
 * Short words are left alone: at that length one edit makes another real word.
 */
export class TypoCorrector {
  private readonly known = new Set<string>(NOT_TYPOS);
  private readonly byDeletion = new Map<string, Set<string>>();

  constructor(rules: readonly Rule[], targetTag: (tag: string) => boolean) {
    for (const rule of rules) {
      for (const slot of rule.slots) {
        for (const word of slot.words) {
          this.known.add(word);
          if (targetTag(rule.tag) && word.length >= MIN_TYPO_LENGTH) for (const d of deletions(word)) this.index(d, word);
        }
      }
    }
  }

  private index(variant: string, word: string): void {
    const set = this.byDeletion.get(variant);
    if (set) set.add(word);
    else this.byDeletion.set(variant, new Set([word]));
  }

  /** The tokens with typos replaced, and "typed≈word" for each replacement (shown to officers). */
  correct(tokens: readonly string[]): { tokens: string[]; corrections: string[] } {
    const corrections: string[] = [];
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const next = tokens[i + 1];
      // "di pukull": the passive prefix typed apart from a misspelt verb the normaliser could not join.
      const joined = token === "di" && next !== undefined && !this.known.has(next) ? this.emergencyWord(`di${next}`) : null;
      const word = joined ?? (this.known.has(token) ? null : this.emergencyWord(token));
      if (joined) i++;
      if (word && word !== token) corrections.push(`${joined ? `di ${next}` : token}≈${word}`);
      out.push(word ?? token);
    }
    return { tokens: out, corrections };
  }

  /** The emergency word a token is, or is one typo away from (the only one), else null. */
  private emergencyWord(token: string): string | null {
    if (token.length < MIN_TYPO_LENGTH || !/^[a-z]+$/.test(token)) return null;
    const candidates = new Set<string>();
    for (const d of deletions(token)) for (const w of this.byDeletion.get(d) ?? []) if (withinOneEdit(token, w)) candidates.add(w);
    return candidates.size === 1 ? [...candidates][0]! : null;
  }
}

const MIN_TYPO_LENGTH = 7;
/** Everyday words one edit away from an emergency word. */
const NOT_TYPOS = [
  "penjaga",
  "menjaga",
  "dipikul",
  "memikul",
  "dirawat",
  "merawat",
  "lumpur",
  "tahunan",
  "sekarang",
  "perawat",
  "pekerja",
  "menunggu",
  "ditanya",
  "dikirim",
  "dipakai",
  "dipanggil",
  "dibantu",
  "kesehatan",
  "kecewa",
  "tentang",
  "melalui",
  "kaburan",
  "membanding",
  "dibanding",
  "membandingkan",
  "dibandingkan",
];

/** The word itself and every way of deleting one letter from it. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal string alignment distance <= 1 (one insert, delete, substitute or adjacent swap). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
