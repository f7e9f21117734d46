/**
 * The reporter's own clock: WIB, WITA or WIT at home (by province of origin), the local time
 * of the destination country abroad. Used where a reporter is told when something will happen.
 * Pure; Node's built-in time-zone data handles the zones with summer time (Poland, Turkey's past).
 */
const WITA = new Set(["ID-BA", "ID-NB", "ID-NT", "ID-KS", "ID-KI", "ID-KU", "ID-SA", "ID-ST", "ID-SN", "ID-SG", "ID-GO", "ID-SR"]);
const WIT = new Set(["ID-MA", "ID-MU", "ID-PA", "ID-PB", "ID-PT", "ID-PS", "ID-PE", "ID-PD"]);

/** Destination countries (as src/core/countries.ts names them) and their time zone. */
const COUNTRY_ZONES: Readonly<Record<string, string>> = {
  Malaysia: "Asia/Kuala_Lumpur",
  Singapura: "Asia/Singapore",
  "Brunei Darussalam": "Asia/Brunei",
  Taiwan: "Asia/Taipei",
  "Hong Kong": "Asia/Hong_Kong",
  Makau: "Asia/Macau",
  Tiongkok: "Asia/Shanghai",
  "Korea Selatan": "Asia/Seoul",
  Jepang: "Asia/Tokyo",
  Thailand: "Asia/Bangkok",
  Kamboja: "Asia/Phnom_Penh",
  Myanmar: "Asia/Yangon",
  Laos: "Asia/Vientiane",
  Vietnam: "Asia/Ho_Chi_Minh",
  Filipina: "Asia/Manila",
  "Timor Leste": "Asia/Dili",
  "Arab Saudi": "Asia/Riyadh",
  "Uni Emirat Arab": "Asia/Dubai",
  Qatar: "Asia/Qatar",
  Kuwait: "Asia/Kuwait",
  Oman: "Asia/Muscat",
  Bahrain: "Asia/Bahrain",
  Yordania: "Asia/Amman",
  Turki: "Europe/Istanbul",
  Polandia: "Europe/Warsaw",
};

export interface ReporterClock {
  timeZone: string;
  /** "WIB", "WITA", "WIT", or "waktu Arab Saudi". */
  label: string;
}

export function reporterClock(where: { provinceId?: string | null; country?: string | null }): ReporterClock {
  const zone = where.country ? COUNTRY_ZONES[where.country] : undefined;
  if (zone) return { timeZone: zone, label: `waktu ${where.country}` };
  if (where.provinceId && WITA.has(where.provinceId)) return { timeZone: "Asia/Makassar", label: "WITA" };
  if (where.provinceId && WIT.has(where.provinceId)) return { timeZone: "Asia/Jayapura", label: "WIT" };
  return { timeZone: "Asia/Jakarta", label: "WIB" };
}

const DAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

/** "Senin, 30 November 2026 pukul 09.00 waktu Arab Saudi" */
export function formatForReporter(date: Date, clock: ReporterClock): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: clock.timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      weekday: "short",
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(parts.weekday!);
  return (
    `${DAYS[weekday]}, ${Number(parts.day)} ${MONTHS[Number(parts.month) - 1]} ${parts.year} pukul ` +
    `${parts.hour}.${parts.minute} ${clock.label}`
  );
}
