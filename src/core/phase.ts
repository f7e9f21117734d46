/**
 * Where in migration a case stands, which the agreements divide duties by: before work (calon
 * PMI), during work abroad, after return (purna PMI). Taken from what the reporter said; null
 * when it is not clear (officers set it on the case page).
 */
import type { CaseKind } from "./case-kinds.js";
import { normalizeText } from "./normalize-text.js";

export const CASE_PHASES = ["SEBELUM_BEKERJA", "SEDANG_BEKERJA", "SETELAH_PULANG"] as const;
export type CasePhase = (typeof CASE_PHASES)[number];

export const PHASE_LABELS: Record<CasePhase, string> = {
  SEBELUM_BEKERJA: "Sebelum bekerja (calon PMI)",
  SEDANG_BEKERJA: "Sedang bekerja di luar negeri",
  SETELAH_PULANG: "Sudah pulang (purna PMI)",
};

/** Any of the phrases (regular expression alternatives) as whole words. */
const anyOf = (...phrases: string[]) => new RegExp(`\\b(${phrases.join("|")})\\b`);

const BEFORE = anyOf(
  "gagal (berangkat|brangkat|terbang)",
  "belum (berangkat|brangkat|terbang|diberangkatkan)",
  "tidak jadi berangkat",
  "batal berangkat",
  "calon pmi",
  "cpmi",
  "di penampungan",
  "masih (di )?pelatihan",
  "blk",
);
const AFTER = anyOf(
  "sudah (pulang|kembali|di rumah|di kampung|di indonesia)",
  "udah pulang",
  "baru pulang",
  "telah pulang",
  "sesudah pulang",
  "setelah pulang",
  "purna( pmi)?",
  "mantan (pmi|tki|tkw)",
  "eks (pmi|tki|tkw)",
  "pulang ke indonesia",
);
const DURING =
  /\b(masih (di|kerja|bekerja)|sedang (kerja|bekerja)|lagi (kerja|di)|sekarang (di|kerja|bekerja)|kerja di|bekerja di|majikan)\b/;

export function detectPhase(text: string, facts: { kind?: CaseKind; country?: string | undefined } = {}): CasePhase | null {
  const t = normalizeText(text);
  if (BEFORE.test(t) || facts.kind === "GAGAL_BERANGKAT" || facts.country === "Belum berangkat") return "SEBELUM_BEKERJA";
  if (AFTER.test(t)) return "SETELAH_PULANG";
  if (DURING.test(t) || (facts.country && facts.country !== "Belum berangkat")) return "SEDANG_BEKERJA";
  return null;
}

/**
 * Kinds whose routing rows differ by phase (src/seed/routing-rules.ts: the social and health
 * offices before departure and after return, the BP3MI while abroad). Only for these is the
 * phase asked when what was said leaves it open.
 */
export const PHASE_ROUTED_KINDS: readonly CaseKind[] = ["TERLANTAR", "KESEHATAN"];

export function phaseMatters(kinds: readonly string[]): boolean {
  return kinds.some((k) => (PHASE_ROUTED_KINDS as readonly string[]).includes(k));
}

const STILL_HOME = /\bmasih (di )?(indonesia|rumah|kampung)\b/;
const ANSWER_BEFORE = /^(belum|blm)\b|\bbelum (pernah )?(kerja|bekerja|ke luar negeri)\b/;
const ANSWER_AFTER = /^sudah\b|\b(sudah|sdh) (balik|sampai rumah|sampai indonesia)\b/;
const ANSWER_DURING = /^(masih|sedang|lagi)\b|\bdi luar negeri\b/;

/**
 * The answer to "where is the worker now?", in the reporter's own words ("masih di sini di
 * malaysia", "udah pulang bulan lalu", "belum berangkat"); null when it says neither.
 */
export function readPhaseAnswer(text: string): CasePhase | null {
  const t = normalizeText(text);
  // "masih di kampung" answers "not left yet", not "still abroad".
  if (STILL_HOME.test(t)) return "SEBELUM_BEKERJA";
  const stated = detectPhase(text);
  if (stated) return stated;
  if (ANSWER_BEFORE.test(t)) return "SEBELUM_BEKERJA";
  if (ANSWER_AFTER.test(t)) return "SETELAH_PULANG";
  if (ANSWER_DURING.test(t)) return "SEDANG_BEKERJA";
  return null;
}
