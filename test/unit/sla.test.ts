import { describe, expect, it } from "vitest";
import { addDuration, computeDeadlines, DEFAULT_SLA_POLICY, shiftDeadlines, slaState } from "../../src/core/sla.js";
import { DEFAULT_CALENDAR, SUPPORTED_TIME_ZONES, type WorkCalendar } from "../../src/core/sla-calendar.js";
import { parseHolidays, parseSlaPolicy, SlaConfigError } from "../../src/core/sla-config.js";
import { URGENCIES } from "../../src/core/urgency.js";
import { addWorkingDays, isWithinWorkingHours, isWorkingDay, withinWorkingHours } from "../../src/core/working-time.js";

/** Fixed instants written with their local offset: +07:00 WIB, +08:00 WITA, +09:00 WIT. */
const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;
const NO_HOLIDAYS: WorkCalendar = { timeZone: "Asia/Jakarta", holidays: [] };

describe("default calendar", () => {
  it("uses Jakarta time and only real, sorted, unique dates", () => {
    expect(DEFAULT_CALENDAR.timeZone).toBe("Asia/Jakarta");
    const list = DEFAULT_CALENDAR.holidays;
    expect(parseHolidays([...list])).toEqual(list);
  });

  it("covers 2025, 2026 and 2027", () => {
    const years = new Set(DEFAULT_CALENDAR.holidays.map((d) => d.slice(0, 4)));
    expect([...years]).toEqual(["2025", "2026", "2027"]);
  });

  it.each([
    ["2025-04-07", "cuti bersama Idul Fitri 2025"],
    ["2025-08-18", "cuti bersama HUT ke-80 RI"],
    ["2026-03-20", "cuti bersama Idul Fitri 2026"],
    ["2026-03-23", "cuti bersama Idul Fitri 2026"],
    ["2026-12-24", "cuti bersama Natal 2026"],
    ["2027-03-26", "Wafat Yesus Kristus 2027"],
  ])("treats %s (%s) as a non-working day", (date) => {
    expect(isWorkingDay(at(`${date}T10:00:00+07:00`))).toBe(false);
  });

  it("judges the day in the calendar's zone, not UTC", () => {
    // Monday 2026-11-23 05:00 WIB is still Sunday in UTC.
    expect(isWorkingDay(at("2026-11-23T05:00:00+07:00"))).toBe(true);
    expect(isWorkingDay(at("2026-11-22T23:00:00+07:00"))).toBe(false);
  });
});

