import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../store/database.js";
import { findOfficerByLink, openPasswordLink } from "../../store/officers.js";
import type { Officer } from "./sessions.js";

type Role = Officer["role"];

/** A one-time link to set a password works this long. */
const RESET_HOURS = 24;
/** A stored hash no password matches (verifyPassword accepts only "scrypt$..."): set while a reset link is open. */
export const NO_PASSWORD = "reset-pending";

const hashOf = (token: string) => createHash("sha256").update(token).digest("base64url");

/**
 * Who may manage whose account: an administrator any account; a supervisor the officers
 * (role OFFICER) of their own agency, and only as officers. Nobody changes or deactivates
 * their own account here (no one locks themselves or the last admin out by a click).
 */
export function mayManage(
  actor: Pick<Officer, "id" | "role" | "agencyId">,
  target: { id?: string; agencyId: string; role: Role },
  newRole?: Role,
): boolean {
  if (target.id === actor.id) return false;
  if (actor.role === "ADMIN") return true;
  return (
    actor.role === "SUPERVISOR" &&
    target.agencyId === actor.agencyId &&
    target.role === "OFFICER" &&
    (newRole === undefined || newRole === "OFFICER")
  );
}

/**
 * Opens a one-time link to set a password: the old password stops working at once (a reset is
 * for a forgotten or exposed password). The database keeps only the token's hash.
 */
export async function issuePasswordLink(db: Db, officerId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + RESET_HOURS * 3600_000);
  await openPasswordLink(db, officerId, { passwordHash: NO_PASSWORD, tokenHash: hashOf(token), expiresAt });
  return { token, expiresAt };
}

/** The officer a link belongs to, when it is still open; the caller sets the password and closes it. */
export async function officerOfLink(db: Db, token: string, now = new Date()): Promise<{ id: string; active: boolean } | null> {
  if (!token || token.length > 100) return null;
  const officer = await findOfficerByLink(db, hashOf(token));
  if (!officer || !officer.passwordResetExpiresAt || officer.passwordResetExpiresAt <= now) return null;
  return { id: officer.id, active: officer.active };
}
