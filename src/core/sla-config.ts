import { z } from "zod";
import { DEFAULT_SLA_POLICY, type Duration, type SlaPolicy } from "./sla.js";
import { URGENCIES } from "./urgency.js";

/**
 * The deployment's SLA overrides (SLA_POLICY_JSON) and extra holidays (HOLIDAYS), validated:
 * a typo fails at start with every problem named, instead of leaving a default in force.
 */

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