describe("addWorkingDays", () => {
  it("skips the weekend: Friday 16:00 WIB + 3 is Wednesday 16:00 WIB", () => {
    expect(addWorkingDays(at("2026-11-20T16:00:00+07:00"), 3)).toEqual(at("2026-11-25T16:00:00+07:00"));
  });

  it("skips Nyepi and Idul Fitri 2026 with their cuti bersama", () => {
    // Tue 17 Mar; 18-24 Mar are Nyepi, Idul Fitri, cuti bersama and a weekend.
    expect(addWorkingDays(at("2026-03-17T10:00:00+07:00"), 3)).toEqual(at("2026-03-27T10:00:00+07:00"));
    expect(addWorkingDays(at("2026-03-17T10:00:00+07:00"), 3, NO_HOLIDAYS)).toEqual(at("2026-03-20T10:00:00+07:00"));
  });

  it("starts a weekend complaint at 08:00 on the next working day", () => {
    // Saturday 10:00 -> counting from Monday 08:00 -> Thursday 08:00.
    expect(addWorkingDays(at("2026-11-21T10:00:00+07:00"), 3)).toEqual(at("2026-11-26T08:00:00+07:00"));
    // Christmas Eve (cuti bersama), Christmas, weekend -> Monday 28 Dec 08:00, + 1.
    expect(addWorkingDays(at("2026-12-24T09:00:00+07:00"), 1)).toEqual(at("2026-12-29T08:00:00+07:00"));
    expect(addWorkingDays(at("2026-11-21T10:00:00+07:00"), 0)).toEqual(at("2026-11-23T08:00:00+07:00"));
  });

  it("moves a start outside office hours to the next opening, so deadlines fall within office hours", () => {
    expect(addWorkingDays(at("2026-11-20T23:30:00+07:00"), 0)).toEqual(at("2026-11-23T08:00:00+07:00"));
    expect(addWorkingDays(at("2026-11-20T23:30:00+07:00"), 1)).toEqual(at("2026-11-24T08:00:00+07:00"));
    // 00.21 on a Tuesday: counted from 08.00 that day, never "pukul 00.21".
    expect(addWorkingDays(at("2026-11-24T00:21:00+07:00"), 3)).toEqual(at("2026-11-27T08:00:00+07:00"));
    // Within office hours the time of day is kept.
    expect(addWorkingDays(at("2026-11-24T14:10:00+07:00"), 3)).toEqual(at("2026-11-27T14:10:00+07:00"));
  });

  it("gives reporters times within office hours", () => {
    expect(withinWorkingHours(at("2026-11-24T00:21:00+07:00"))).toEqual(at("2026-11-24T08:00:00+07:00"));
    expect(withinWorkingHours(at("2026-11-24T17:05:00+07:00"))).toEqual(at("2026-11-25T08:00:00+07:00"));
    expect(withinWorkingHours(at("2026-11-27T19:00:00+07:00"))).toEqual(at("2026-11-30T08:00:00+07:00"));
    expect(withinWorkingHours(at("2026-11-24T10:00:00+07:00"))).toEqual(at("2026-11-24T10:00:00+07:00"));
    expect(isWithinWorkingHours(at("2026-11-24T10:00:00+07:00"))).toBe(true);
    expect(isWithinWorkingHours(at("2026-11-28T10:00:00+07:00"))).toBe(false);
  });

  it("counts in the calendar's own zone", () => {
    const start = at("2026-11-22T16:30:00Z"); // Sun 23:30 WIB, but Mon 01:30 WIT
    expect(addWorkingDays(start, 1)).toEqual(at("2026-11-24T08:00:00+07:00"));
    expect(addWorkingDays(start, 1, { timeZone: "Asia/Jayapura", holidays: [] })).toEqual(at("2026-11-24T08:00:00+09:00"));
    expect(addWorkingDays(at("2026-11-20T16:00:00+08:00"), 3, { timeZone: "Asia/Makassar", holidays: [] })).toEqual(
      at("2026-11-25T16:00:00+08:00"),
    );
  });

  it("rejects bad input clearly", () => {
    const start = at("2026-11-20T16:00:00+07:00");
    expect(() => addWorkingDays(start, -1)).toThrow(/whole number >= 0/);
    expect(() => addWorkingDays(start, 1.5)).toThrow(/whole number >= 0/);
    expect(() => addWorkingDays(new Date("nope"), 1)).toThrow(/invalid Date/);
    expect(() => addWorkingDays(start, 1, { timeZone: "Europe/Berlin", holidays: [] })).toThrow(/Unsupported time zone "Europe\/Berlin"/);
    expect(SUPPORTED_TIME_ZONES).toEqual(["Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"]);
  });
});

describe("computeDeadlines", () => {
  it("runs emergency first response on clock hours, through the weekend", () => {
    const saturdayNight = at("2026-11-21T23:00:00+07:00");
    const d = computeDeadlines(saturdayNight, "EMERGENCY");
    expect(d.firstResponseDueAt).toEqual(at("2026-11-22T01:00:00+07:00"));
    // 5 working days counted from Monday 08:00.
    expect(d.resolutionDueAt).toEqual(at("2026-11-30T08:00:00+07:00"));
  });

  it("applies the default policy per urgency", () => {
    const friday = at("2026-11-20T16:00:00+07:00");
    expect(computeDeadlines(friday, "HIGH")).toEqual({
      firstResponseDueAt: at("2026-11-21T16:00:00+07:00"),
      resolutionDueAt: at("2026-12-02T16:00:00+07:00"),
    });
    expect(computeDeadlines(friday, "NORMAL")).toEqual({
      firstResponseDueAt: at("2026-11-25T16:00:00+07:00"),
      resolutionDueAt: at("2026-12-10T16:00:00+07:00"),
    });
    expect(computeDeadlines(friday, "LOW").resolutionDueAt).toEqual(at("2026-11-27T16:00:00+07:00"));
  });

  it("uses a given policy and calendar", () => {
    const policy = parseSlaPolicy({ firstResponse: { NORMAL: { hours: 1.5 } } });
    const d = computeDeadlines(at("2026-03-17T10:00:00+07:00"), "NORMAL", policy, NO_HOLIDAYS);
    expect(d.firstResponseDueAt).toEqual(at("2026-03-17T11:30:00+07:00"));
    expect(d.resolutionDueAt).toEqual(at("2026-04-06T10:00:00+07:00"));
    expect(addDuration(at("2026-03-17T10:00:00+07:00"), { workingDays: 1 })).toEqual(at("2026-03-25T10:00:00+07:00"));
  });

  it("has a default for every urgency, first response never after resolution", () => {
    for (const u of URGENCIES) {
      const d = computeDeadlines(at("2026-11-20T16:00:00+07:00"), u);
      expect(d.firstResponseDueAt.getTime()).toBeLessThanOrEqual(d.resolutionDueAt.getTime());
    }
    expect(Object.keys(DEFAULT_SLA_POLICY.firstResponse)).toEqual([...URGENCIES]);
    expect(Object.keys(DEFAULT_SLA_POLICY.resolution)).toEqual([...URGENCIES]);
  });
});

