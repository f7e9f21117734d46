import { z } from "zod";
import { URGENCIES, type Urgency } from "./urgency.js";

/**
 * Service levels: when a case must get its first response and its resolution, on a
 * working-day calendar. Pure: the caller passes the clock, the policy and the calendar.
 */

/** Clock hours run around the clock; working days skip weekends and holidays. */
export type Duration = { hours: number } | { workingDays: number };

export interface SlaPolicy {
  firstResponse: Record<Urgency, Duration>;
  resolution: Record<Urgency, Duration>;
}

/**
 * Defaults grounded in SP4N-LAPOR! (verify and forward within 3 working days, the agency
 * follows up within 5 working days, disputes 14 days). Override with parseSlaPolicy.
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

export interface WorkCalendar {
  /** One of SUPPORTED_TIME_ZONES, e.g. "Asia/Jakarta". */
  timeZone: string;
  /** Non-working local dates "YYYY-MM-DD" besides Saturdays and Sundays. */
  holidays: readonly string[];
}

/**
 * Indonesia has had no daylight saving time since 1964, so a fixed offset per zone is exact
 * and avoids depending on the ICU data of the runtime.
 */
const UTC_OFFSET_HOURS: Readonly<Record<string, number>> = {
  "Asia/Jakarta": 7, // WIB
  "Asia/Pontianak": 7, // WIB
  "Asia/Makassar": 8, // WITA
  "Asia/Jayapura": 9, // WIT
};
export const SUPPORTED_TIME_ZONES: readonly string[] = Object.keys(UTC_OFFSET_HOURS);

/** Counting that starts on a non-working day starts at this local hour of the next working day. */
export const WORKDAY_START_HOUR = 8;
/** Government offices (BP3MI, dinas) close at this local hour; later starts count from the next working morning. */
export const WORKDAY_END_HOUR = 16;

/**
 * National holidays (libur nasional) and joint leave days (cuti bersama), which government
 * offices (BP3MI, dinas) observe. Configurable: this is only the default, and it must be
 * extended every year when the joint ministerial decree (SKB 3 Menteri) for the next year
 * appears, and corrected when the Ministry of Religious Affairs fixes an Islamic date.
 */
