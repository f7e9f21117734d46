/**
 * The triage evaluation corpus (test/corpus/triage-corpus.tsv) and its fixed split.
 *
 * Each row: id, emergency (yes/no), main kind (alternatives separated by "/" when officers
 * would accept either as the main kind), acceptable kinds (comma-separated, the main kinds
 * included), source (a public source the message was paraphrased from, or "paraphrase:
 * realistic chat message"), and the text as a worker or family member would write it.
 *
 * The held-out split is decided by a hash of the row id alone, fixed before any rule was
 * written from the corpus: rules are tuned on the training rows only, never on held-out rows.
 * Rows added later (`n0001`...) take ids that fall in the training split, so the held-out rows
 * stay the ones fixed first.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isCaseKind, type CaseKind } from "../../src/core/case-kinds.js";

export interface CorpusRow {
  id: string;
  emergency: boolean;
  main: CaseKind[];
  kinds: CaseKind[];
  source: string;
  text: string;
}

export const CORPUS_PATH = fileURLToPath(new URL("./triage-corpus.tsv", import.meta.url));

/** About 40 % of the rows are held out. */
const HELD_OUT_PERCENT = 40;

/** FNV-1a (32 bit): stable across platforms and Node versions. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function isHeldOut(id: string): boolean {
  return fnv1a(id) % 100 < HELD_OUT_PERCENT;
}

function kindsOf(field: string, separator: string, row: string): CaseKind[] {
  return field.split(separator).map((k) => {
    if (!isCaseKind(k)) throw new Error(`corpus row ${row}: unknown kind ${k}`);
    return k;
  });
}

export function loadCorpus(path = CORPUS_PATH): CorpusRow[] {
  const lines = readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  return lines.slice(1).map((line) => {
    const [id, emergency, main, kinds, source, text] = line.split("\t");
    if (!id || !main || !kinds || !source || !text || (emergency !== "yes" && emergency !== "no"))
      throw new Error(`bad corpus row: ${line.slice(0, 60)}`);
    return { id, emergency: emergency === "yes", main: kindsOf(main, "/", id), kinds: kindsOf(kinds, ",", id), source, text };
  });
}

export function splitCorpus(rows: CorpusRow[]): { training: CorpusRow[]; heldOut: CorpusRow[] } {
  return { training: rows.filter((r) => !isHeldOut(r.id)), heldOut: rows.filter((r) => isHeldOut(r.id)) };
}
