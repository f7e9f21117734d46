import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../store/database.js";
import { deleteExpiredSessions, deleteOfficerSessions, deleteSession, findSession, insertSession } from "../../store/officer-sessions.js";

export const SESSION_COOKIE = "pmi_sesi";

/** The signed-in officer, as every console route sees them. */
export interface Officer {
  id: string;
  username: string;
  name: string;
  role: "OFFICER" | "SUPERVISOR" | "ADMIN";
  agencyId: string;
  agencyName: string;
  agencyKind: string;
  sessionId: string;
  csrfToken: string;
}

/**
 * Sessions live in OfficerSession. The cookie holds a random token; the table only its SHA-256,
 * so a copy of the database does not let anyone sign in as an officer.
 */
export function createSessionStore(db: Db, sessionHours: number) {
  const idOf = (token: string) => createHash("sha256").update(token).digest("base64url");
  // Open live streams of this process by session: ended at once when their session is.
  const watchers = new Map<string, Set<() => void>>();
  const ended = (sessionIds: string[]) => {
    for (const id of sessionIds) for (const end of watchers.get(id) ?? []) end();
  };

  return {
    async create(officerId: string, now = new Date()): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
      const token = randomBytes(32).toString("base64url");
      const csrfToken = randomBytes(24).toString("base64url");
      const expiresAt = new Date(now.getTime() + sessionHours * 3600_000);
      await insertSession(db, { id: idOf(token), officerId, csrfToken, expiresAt });
      // Housekeeping at sign-in keeps the table small without a timer.
      await deleteExpiredSessions(db, officerId, now);
      return { token, csrfToken, expiresAt };
    },

    async load(token: string | undefined, now = new Date()): Promise<Officer | null> {
      if (!token || token.length > 100) return null;
      const session = await findSession(db, idOf(token));
      if (!session || session.expiresAt <= now || !session.officer.active) return null;
      const o = session.officer;
      return {
        id: o.id,
        username: o.username,
        name: o.name,
        role: o.role,
        agencyId: o.agencyId,
        agencyName: o.agency.name,
        agencyKind: o.agency.kind,
        sessionId: session.id,
        csrfToken: session.csrfToken,
      };
    },

    async destroy(sessionId: string): Promise<void> {
      await deleteSession(db, sessionId);
      ended([sessionId]);
    },

    /** After a password change every other session of the officer ends; after deactivation or a reset, all of them. */
    async destroyOthers(officerId: string, keepSessionId: string | null): Promise<void> {
      ended(await deleteOfficerSessions(db, officerId, keepSessionId));
    },

    /** Calls `end` when this process ends the session (logout, password change, deactivation); returns the unwatch. */
    watch(sessionId: string, end: () => void): () => void {
      const set = watchers.get(sessionId) ?? new Set();
      set.add(end);
      watchers.set(sessionId, set);
      return () => {
        set.delete(end);
        if (set.size === 0) watchers.delete(sessionId);
      };
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