const INDONESIAN_HOLIDAYS: readonly string[] = [
  // 2025: SKB 1017/2024, 2/2024, 2/2024, amended by SKB 933/2025, 1/2025, 3/2025 (18 August).
  "2025-01-01", // Tahun Baru Masehi
  "2025-01-27", // Isra Mikraj
  "2025-01-28", // cuti bersama Imlek
  "2025-01-29", // Tahun Baru Imlek 2576
  "2025-03-28", // cuti bersama Nyepi
  "2025-03-29", // Nyepi 1947
  "2025-03-31", // Idul Fitri 1446 H
  "2025-04-01", // Idul Fitri 1446 H
  "2025-04-02", // cuti bersama Idul Fitri
  "2025-04-03", // cuti bersama Idul Fitri
  "2025-04-04", // cuti bersama Idul Fitri
  "2025-04-07", // cuti bersama Idul Fitri
  "2025-04-18", // Wafat Yesus Kristus
  "2025-04-20", // Paskah
  "2025-05-01", // Hari Buruh
  "2025-05-12", // Waisak 2569
  "2025-05-13", // cuti bersama Waisak
  "2025-05-29", // Kenaikan Yesus Kristus
  "2025-05-30", // cuti bersama Kenaikan
  "2025-06-01", // Hari Lahir Pancasila
  "2025-06-06", // Idul Adha 1446 H
  "2025-06-09", // cuti bersama Idul Adha
  "2025-06-27", // 1 Muharam 1447 H
  "2025-08-17", // Proklamasi Kemerdekaan
  "2025-08-18", // cuti bersama HUT ke-80 RI
  "2025-09-05", // Maulid Nabi
  "2025-12-25", // Natal
  "2025-12-26", // cuti bersama Natal
  // 2026: SKB 1497/2025, 2/2025, 5/2025.
  "2026-01-01", // Tahun Baru Masehi
  "2026-01-16", // Isra Mikraj
  "2026-02-16", // cuti bersama Imlek
  "2026-02-17", // Tahun Baru Imlek 2577
  "2026-03-18", // cuti bersama Nyepi
  "2026-03-19", // Nyepi 1948
  "2026-03-20", // cuti bersama Idul Fitri
  "2026-03-21", // Idul Fitri 1447 H
  "2026-03-22", // Idul Fitri 1447 H
  "2026-03-23", // cuti bersama Idul Fitri
  "2026-03-24", // cuti bersama Idul Fitri
  "2026-04-03", // Wafat Yesus Kristus
  "2026-04-05", // Paskah
  "2026-05-01", // Hari Buruh
  "2026-05-14", // Kenaikan Yesus Kristus
  "2026-05-15", // cuti bersama Kenaikan
  "2026-05-27", // Idul Adha 1447 H
  "2026-05-28", // cuti bersama Idul Adha
  "2026-05-31", // Waisak 2570
  "2026-06-01", // Hari Lahir Pancasila
  "2026-06-16", // 1 Muharam 1448 H
  "2026-08-17", // Proklamasi Kemerdekaan
  "2026-08-25", // Maulid Nabi
  "2026-12-24", // cuti bersama Natal
  "2026-12-25", // Natal
  // 2027: PROVISIONAL, computed (fixed dates, Easter, Balinese calendar, full moon, MABIMS
  // crescent criteria), not yet checked against the 2027 SKB. Left out until then: Isra
  // Mikraj (about 5-6 January), 1 Muharam 1449 (about 6 June), Maulid (about 15 August)
  // and every cuti bersama. A missing day only makes a deadline earlier, never later.
  "2027-01-01", // Tahun Baru Masehi
  "2027-02-06", // Tahun Baru Imlek 2578
  "2027-03-09", // Nyepi 1949
  "2027-03-10", // Idul Fitri 1448 H (estimate)
  "2027-03-11", // Idul Fitri 1448 H (estimate)
  "2027-03-26", // Wafat Yesus Kristus
  "2027-03-28", // Paskah
  "2027-05-01", // Hari Buruh
  "2027-05-06", // Kenaikan Yesus Kristus
  "2027-05-17", // Idul Adha 1448 H (estimate)
  "2027-05-20", // Waisak 2571 (estimate)
  "2027-06-01", // Hari Lahir Pancasila
  "2027-08-17", // Proklamasi Kemerdekaan
  "2027-12-25", // Natal
];

