import type { Db } from "./database.js";

/** Officers' sessions, under the SHA-256 of their cookie token (never the token itself). */

export async function insertSession(db: Db, session: { id: string; officerId: string; csrfToken: string; expiresAt: Date }): Promise<void> {
  await db.officerSession.create({ data: session });
}

/** Removes the officer's sessions that expired before `now`. */
export async function deleteExpiredSessions(db: Db, officerId: string, now: Date): Promise<void> {
  await db.officerSession.deleteMany({ where: { officerId, expiresAt: { lt: now } } });
}

/** A session with its officer and the officer's agency. */
export async function findSession(db: Db, id: string) {
  return db.officerSession.findUnique({
    where: { id },
    select: {
      id: true,
      csrfToken: true,
      expiresAt: true,
      officer: {
        select: {
          id: true,
          username: true,
          name: true,
          role: true,
          active: true,
          agencyId: true,
          agency: { select: { name: true, kind: true } },
        },
      },
    },
  });
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.officerSession.deleteMany({ where: { id } });
}

/** Ends every session of the officer but `keepId` (all of them without one); resolves the ended ids. */
export async function deleteOfficerSessions(db: Db, officerId: string, keepId: string | null): Promise<string[]> {
  const where = { officerId, ...(keepId ? { id: { not: keepId } } : {}) };
  const gone = await db.officerSession.findMany({ where, select: { id: true } });
  await db.officerSession.deleteMany({ where });
  return gone.map((g) => g.id);
}
