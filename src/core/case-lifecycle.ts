/**
 * The case lifecycle: which status an officer may move a case to from which other status.
 * Stable codes match the Prisma enum CaseStatus; labels are what reporters see.
 */
export const CASE_STATUSES = ["DITERIMA", "DIVERIFIKASI", "DITANGANI", "DIRUJUK", "MENUNGGU_KETERANGAN", "SELESAI", "DITUTUP"] as const;

export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Finished (resolved, or closed without resolution): the one list the open-status rule is derived from, in SQL too. */
export const RESOLVED_STATUSES = ["SELESAI", "DITUTUP"] as const satisfies readonly CaseStatus[];

/** Still needs work from someone: counts in queues and workload. */
export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => !isResolvedStatus(s));

export const STATUS_LABELS: Record<CaseStatus, string> = {
  DITERIMA: "Diterima",
  DIVERIFIKASI: "Diverifikasi",
  DITANGANI: "Ditangani",
  DIRUJUK: "Dirujuk",
  MENUNGGU_KETERANGAN: "Menunggu Keterangan",
  SELESAI: "Selesai",
  DITUTUP: "Ditutup",
};

/**
 * What an officer reads before moving a case to a status that ends its handling: the console asks
 * first and shows this (served with the statuses, so the UI holds no text of its own).
 */
export const STATUS_CHANGE_WARNINGS: Readonly<Record<(typeof RESOLVED_STATUSES)[number], string>> = {
  SELESAI: "Pelapor akan diberi tahu bahwa pengaduannya selesai dan diminta menilai layanan.",
  DITUTUP: "Pelapor akan diberi tahu. Kasus yang ditutup tidak dapat dibuka lagi.",
};

/** The warning to confirm before moving to this status; null when the change needs no confirmation. */
export function statusChangeWarning(status: CaseStatus): string | null {
  return isResolvedStatus(status) ? STATUS_CHANGE_WARNINGS[status as (typeof RESOLVED_STATUSES)[number]] : null;
}

/**
 * Allowed moves. Verification may be skipped (an emergency goes straight to handling), a
 * referral can come back, and waiting for the reporter can return to any working state.
 * Staying in the same status is not a transition.
 */
const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  // DITUTUP straight from DITERIMA closes spam and duplicates without handling them.
  DITERIMA: ["DIVERIFIKASI", "DITANGANI", "DIRUJUK", "MENUNGGU_KETERANGAN", "DITUTUP"],
  DIVERIFIKASI: ["DITANGANI", "DIRUJUK", "MENUNGGU_KETERANGAN", "DITUTUP"],
  DITANGANI: ["DIRUJUK", "MENUNGGU_KETERANGAN", "SELESAI"],
  DIRUJUK: ["DITANGANI", "MENUNGGU_KETERANGAN", "SELESAI"],
  // DITUTUP here: the reporter never answered (Peraturan BP2MI 6/2024 closes such cases).
  MENUNGGU_KETERANGAN: ["DITANGANI", "DIRUJUK", "DIVERIFIKASI", "SELESAI", "DITUTUP"],
  // DITANGANI here reopens a resolved case, e.g. the employer did not pay after all.
  SELESAI: ["DITUTUP", "DITANGANI"],
  DITUTUP: [],
};

export class InvalidTransitionError extends Error {
  constructor(
    readonly from: CaseStatus,
    readonly to: CaseStatus,
  ) {
    const allowed = TRANSITIONS[from];
    super(
      `Cannot move a case from ${from} to ${to}; allowed from ${from}: ` + (allowed.length ? allowed.join(", ") : "none (terminal status)"),
    );
    this.name = "InvalidTransitionError";
  }
}

export function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}

/** A fresh array, so callers may sort or filter it without touching the table. */
export function allowedTransitions(from: CaseStatus): CaseStatus[] {
  return [...TRANSITIONS[from]];
}

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: CaseStatus, to: CaseStatus): void {
  if (!canTransition(from, to)) throw new InvalidTransitionError(from, to);
}

/** Still needs work from someone: counts in queues and workload. */
export function isOpenStatus(status: CaseStatus): boolean {
  return !isResolvedStatus(status);
}

/** The SLA clock stops while the case waits for the reporter. */
export function isSlaPaused(status: CaseStatus): boolean {
  return status === "MENUNGGU_KETERANGAN";
}

/** Finished (resolved, or closed without resolution): no further work and no SLA clock. */
export function isResolvedStatus(status: CaseStatus): boolean {
  return (RESOLVED_STATUSES as readonly CaseStatus[]).includes(status);
}
