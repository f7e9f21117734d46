import { dictionary } from "@zxcvbn-ts/language-common";
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * Password hashing with scrypt (memory-hard, built into node: no native build). The stored
 * string carries its own parameters and salt, so the cost can be raised later without
 * invalidating existing hashes: "scrypt$N$r$p$salt$hash" (base64url).
 */
/** OWASP's current minimum for scrypt (N=2^17, r=8, p=1: 128 MiB and a few hundred ms per hash). */
const PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  // maxmem must exceed 128 * N * r (128 MiB for the defaults).
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 2 ** 20) return false;
  const expected = Buffer.from(parts[5]!, "base64url");
  const key = await derive(password, Buffer.from(parts[4]!, "base64url"), { N, r, p });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A stored hash made with other parameters than today's (an older, cheaper cost): rehash it at the next sign-in. */
export function needsRehash(stored: string): boolean {
  const [kind, N, r, p] = stored.split("$");
  return kind !== "scrypt" || Number(N) !== PARAMS.N || Number(r) !== PARAMS.r || Number(p) !== PARAMS.p;
}

/** Same cost as a real check: an unknown username takes as long as a wrong password. */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("tidak-ada-akun");
  await verifyPassword(password, await dummyHash);
}

/**
 * The ~49,000 most common passwords of public breach lists (zxcvbn-ts' common list), plus words
 * people here reach for first. A password is refused when it is one of them, also with digits
 * or signs added at the end ("indonesia2024!").
 */
const LOCAL_COMMON = [
  "katasandi",
  "kata sandi",
  "rahasia",
  "sandi",
  "pengaduan",
  "bp3mi",
  "kp2mi",
  "bnp2tki",
  "konsol",
  "petugas",
  "admin",
  "administrator",
  "supervisor",
  "pmi",
];
let common: Set<string> | undefined;
function isCommonPassword(password: string): boolean {
  common ??= new Set([...dictionary["passwords-common"], ...LOCAL_COMMON]);
  const lower = password.normalize("NFKC").toLowerCase();
  const base = lower.replace(/[\d\W_]+$/u, "");
  return common.has(lower) || (base.length > 0 && common.has(base)) || /^(.)\1*$/u.test(lower);
}

/** Minimum rules for officers' passwords: long enough, not a common one; message shown in the console. */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return "Kata sandi minimal 10 karakter.";
  if (password.length > 200) return "Kata sandi terlalu panjang (maksimal 200 karakter).";
  if (isCommonPassword(password)) return "Kata sandi ini terlalu umum dan mudah ditebak. Pilih kata sandi lain.";
  return null;
}
