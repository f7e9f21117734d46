/**
 * Reply templates' placeholders: {tiket}, {nama} and {kantor} are filled with the case's ticket,
 * the worker's (or reporter's) name and the officer's office when a template is inserted.
 */
export const TEMPLATE_PLACEHOLDERS = ["tiket", "nama", "kantor"] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

const BRACED = /\{([^{}\s]{1,30})\}/g;

/** Placeholders written in a template that are not one of ours ("{tiket }" typo, "{ticket}"). */
export function unknownPlaceholders(text: string): string[] {
  const found = [...text.matchAll(BRACED)].map((m) => m[1]!);
  return [...new Set(found.filter((p) => !(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(p)))];
}

/** The template with its placeholders filled; an unknown value leaves no empty gap behind. */
export function fillTemplate(text: string, values: Partial<Record<TemplatePlaceholder, string | null>>): string {
  return text
    .replace(BRACED, (whole, name: string) =>
      (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name) ? (values[name as TemplatePlaceholder] ?? "") : whole,
    )
    .replace(/ {2,}/g, " ")
    .replace(/ ([,.])/g, "$1");
}