export const DEFAULT_CALENDAR: WorkCalendar = {
  timeZone: "Asia/Jakarta",
  holidays: INDONESIAN_HOLIDAYS,
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
const DAY_MS = 24 * HOUR_MS;

function utcOffsetMs(timeZone: string): number {
  const hours = UTC_OFFSET_HOURS[timeZone];
  if (hours === undefined) {
    throw new RangeError(`Unsupported time zone "${timeZone}"; use one of ${SUPPORTED_TIME_ZONES.join(", ")}`);
  }
  return hours * HOUR_MS;
}

function assertValidDate(date: Date, name: string): void {
  if (Number.isNaN(date.getTime())) throw new RangeError(`${name} is an invalid Date`);
}

/*
 * "Local" dates below are Dates shifted by the zone offset and read with UTC getters, so
 * calendar arithmetic never touches the host's own time zone.
 */
function isWorkingLocal(local: Date, holidays: ReadonlySet<string>): boolean {
  const weekday = local.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidays.has(local.toISOString().slice(0, 10));
}

export function isWorkingDay(date: Date, cal: WorkCalendar = DEFAULT_CALENDAR): boolean {
  assertValidDate(date, "date");
  return isWorkingLocal(new Date(date.getTime() + utcOffsetMs(cal.timeZone)), new Set(cal.holidays));
}

/** Local working hours: a working day from WORKDAY_START_HOUR to WORKDAY_END_HOUR. */
function isWorkingHoursLocal(local: Date, holidays: ReadonlySet<string>): boolean {
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  return isWorkingLocal(local, holidays) && minutes >= WORKDAY_START_HOUR * 60 && minutes <= WORKDAY_END_HOUR * 60;
}

/** The moment itself when offices are open then, otherwise the next opening (08.00 of a working day). */
function openingLocal(local: Date, holidays: ReadonlySet<string>): Date {
  if (isWorkingHoursLocal(local, holidays)) return local;
  const next = new Date(local);
  if (!isWorkingLocal(next, holidays) || next.getUTCHours() >= WORKDAY_END_HOUR) {
    do next.setTime(next.getTime() + DAY_MS);
    while (!isWorkingLocal(next, holidays));
  }
  next.setUTCHours(WORKDAY_START_HOUR, 0, 0, 0);
  return next;
}

/**
 * A time a reporter is given ("paling lambat ...", "petugas membalas mulai ..."): the moment
 * itself within office hours, else the next opening. Never "pukul 00.21".
 */
export function withinWorkingHours(date: Date, cal: WorkCalendar = DEFAULT_CALENDAR): Date {
  assertValidDate(date, "date");
  const offset = utcOffsetMs(cal.timeZone);
  return new Date(openingLocal(new Date(date.getTime() + offset), new Set(cal.holidays)).getTime() - offset);
}

export function isWithinWorkingHours(date: Date, cal: WorkCalendar = DEFAULT_CALENDAR): boolean {
  assertValidDate(date, "date");
  return isWorkingHoursLocal(new Date(date.getTime() + utcOffsetMs(cal.timeZone)), new Set(cal.holidays));
}

/**
 * Adds whole working days, keeping the local time of day: Tuesday 14:00 + 3 is Friday 14:00.
 * A start outside office hours first moves to the next opening (08:00; the same day when
 * before 08:00 on a working day), so a complaint sent on Saturday is not already a day "old"
 * on Monday, and every deadline falls within office hours (never "pukul 00.21").
 */
export function addWorkingDays(start: Date, days: number, cal: WorkCalendar = DEFAULT_CALENDAR): Date {
  assertValidDate(start, "start");
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`days must be a whole number >= 0, got ${days}`);
  }
  const offset = utcOffsetMs(cal.timeZone);
  const holidays = new Set(cal.holidays);
  const local = openingLocal(new Date(start.getTime() + offset), holidays);
  for (let added = 0; added < days; ) {
    local.setTime(local.getTime() + DAY_MS);
    if (isWorkingLocal(local, holidays)) added++;
  }
  return new Date(local.getTime() - offset);
}

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

// ---- Configuration overrides ----------------------------------------------------------

export class SlaConfigError extends Error {
  constructor(
    message: string,
    readonly issues: readonly string[] = [],
  ) {
    super(message);
    this.name = "SlaConfigError";
  }
}

/** Upper bounds catch typos such as minutes given as hours; a year is far beyond any SLA. */
const MAX_HOURS = 24 * 366;
const MAX_WORKING_DAYS = 260;

/** Replaces zod's message for a wrong type only; other issues keep their own message. */
const typeError = (message: string) => (issue: { code?: string }) => (issue.code === "invalid_type" ? message : undefined);

const durationSchema = z
  .strictObject(
    {
      hours: z
        .number({ error: "hours must be a number" })
        .positive("hours must be greater than 0")
        .max(MAX_HOURS, `hours must be at most ${MAX_HOURS}`)
        .optional(),
      workingDays: z
        .number({ error: "workingDays must be a number" })
        .int("workingDays must be a whole number")
        .positive("workingDays must be greater than 0")
        .max(MAX_WORKING_DAYS, `workingDays must be at most ${MAX_WORKING_DAYS}`)
        .optional(),
    },
    { error: typeError('expected {"hours": n} or {"workingDays": n}') },
  )
  .refine((d) => (d.hours === undefined) !== (d.workingDays === undefined), {
    error: 'give exactly one of "hours" or "workingDays"',
  });

