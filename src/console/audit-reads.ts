import { recordAuditEvent } from "../audit/record-audit-event.js";
import type { CaseEventType } from "../core/case-event-labels.js";
import type { ConsoleDeps } from "./console-deps.js";
import type { Officer } from "./auth/sessions.js";

/** Audit event types for reading personal data; kept out of the case timeline (they are not case changes). */
export const READ_EVENTS = {
  caseViewed: "CASE_VIEWED",
  threadRead: "THREAD_READ",
  attachmentOpened: "ATTACHMENT_OPENED",
  identifierSearch: "IDENTIFIER_SEARCH",
} as const satisfies Record<string, CaseEventType>;
export const READ_EVENT_TYPES: string[] = Object.values(READ_EVENTS);

/**
 * The console re-reads an open case on every live update and a thread's images on every
 * redraw; one event per officer, case and kind of read within this window says the same.
 */
const REPEAT_WINDOW_MS = 10 * 60_000;

export interface ReadEntry {
  type: CaseEventType;
  /** null for a read about no single case (a phone search). */
  caseId: string | null;
  /** What was read, when finer than the case (an attachment id); part of the repeat key. */
  targetId?: string;
  note: string;
  data?: Record<string, string | number | boolean | string[]>;
}

/**
 * Writes an audit event for a read of personal data (who, which case, what, when), at most
 * once per officer, case and target within REPEAT_WINDOW_MS (remembered in Redis, shared by
 * every console process). `repeat: true` writes every time (reveals, searches).
 */
export function createReadAudit(ctx: Pick<ConsoleDeps, "db" | "redis" | "config">) {
  return async function auditRead(officer: Officer, entry: ReadEntry, options: { repeat?: boolean } = {}): Promise<void> {
    if (!options.repeat) {
      const key = `${ctx.config.QUEUE_PREFIX}:read-audit:${entry.type}:${officer.id}:${entry.caseId}:${entry.targetId ?? ""}`;
      if ((await ctx.redis.set(key, "1", "PX", REPEAT_WINDOW_MS, "NX")) !== "OK") return;
    }
    await recordAuditEvent(ctx.db, {
      type: entry.type,
      caseId: entry.caseId,
      officerId: officer.id,
      agencyId: officer.agencyId,
      note: entry.note,
      ...(entry.data ? { data: entry.data } : {}),
    });
  };
}

export type ReadAudit = ReturnType<typeof createReadAudit>;
