import { inject } from "vitest";
import { copyDatabase, type FreshDatabase } from "./fresh-database.js";

let copy: Promise<FreshDatabase> | undefined;

/**
 * The database of the test file running now: a copy of the run's migrated and seeded template,
 * made on first use and dropped after the file's last hook. Test files run side by side, and a
 * file's sweepers (outbox, SLA, retention), fixed usernames and chat ids never meet another's rows.
 */
export async function fileDatabaseUrl(): Promise<string> {
  copy ??= copyDatabase(inject("templateDatabaseUrl"));
  return (await copy).url;
}

/** Drops the file's database, if it made one (file-setup.ts runs it after the file's own afterAll hooks). */
export async function dropFileDatabase(): Promise<void> {
  const database = await copy;
  copy = undefined;
  await database?.drop();
}
