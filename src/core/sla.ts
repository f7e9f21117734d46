import { DEFAULT_CALENDAR, type WorkCalendar } from "./sla-calendar.js";
import type { Urgency } from "./urgency.js";
import { addWorkingDays, assertValidDate } from "./working-time.js";

/**
 * Service levels: when a case must get its first response and its resolution, on a
 * working-day calendar (sla-calendar.ts, counted by working-time.ts). Pure: the caller passes
 * the clock, the policy and the calendar. Overrides are parsed by sla-config.ts.
 */

/** Clock hours run around the clock; working days skip weekends and holidays. */
export type Duration = { hours: number } | { workingDays: number };

export interface SlaPolicy {
  firstResponse: Record<Urgency, Duration>;
  resolution: Record<Urgency, Duration>;
}

/**
 * Defaults grounded in SP4N-LAPOR! (verify and forward within 3 working days, the agency
 * follows up within 5 working days, disputes 14 days). Override with parseSlaPolicy (sla-config.ts).
 */
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  firstResponse: {
    // Life or safety at risk: first contact within hours, nights and weekends included.
    EMERGENCY: { hours: 2 },
    // Urgent but not life-threatening (stranded, documents withheld): within a day, any day.
    HIGH: { hours: 24 },
    // SP4N-LAPOR!: verified and forwarded to the responsible agency within 3 working days.
    NORMAL: { workingDays: 3 },
    // Same verification window; information requests do not need it faster.
    LOW: { workingDays: 3 },
  },
  resolution: {
    // SP4N-LAPOR!'s shortest bound (agency follow-up, 5 working days) for the gravest cases.
    EMERGENCY: { workingDays: 5 },
    // SP4N-LAPOR! end to end: 3 working days to verify and forward + 5 to follow up.
    HIGH: { workingDays: 8 },
    // SP4N-LAPOR! gives disputes 14 days; most complaints are disputes with an employer or agency.
    NORMAL: { workingDays: 14 },
    // An answer to a question or a minor matter: the 5-working-day follow-up bound.
    LOW: { workingDays: 5 },
  },
};

export interface SlaDeadlines {
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
}

export type SlaState = "met" | "breached" | "running" | "paused";

export interface SlaStatus {
  state: SlaState;
  /**
   * dueAt minus the moment that counts: doneAt when done (negative = late), pausedAt when
   * paused (frozen), otherwise now (negative = overdue).
   */
  remainingMs: number;
}

const HOUR_MS = 3_600_000;

export function addDuration(start: Date, duration: Duration, cal: WorkCalendar = DEFAULT_CALENDAR): Date {
  if ("hours" in duration) {
    assertValidDate(start, "start");
    return new Date(start.getTime() + duration.hours * HOUR_MS);
  }
  return addWorkingDays(start, duration.workingDays, cal);
}

export function computeDeadlines(
  openedAt: Date,
  urgency: Urgency,
  policy: SlaPolicy = DEFAULT_SLA_POLICY,
  cal: WorkCalendar = DEFAULT_CALENDAR,
): SlaDeadlines {
  return {
    firstResponseDueAt: addDuration(openedAt, policy.firstResponse[urgency], cal),
    resolutionDueAt: addDuration(openedAt, policy.resolution[urgency], cal),
  };
}

/**
 * After a pause (Menunggu Keterangan) ends, moves each deadline later by the paused
 * wall-clock time. A deadline already passed when the pause began stays put: waiting for
 * the reporter must not excuse a breach that had already happened.
 */
export function shiftDeadlines(deadlines: SlaDeadlines, pausedAt: Date, resumedAt: Date): SlaDeadlines {
  assertValidDate(pausedAt, "pausedAt");
  assertValidDate(resumedAt, "resumedAt");
  const pausedMs = resumedAt.getTime() - pausedAt.getTime();
  if (pausedMs < 0) throw new RangeError("resumedAt is before pausedAt");
  const shift = (due: Date): Date => (due.getTime() >= pausedAt.getTime() ? new Date(due.getTime() + pausedMs) : new Date(due.getTime()));
  return {
    firstResponseDueAt: shift(deadlines.firstResponseDueAt),
    resolutionDueAt: shift(deadlines.resolutionDueAt),
  };
}

/**
 * The state of one deadline. Done on or before dueAt is met; the clock is frozen at
 * pausedAt while the case waits for the reporter; otherwise running until dueAt, then
 * breached. doneAt wins over pausedAt.
 */
export function slaState(now: Date, dueAt: Date, doneAt?: Date | null, pausedAt?: Date | null): SlaStatus {
  const due = dueAt.getTime();
  if (doneAt) {
    const remainingMs = due - doneAt.getTime();
    return { state: remainingMs >= 0 ? "met" : "breached", remainingMs };
  }
  if (pausedAt) {
    const remainingMs = due - pausedAt.getTime();
    return { state: remainingMs >= 0 ? "paused" : "breached", remainingMs };
  }
  const remainingMs = due - now.getTime();
  return { state: remainingMs >= 0 ? "running" : "breached", remainingMs };
}
