/**
 * `npm run eval:triage`: triage scored on the corpus, held-out split first (the figures the
 * README quotes), then the training split. A development tool: CI runs the unit tests, which
 * pin only the emergency figures on the held-out split.
 *   --misses-only-held-out   list misses for the held-out split only (the default lists both)
 *   --train-misses           list misses for the training split only: the view to write rules
 *                            from, since held-out misses must not be read for that
 */
import { triage } from "../../src/core/triage.js";
import { loadCorpus, splitCorpus, type CorpusRow } from "./corpus.js";
import { evaluate } from "./evaluate.js";

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function report(name: string, rows: CorpusRow[], showMisses: boolean): void {
  const e = evaluate(rows, triage);
  console.log(`\n== ${name}: ${e.rows} messages, ${e.emergencies} emergencies`);
  console.log(`right kind among the kinds found  ${pct(e.anyKindAccuracy)}   (target >= 92 %)`);
  console.log(`right main kind                   ${pct(e.mainKindAccuracy)}   (target >= 85 %)`);
  console.log(`emergency recall                  ${pct(e.emergencyRecall)}   (target >= 98 %)`);
  console.log(`false alarms (calm -> EMERGENCY)  ${pct(e.falseAlarmRate)}   (target <= 10 %)`);
  console.log("\nkind                  labelled  found  precision  recall");
  for (const k of e.perKind) {
    console.log(
      k.kind.padEnd(22) +
        String(k.labelled).padStart(8) +
        String(k.found).padStart(7) +
        pct(k.precision).padStart(11) +
        pct(k.recall).padStart(8),
    );
  }
  if (!showMisses) return;
  console.log(`\nmisses (${e.misses.length}):`);
  for (const m of e.misses) {
    const found = [m.result.kind, ...m.result.extraKinds].join(",");
    console.log(
      `- ${m.row.id} [${m.problems.join("; ")}] found ${found} ${m.result.urgency} {${m.result.signals.join(" | ")}}\n    ${m.row.text}`,
    );
  }
}

const { training, heldOut } = splitCorpus(loadCorpus());
const heldOutOnly = process.argv.includes("--misses-only-held-out");
const trainOnly = process.argv.includes("--train-misses");
report("held-out split", heldOut, !trainOnly);
report("training split", training, !heldOutOnly);
