import { randomBytes } from "node:crypto";
import { chmod, link, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";

/** Passwords of the servers the product starts itself (embedded PostgreSQL, local Redis). */
export interface LocalCredentials {
  postgresPassword: string;
  redisPassword: string;
}

const stored = z.object({ postgresPassword: z.string().min(16), redisPassword: z.string().min(16) });

/**
 * The embedded servers' passwords, generated at the first start and kept in
 * DATA_DIR/credentials.json, readable by the owner only. Another process of the product reads
 * the same file to reach the servers. They are never logged.
 */
export async function loadLocalCredentials(dataDir: string): Promise<LocalCredentials> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, "credentials.json");
  const fresh: LocalCredentials = { postgresPassword: newPassword(), redisPassword: newPassword() };
  // Written whole under another name, then linked into place: a process starting at the same
  // moment either finds no file or a complete one, and only one of the two links succeeds.
  const draft = `${file}.${process.pid}.tmp`;
  await writeFile(draft, JSON.stringify(fresh, null, 2) + "\n", { mode: 0o600 });
  const created = await link(draft, file)
    .then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === "EEXIST") return false;
        throw error;
      },
    )
    .finally(() => rm(draft, { force: true }));
  if (created) return fresh;
  // A copied or restored file may have lost its mode: tighten it rather than trust it.
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  const parsed = stored.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is damaged: restore it from a backup or remove it together with the embedded data folders`);
  return parsed.data;
}

function newPassword(): string {
  return randomBytes(24).toString("base64url");
}