describe("pausing", () => {
  const deadlines = {
    firstResponseDueAt: at("2026-11-20T12:00:00+07:00"),
    resolutionDueAt: at("2026-11-25T16:00:00+07:00"),
  };

  it("moves running deadlines later by the paused wall-clock time", () => {
    const shifted = shiftDeadlines(deadlines, at("2026-11-20T10:00:00+07:00"), at("2026-11-22T10:00:00+07:00"));
    expect(shifted).toEqual({
      firstResponseDueAt: at("2026-11-22T12:00:00+07:00"),
      resolutionDueAt: at("2026-11-27T16:00:00+07:00"),
    });
    expect(deadlines.resolutionDueAt).toEqual(at("2026-11-25T16:00:00+07:00"));
  });

  it("does not excuse a deadline already breached when the pause began", () => {
    const shifted = shiftDeadlines(deadlines, at("2026-11-20T14:00:00+07:00"), at("2026-11-21T14:00:00+07:00"));
    expect(shifted.firstResponseDueAt).toEqual(deadlines.firstResponseDueAt);
    expect(shifted.resolutionDueAt).toEqual(at("2026-11-26T16:00:00+07:00"));
  });

  it("moves a deadline falling exactly at the pause, which was not yet breached", () => {
    const shifted = shiftDeadlines(deadlines, deadlines.firstResponseDueAt, at("2026-11-20T13:00:00+07:00"));
    expect(shifted.firstResponseDueAt).toEqual(at("2026-11-20T13:00:00+07:00"));
    expect(shiftDeadlines(deadlines, at("2026-11-20T10:00:00Z"), at("2026-11-20T10:00:00Z"))).toEqual(deadlines);
  });

  it("rejects a resume before the pause", () => {
    expect(() => shiftDeadlines(deadlines, at("2026-11-21T00:00:00Z"), at("2026-11-20T00:00:00Z"))).toThrow(/resumedAt is before pausedAt/);
  });
});

describe("slaState", () => {
  const due = at("2026-11-25T16:00:00+07:00");
  const before = at("2026-11-25T13:00:00+07:00");
  const after = at("2026-11-25T19:00:00+07:00");

  it("is running before the deadline and breached after it", () => {
    expect(slaState(before, due)).toEqual({ state: "running", remainingMs: 3 * HOUR });
    expect(slaState(due, due)).toEqual({ state: "running", remainingMs: 0 });
    expect(slaState(after, due, null, null)).toEqual({ state: "breached", remainingMs: -3 * HOUR });
  });

  it("is met or breached once done, whatever the time now", () => {
    expect(slaState(after, due, before)).toEqual({ state: "met", remainingMs: 3 * HOUR });
    expect(slaState(after, due, due).state).toBe("met");
    expect(slaState(before, due, after)).toEqual({ state: "breached", remainingMs: -3 * HOUR });
  });

  it("freezes the remaining time while paused", () => {
    expect(slaState(after, due, null, before)).toEqual({ state: "paused", remainingMs: 3 * HOUR });
    expect(slaState(at("2026-12-31T00:00:00Z"), due, undefined, before).remainingMs).toBe(3 * HOUR);
    // Breached before the pause began stays breached.
    expect(slaState(after, due, null, after)).toEqual({ state: "breached", remainingMs: -3 * HOUR });
    // Done wins over paused.
    expect(slaState(after, due, before, before).state).toBe("met");
  });
});

