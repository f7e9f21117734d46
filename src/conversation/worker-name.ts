/** Reading the answer to "what is the worker's name?" (a family member reporting for a worker). */
import { parseOnBehalf } from "./answers.js";
import { parseWorkerPhone } from "./follow-commands.js";

/**
 * The label left once the number is taken out ("Siti, no wa: 0812..."). Matched on trimmed
 * text: the former "\s*[:.]?\s*$" was quadratic on a long run of spaces after a label.
 */
const TRAILING_PHONE_LABEL = /\b(?:no\.?|nomor|nomer|nmr|wa|whatsapp|hp|telp|telepon)(?:\s*[:.])?$/i;

/** "Siti Aminah, adik saya" → name and relationship; the name is kept as typed (trimmed). */
export function parseWorkerName(text: string): { name: string; relationship?: string; phone?: string } {
  // The question also asks for the worker's WhatsApp number, if the family knows it.
  const phone = parseWorkerPhone(text);
  const withoutPhone = phone ? text.replace(phone.matched, " ").trimEnd().replace(TRAILING_PHONE_LABEL, "").trim() : text;
  const cleaned = withoutPhone.replace(/^(nama(nya)?|namanya adalah|dia bernama)\s*[:\-]?\s*/i, "").trim();
  const relation = parseOnBehalf(cleaned, false);
  const name = cleaned
    .split(/[,;\n]|\b(adik|kakak|anak|suami|istri|isteri|ibu|bapak|ayah|keponakan|sepupu|saudara|ponakan)\b/i)[0]
    ?.trim()
    .slice(0, 120);
  return {
    name: name || cleaned.slice(0, 120),
    ...(relation?.relationship ? { relationship: relation.relationship } : {}),
    ...(phone ? { phone: phone.phone } : {}),
  };
}
