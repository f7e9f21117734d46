import { agencyExists } from "../../store/agencies.js";
import type { Db } from "../../store/database.js";
import { insertOfficer, isUsernameTaken } from "../../store/officers.js";
import { hashPassword, passwordProblem } from "./password.js";

export interface NewOfficer {
  username: string;
  name: string;
  agencyId: string;
  role: "OFFICER" | "SUPERVISOR" | "ADMIN";
  password: string;
}

export class OfficerInputError extends Error {}

/** Creates an officer account of one agency (usernames are stored lower-case). */
export async function createOfficer(db: Db, input: NewOfficer): Promise<{ id: string; username: string }> {
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9._-]{3,50}$/.test(username))
    throw new OfficerInputError("Nama pengguna 3–50 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.");
  if (!input.name.trim()) throw new OfficerInputError("Nama lengkap wajib diisi.");
  const problem = passwordProblem(input.password);
  if (problem) throw new OfficerInputError(problem);
  if (!(await agencyExists(db, input.agencyId))) throw new OfficerInputError(`Instansi "${input.agencyId}" tidak dikenal.`);
  if (await isUsernameTaken(db, username)) throw new OfficerInputError(`Nama pengguna "${username}" sudah dipakai.`);
  return insertOfficer(db, {
    username,
    name: input.name.trim(),
    agencyId: input.agencyId,
    role: input.role,
    passwordHash: await hashPassword(input.password),
  });
}
