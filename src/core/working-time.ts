import { DEFAULT_CALENDAR, utcOffsetMs, WORKDAY_END_HOUR, WORKDAY_START_HOUR, type WorkCalendar } from "./sla-calendar.js";

/**
 * Office time on a WorkCalendar: is a moment a working day or within office hours, the next
 * opening, whole working days added. Pure: the caller passes the moment and the calendar.
 */

const DAY_MS = 24 * 3_600_000;

/** An invalid Date would otherwise turn every deadline into NaN silently. */
export function assertValidDate(date: Date, name: string): void {
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
