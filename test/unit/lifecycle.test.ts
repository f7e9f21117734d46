import { describe, expect, it } from "vitest";
import {
  CASE_STATUSES,
  type CaseStatus,
  InvalidTransitionError,
  STATUS_LABELS,
  allowedTransitions,
  assertTransition,
  canTransition,
  isCaseStatus,
  isOpenStatus,
  isResolvedStatus,
  isSlaPaused,
} from "../../src/core/case-lifecycle.js";

const ALLOWED: Record<CaseStatus, CaseStatus[]> = {
  DITERIMA: ["DIVERIFIKASI", "DITANGANI", "DIRUJUK", "MENUNGGU_KETERANGAN", "DITUTUP"],
  DIVERIFIKASI: ["DITANGANI", "DIRUJUK", "MENUNGGU_KETERANGAN", "DITUTUP"],
  DITANGANI: ["DIRUJUK", "MENUNGGU_KETERANGAN", "SELESAI"],
  DIRUJUK: ["DITANGANI", "MENUNGGU_KETERANGAN", "SELESAI"],
  MENUNGGU_KETERANGAN: ["DITANGANI", "DIRUJUK", "DIVERIFIKASI", "SELESAI", "DITUTUP"],
  SELESAI: ["DITUTUP", "DITANGANI"],
  DITUTUP: [],
};

const allowedPairs = CASE_STATUSES.flatMap((from) => ALLOWED[from].map((to) => [from, to] as const));
const forbiddenPairs = CASE_STATUSES.flatMap((from) =>
  CASE_STATUSES.filter((to) => !ALLOWED[from].includes(to)).map((to) => [from, to] as const),
);

describe("statuses", () => {
  it("match the Prisma enum order and have Indonesian labels", () => {
    expect(CASE_STATUSES).toEqual(["DITERIMA", "DIVERIFIKASI", "DITANGANI", "DIRUJUK", "MENUNGGU_KETERANGAN", "SELESAI", "DITUTUP"]);
    expect(STATUS_LABELS).toEqual({
      DITERIMA: "Diterima",
      DIVERIFIKASI: "Diverifikasi",
      DITANGANI: "Ditangani",
      DIRUJUK: "Dirujuk",
      MENUNGGU_KETERANGAN: "Menunggu Keterangan",
      SELESAI: "Selesai",
      DITUTUP: "Ditutup",
    });
  });

  it("recognises status codes", () => {
    expect(isCaseStatus("DIRUJUK")).toBe(true);
    expect(isCaseStatus("dirujuk")).toBe(false);
    expect(isCaseStatus("CLOSED")).toBe(false);
  });
});

describe("transitions", () => {
  it.each(allowedPairs)("allows %s -> %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each(forbiddenPairs)("forbids %s -> %s", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(() => assertTransition(from, to)).toThrow(InvalidTransitionError);
  });

  it("lists exactly the allowed targets, as a copy", () => {
    for (const from of CASE_STATUSES) {
      expect(allowedTransitions(from).sort()).toEqual([...ALLOWED[from]].sort());
    }
    const list = allowedTransitions("DITERIMA");
    list.length = 0;
    expect(allowedTransitions("DITERIMA")).toHaveLength(5);
  });

  it("never allows staying in the same status", () => {
    for (const s of CASE_STATUSES) expect(canTransition(s, s)).toBe(false);
  });

  it("treats DITUTUP as terminal", () => {
    expect(allowedTransitions("DITUTUP")).toEqual([]);
    for (const to of CASE_STATUSES) expect(canTransition("DITUTUP", to)).toBe(false);
  });

  it("lets every non-terminal status eventually reach DITUTUP", () => {
    for (const start of CASE_STATUSES) {
      const seen = new Set<CaseStatus>([start]);
      const queue: CaseStatus[] = [start];
      while (queue.length) {
        for (const next of allowedTransitions(queue.shift()!)) {
          if (seen.has(next)) continue;
          seen.add(next);
          queue.push(next);
        }
      }
      expect(seen.has("DITUTUP")).toBe(true);
    }
  });

  it("reports from, to and an English message", () => {
    try {
      assertTransition("DITUTUP", "DITANGANI");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidTransitionError);
      const err = e as InvalidTransitionError;
      expect(err.from).toBe("DITUTUP");
      expect(err.to).toBe("DITANGANI");
      expect(err.name).toBe("InvalidTransitionError");
      expect(err.message).toContain("Cannot move a case from DITUTUP to DITANGANI");
      expect(err.message).toContain("terminal");
    }
    expect(() => assertTransition("DITANGANI", "DITERIMA")).toThrow(/allowed from DITANGANI: DIRUJUK, MENUNGGU_KETERANGAN, SELESAI/);
  });
});

describe("helpers", () => {
  it("classifies open, paused and resolved statuses", () => {
    const open = CASE_STATUSES.filter(isOpenStatus);
    const resolved = CASE_STATUSES.filter(isResolvedStatus);
    expect(open).toEqual(["DITERIMA", "DIVERIFIKASI", "DITANGANI", "DIRUJUK", "MENUNGGU_KETERANGAN"]);
    expect(resolved).toEqual(["SELESAI", "DITUTUP"]);
    expect(CASE_STATUSES.filter(isSlaPaused)).toEqual(["MENUNGGU_KETERANGAN"]);
    for (const s of CASE_STATUSES) expect(isOpenStatus(s)).toBe(!isResolvedStatus(s));
  });
});
