/**
 * How long personal data lives after a case is closed (UU No. 27 Tahun 2022 on personal data,
 * UU PDP): the case's personal details for `caseYears`, its files (photos, documents, voice notes)
 * for the shorter `mediaDays`. After that the anonymisation job keeps only what reports count.
 */
export interface RetentionPolicy {
  caseYears: number;
  mediaDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { caseYears: 5, mediaDays: 365 };

/**
 * The deadline for deciding a HAPUS DATA request. UU PDP's article on erasure on request (Pasal 43
 * ayat (1) huruf c) names no period; 3 x 24 hours is the one it sets for acting on a request to
 * restrict processing (Pasal 41 ayat (1)) and on a withdrawal of consent, and is applied here.
 */
export const DELETION_DECISION_HOURS = 72;

/** The moment a closed case's personal details (or files) are due for anonymisation. */
export function retentionCutoffs(policy: RetentionPolicy, now: Date): { cases: Date; media: Date } {
  const cases = new Date(now);
  cases.setUTCFullYear(cases.getUTCFullYear() - policy.caseYears);
  return { cases, media: new Date(now.getTime() - policy.mediaDays * 24 * 3600_000) };
}
