/**
 * Masks a personal identifier for display until an officer reveals it (Pasal KERAHASIAAN):
 * phones keep the country code, the first three and last three digits ("+62 812-****-789");
 * passport and NIK numbers keep their first two and last two characters.
 */
export function maskIdentifier(value: string | null | undefined, kind: "phone" | "document"): string | null {
  if (!value) return null;
  if (kind === "phone") {
    const digits = value.replace(/\D/g, "");
    if (digits.length < 7) return "****";
    if (digits.startsWith("62")) return `+62 ${digits.slice(2, 5)}-****-${digits.slice(-3)}`;
    if (digits.startsWith("0")) return `${digits.slice(0, 4)}-****-${digits.slice(-3)}`;
    return `+${digits.slice(0, 3)}-****-${digits.slice(-3)}`;
  }
  const clean = value.replace(/\s/g, "");
  if (clean.length <= 4) return "****";
  return `${clean.slice(0, 2)}${"*".repeat(Math.min(clean.length - 4, 12))}${clean.slice(-2)}`;
}

/**
 * Candidate identifiers inside free text. Bounded repetitions only, so the cost stays linear
 * in the text (issue 13.2). A run of digits with separators, or a passport number (one or two
 * letters and seven digits, as Indonesian passports are written).
 */
const DIGIT_RUN = /\+?\d[\d .-]{6,22}\d/g;
const PASSPORT = /\b[A-Z]{1,2} ?\d{7}\b/gi;

/** What a digit run is: a NIK (16 digits), a phone (8–15 digits starting +, 0 or 62), or neither (an amount, a date). */
function digitRunMask(run: string): string | null {
  const digits = run.replace(/\D/g, "");
  if (digits.length === 16 && !run.startsWith("+")) return maskIdentifier(digits, "document");
  if (digits.length >= 8 && digits.length <= 15 && (run.startsWith("+") || digits.startsWith("0") || digits.startsWith("62")))
    return maskIdentifier(run, "phone");
  return null;
}

/**
 * Masks the phone, passport and NIK numbers a reporter or officer wrote inside a description or
 * message, the same way the identifier fields are masked, until an officer reveals them.
 */
export function maskIdentifiersInText(text: string): string;
export function maskIdentifiersInText(text: string | null): string | null;
export function maskIdentifiersInText(text: string | null): string | null {
  if (!text) return text;
  return text
    .replace(DIGIT_RUN, (run) => digitRunMask(run.trimEnd()) ?? run)
    .replace(PASSPORT, (value) => maskIdentifier(value, "document") ?? value);
}
