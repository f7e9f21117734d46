import type { Db } from "./database.js";

export type OfficerRole = "OFFICER" | "SUPERVISOR" | "ADMIN";

/** Officer accounts. Passwords are stored as hashes and reset links as the hash of their token. */

export async function findOfficerForSignIn(db: Db, username: string) {
  return db.officer.findUnique({ where: { username }, select: { id: true, passwordHash: true, active: true } });
}

export async function findPasswordHash(db: Db, officerId: string): Promise<string> {
  return (await db.officer.findUniqueOrThrow({ where: { id: officerId }, select: { passwordHash: true } })).passwordHash;
}

export async function setPasswordHash(db: Db, officerId: string, passwordHash: string): Promise<void> {
  await db.officer.update({ where: { id: officerId }, data: { passwordHash } });
}

/** Sets the password and closes any reset link. */
export async function setPasswordClosingLink(db: Db, officerId: string, passwordHash: string): Promise<void> {
  await db.officer.update({ where: { id: officerId }, data: { passwordHash, passwordResetHash: null, passwordResetExpiresAt: null } });
}

/** Opens a reset link (only its hash is stored); `passwordHash` replaces the old one at once. */
export async function openPasswordLink(
  db: Db,
  officerId: string,
  link: { passwordHash: string; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db.officer.update({
    where: { id: officerId },
    data: { passwordHash: link.passwordHash, passwordResetHash: link.tokenHash, passwordResetExpiresAt: link.expiresAt },
  });
}

export async function findOfficerByLink(db: Db, tokenHash: string) {
  return db.officer.findUnique({
    where: { passwordResetHash: tokenHash },
    select: { id: true, active: true, passwordResetExpiresAt: true },
  });
}

export async function findAccount(db: Db, officerId: string) {
  return db.officer.findUnique({
    where: { id: officerId },
    select: { id: true, username: true, agencyId: true, role: true, active: true },
  });
}

export async function isUsernameTaken(db: Db, username: string): Promise<boolean> {
  return (await db.officer.findUnique({ where: { username }, select: { id: true } })) !== null;
}

/** Accounts, of one agency or (without `agencyId`) of all, by agency and username. */
export async function listAccounts(db: Db, agencyId?: string) {
  return db.officer.findMany({
    where: agencyId ? { agencyId } : {},
    orderBy: [{ agencyId: "asc" }, { username: "asc" }],
    select: {
      id: true,
      username: true,
      name: true,
      role: true,
      active: true,
      agencyId: true,
      createdAt: true,
      passwordResetExpiresAt: true,
      agency: { select: { name: true } },
    },
  });
}

export async function insertOfficer(
  db: Db,
  officer: { username: string; name: string; agencyId: string; role: OfficerRole; passwordHash: string },
): Promise<{ id: string; username: string }> {
  return db.officer.create({ data: officer, select: { id: true, username: true } });
}

export async function setAccountActive(db: Db, officerId: string, active: boolean): Promise<void> {
  await db.officer.update({ where: { id: officerId }, data: { active } });
}

export async function setAccountRole(db: Db, officerId: string, role: OfficerRole): Promise<void> {
  await db.officer.update({ where: { id: officerId }, data: { role } });
}
