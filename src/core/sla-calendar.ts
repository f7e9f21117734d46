/**
 * The office calendar that deadlines and promised times count on: the time zones offices keep,
 * their opening hours and their non-working days. Data and the zone offset only; the arithmetic on it
 * is in working-time.ts, the deployment's extra holidays (HOLIDAYS) are parsed by sla-config.ts.
 */

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

const HOUR_MS = 3_600_000;

/** The fixed UTC offset of a supported zone, in milliseconds. */
export function utcOffsetMs(timeZone: string): number {
  const hours = UTC_OFFSET_HOURS[timeZone];
  if (hours === undefined) {
    throw new RangeError(`Unsupported time zone "${timeZone}"; use one of ${SUPPORTED_TIME_ZONES.join(", ")}`);
  }
  return hours * HOUR_MS;
}

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