const perUrgencySchema = z.strictObject(
  {
    EMERGENCY: durationSchema.optional(),
    HIGH: durationSchema.optional(),
    NORMAL: durationSchema.optional(),
    LOW: durationSchema.optional(),
  },
  { error: typeError(`expected an object with keys ${URGENCIES.join(", ")}`) },
);

const policyOverrideSchema = z.strictObject(
  { firstResponse: perUrgencySchema.optional(), resolution: perUrgencySchema.optional() },
  { error: typeError("expected an object with firstResponse and/or resolution") },
);

function parseJsonText(input: unknown, what: string): unknown {
  if (typeof input !== "string") return input;
  try {
    return JSON.parse(input);
  } catch (e) {
    throw new SlaConfigError(`Invalid ${what}: not valid JSON (${(e as Error).message})`);
  }
}

function toDuration(d: { hours?: number | undefined; workingDays?: number | undefined }): Duration {
  return d.hours !== undefined ? { hours: d.hours } : { workingDays: d.workingDays as number };
}

/**
 * Validates an SLA override (an object, or its JSON text as in SLA_POLICY_JSON). Every key is
 * optional: urgencies left out keep the value from `base`. Unknown keys are errors, so a
 * typo cannot silently leave a default in force. Throws SlaConfigError.
 */
export function parseSlaPolicy(json: unknown, base: SlaPolicy = DEFAULT_SLA_POLICY): SlaPolicy {
  const result = policyOverrideSchema.safeParse(parseJsonText(json, "SLA policy"));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`);
    throw new SlaConfigError(`Invalid SLA policy: ${issues.join("; ")}`, issues);
  }
  const merged: SlaPolicy = { firstResponse: { ...base.firstResponse }, resolution: { ...base.resolution } };
  for (const part of ["firstResponse", "resolution"] as const) {
    for (const urgency of URGENCIES) {
      const d = result.data[part]?.[urgency];
      if (d) merged[part][urgency] = toDuration(d);
    }
  }
  const issues = URGENCIES.flatMap((u) => {
    const first = merged.firstResponse[u];
    const done = merged.resolution[u];
    const later =
      ("hours" in first && "hours" in done && first.hours > done.hours) ||
      ("workingDays" in first && "workingDays" in done && first.workingDays > done.workingDays);
    return later ? [`${u}: first response is due after resolution`] : [];
  });
  if (issues.length) throw new SlaConfigError(`Invalid SLA policy: ${issues.join("; ")}`, issues);
  return merged;
}

/**
 * Parses a holiday list (as in HOLIDAYS): a JSON array of "YYYY-MM-DD" strings, or the same
 * dates separated by commas or whitespace. Returns them sorted and without duplicates;
 * combine with DEFAULT_CALENDAR.holidays or replace them, as the deployment decides.
 */
export function parseHolidays(input: unknown): string[] {
  let items: unknown = input;
  if (typeof input === "string") {
    items = input.trim().startsWith("[") ? parseJsonText(input, "holiday list") : input.split(/[\s,]+/).filter(Boolean);
  }
  if (!Array.isArray(items)) {
    throw new SlaConfigError('Invalid holiday list: expected dates "YYYY-MM-DD" as an array or a comma-separated string');
  }
  const bad = items.filter((d) => typeof d !== "string" || !isIsoDate(d)).map((d) => JSON.stringify(d));
  if (bad.length) {
    throw new SlaConfigError(`Invalid holiday list: not a real date "YYYY-MM-DD": ${bad.join(", ")}`, bad);
  }
  return [...new Set(items as string[])].sort();
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
