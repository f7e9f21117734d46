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
