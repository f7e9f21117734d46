import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CASE_EVENT_LABELS } from "../../src/core/case-event-labels.js";

const ROOTS = ["src", "queues", "bots"];
/** A file that writes CaseEvent rows, through Prisma, plain SQL, the store's insertCaseEvent or the audit writer. */
const WRITES_EVENTS = /caseEvent\.create|INSERT INTO "CaseEvent"|insertCaseEvent\(|recordAuditEvent|export const AUDIT\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "ui" ? [] : sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** Upper-case literals in those files that are not event types: CSV column names, answer keywords. */
const NOT_EVENT_TYPES = new Set([
  "LAINNYA",
  "TIDAK",
  "REMOVE",
  "TOTAL",
  "MEDIAN_RESPON_JAM",
  "MEDIAN_SELESAI_JAM",
  "RESPON_TEPAT_WAKTU",
  "RESPON_KEPATUHAN_PERSEN",
  "SELESAI_TEPAT_WAKTU",
  "SELESAI_KEPATUHAN_PERSEN",
]);

/** Every enum value of the schema: statuses, roles, urgencies... are not event types. */
function schemaEnumValues(): Set<string> {
  const schema = readFileSync("prisma/schema.prisma", "utf8");
  const values = new Set<string>();
  for (const [, body] of schema.matchAll(/enum \w+ \{([^}]*)\}/g)) for (const [v] of body!.matchAll(/\b[A-Z][A-Z0-9_]+\b/g)) values.add(v);
  return values;
}

/** Upper-case string literals in files that write events: the event types written, minus enum values. */
function writtenEventTypes(): Set<string> {
  const enums = schemaEnumValues();
  const types = new Set<string>();
  for (const file of ROOTS.flatMap(sourceFiles)) {
    const text = readFileSync(file, "utf8");
    if (!WRITES_EVENTS.test(text)) continue;
    for (const [, literal] of text.matchAll(/["'`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})["'`]/g))
      if (!enums.has(literal!) && !NOT_EVENT_TYPES.has(literal!)) types.add(literal!);
  }
  return types;
}

describe("case event labels", () => {
  it("finds the event types written by the intake SQL, the follow flow and the audit writer", () => {
    const types = writtenEventTypes();
    for (const known of [
      "UPDATED_BY_REPORTER",
      "OFFICER_REQUESTED",
      "ESCALATED",
      "FOLLOW_REQUESTED",
      "REVEAL_PII",
      "ACCOUNT_CREATED",
      "CASE_VIEWED",
    ])
      expect(types).toContain(known);
  });

  it("has an Indonesian label for every event type the server writes", () => {
    const missing = [...writtenEventTypes()].filter((type) => !CASE_EVENT_LABELS[type]);
    expect(missing).toEqual([]);
  });
});
