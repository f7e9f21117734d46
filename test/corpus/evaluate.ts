/** Scores triage on corpus rows: the figures `npm run eval:triage` prints and the unit test pins. */
import type { CaseKind } from "../../src/core/case-kinds.js";
import type { Triage } from "../../src/core/triage.js";
import type { CorpusRow } from "./corpus.js";

export interface Miss {
  row: CorpusRow;
  result: Triage;
  problems: string[];
}

export interface Evaluation {
  rows: number;
  emergencies: number;
  /** Share of rows whose main kind is one the label accepts as main. */
  mainKindAccuracy: number;
  /** Share of rows where a labelled main kind is among the kinds found (main or extra). */
  anyKindAccuracy: number;
  emergencyRecall: number;
  /** Share of calm rows (not emergencies) raised as EMERGENCY. */
  falseAlarmRate: number;
  perKind: { kind: CaseKind; labelled: number; found: number; precision: number; recall: number }[];
  misses: Miss[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluate(rows: readonly CorpusRow[], classify: (text: string) => Triage): Evaluation {
  let mainOk = 0;
  let anyOk = 0;
  let emergencies = 0;
  let caught = 0;
  let calm = 0;
  let falseAlarms = 0;
  const counts = new Map<CaseKind, { tp: number; fp: number; fn: number }>();
  const count = (k: CaseKind) => counts.get(k) ?? (counts.set(k, { tp: 0, fp: 0, fn: 0 }), counts.get(k)!);
  const misses: Miss[] = [];

  for (const row of rows) {
    const result = classify(row.text);
    const found = new Set<CaseKind>([result.kind, ...result.extraKinds]);
    const accepted = new Set(row.kinds);
    const problems: string[] = [];
    if (row.main.includes(result.kind)) mainOk++;
    else problems.push(`main ${result.kind}, expected ${row.main.join("/")}`);
    if (row.main.some((k) => found.has(k))) anyOk++;
    else problems.push("expected kind not found");
    const raised = result.urgency === "EMERGENCY";
    if (row.emergency) {
      emergencies++;
      if (raised) caught++;
      else problems.push("EMERGENCY MISSED");
    } else {
      calm++;
      if (raised) {
        falseAlarms++;
        problems.push("false alarm");
      }
    }
    for (const k of accepted) found.has(k) ? count(k).tp++ : count(k).fn++;
    for (const k of found) if (!accepted.has(k)) count(k).fp++;
    if (problems.length > 0) misses.push({ row, result, problems });
  }

  const perKind = [...counts]
    .map(([kind, c]) => ({
      kind,
      labelled: c.tp + c.fn,
      found: c.tp + c.fp,
      precision: ratio(c.tp, c.tp + c.fp),
      recall: ratio(c.tp, c.tp + c.fn),
    }))
    .sort((a, b) => b.labelled - a.labelled || a.kind.localeCompare(b.kind));

  return {
    rows: rows.length,
    emergencies,
    mainKindAccuracy: ratio(mainOk, rows.length),
    anyKindAccuracy: ratio(anyOk, rows.length),
    emergencyRecall: ratio(caught, emergencies),
    falseAlarmRate: ratio(falseAlarms, calm),
    perKind,
    misses,
  };
}