describe("parseSlaPolicy", () => {
  it("returns the defaults for an empty override and merges partial ones", () => {
    expect(parseSlaPolicy({})).toEqual(DEFAULT_SLA_POLICY);
    const p = parseSlaPolicy('{"firstResponse":{"NORMAL":{"hours":4}},"resolution":{"LOW":{"workingDays":10}}}');
    expect(p.firstResponse).toEqual({ ...DEFAULT_SLA_POLICY.firstResponse, NORMAL: { hours: 4 } });
    expect(p.resolution).toEqual({ ...DEFAULT_SLA_POLICY.resolution, LOW: { workingDays: 10 } });
    expect(DEFAULT_SLA_POLICY.firstResponse.NORMAL).toEqual({ workingDays: 3 });
  });

  it.each([
    ["[", /not valid JSON/],
    [42, /\(root\): expected an object with firstResponse and\/or resolution/],
    [{ firstResponse: { NORMAL: { hour: 3 } } }, /firstResponse\.NORMAL: Unrecognized key: "hour"/],
    [{ firstResponse: { URGENT: { hours: 3 } } }, /firstResponse: Unrecognized key: "URGENT"/],
    [{ resolutions: {} }, /Unrecognized key: "resolutions"/],
    [{ resolution: { HIGH: 3 } }, /resolution\.HIGH: expected \{"hours": n\} or \{"workingDays": n\}/],
    [{ resolution: { HIGH: { hours: 0 } } }, /resolution\.HIGH\.hours: hours must be greater than 0/],
    [{ resolution: { HIGH: { hours: "2" } } }, /resolution\.HIGH\.hours: hours must be a number/],
    [{ resolution: { HIGH: { workingDays: 2.5 } } }, /workingDays must be a whole number/],
    [{ resolution: { HIGH: { workingDays: 1000 } } }, /workingDays must be at most 260/],
    [{ resolution: { HIGH: { hours: 2, workingDays: 1 } } }, /give exactly one of "hours" or "workingDays"/],
    [{ resolution: { HIGH: {} } }, /give exactly one of "hours" or "workingDays"/],
    [{ firstResponse: { NORMAL: { workingDays: 20 } } }, /NORMAL: first response is due after resolution/],
  ])("rejects %j", (input, message) => {
    expect(() => parseSlaPolicy(input)).toThrow(SlaConfigError);
    expect(() => parseSlaPolicy(input)).toThrow(message);
  });

  it("lists every issue", () => {
    try {
      parseSlaPolicy({ firstResponse: { HIGH: { hours: -1 } }, resolution: { LOW: { workingDays: 0 } } });
      expect.unreachable();
    } catch (e) {
      expect((e as SlaConfigError).issues).toHaveLength(2);
      expect((e as Error).message).toMatch(/^Invalid SLA policy: /);
    }
  });
});

describe("parseHolidays", () => {
  it("accepts a JSON array or a comma/space separated list", () => {
    expect(parseHolidays('["2026-11-30","2026-11-27"]')).toEqual(["2026-11-27", "2026-11-30"]);
    expect(parseHolidays("2026-11-30, 2026-11-27 2026-11-27")).toEqual(["2026-11-27", "2026-11-30"]);
    expect(parseHolidays("")).toEqual([]);
  });

  it("rejects impossible dates and other shapes", () => {
    expect(() => parseHolidays("2026-02-30")).toThrow(/not a real date "YYYY-MM-DD": "2026-02-30"/);
    expect(() => parseHolidays(["27-11-2026"])).toThrow(SlaConfigError);
    expect(() => parseHolidays({ date: "2026-11-27" })).toThrow(/expected dates/);
  });

  it("extends the default calendar", () => {
    const cal = { ...DEFAULT_CALENDAR, holidays: [...DEFAULT_CALENDAR.holidays, ...parseHolidays("2026-11-27")] };
    expect(addWorkingDays(at("2026-11-25T10:00:00+07:00"), 2, cal)).toEqual(at("2026-11-30T10:00:00+07:00"));
  });
});
