/**
 * Creates an officer account from the terminal (the first administrator, or any account):
 *   npm run officer:create -- --username admin.pusat --name "Nama Lengkap" --agency KP2MI --role ADMIN
 * The password is read from the terminal (or the first line of stdin), never from arguments,
 * so it does not end up in the shell history.
 */
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { createDatabase } from "../infra/prisma.js";
import { startServices } from "../infra/services.js";
import { seedReferenceData } from "../seed/seed-reference-data.js";
import { agencyIds } from "../store/agencies.js";
import { createOfficer, OfficerInputError } from "./auth/create-officer.js";

const ROLES = ["OFFICER", "SUPERVISOR", "ADMIN"] as const;

async function readPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    // Hide what is typed: the prompt is written once, keystrokes are not echoed.
    const output = rl as unknown as { _writeToOutput?: (s: string) => void };
    process.stderr.write("Kata sandi (minimal 10 karakter): ");
    output._writeToOutput = () => {};
  }
  const line = await new Promise<string>((resolve) => rl.once("line", resolve));
  rl.close();
  if (process.stdin.isTTY) process.stderr.write("\n");
  return line.trim();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      username: { type: "string" },
      name: { type: "string" },
      agency: { type: "string" },
      role: { type: "string", default: "OFFICER" },
    },
  });
  const role = values.role?.toUpperCase();
  if (!values.username || !values.name || !values.agency || !ROLES.includes(role as (typeof ROLES)[number])) {
    console.error(
      'Pemakaian: npm run officer:create -- --username NAMA --name "Nama Lengkap" --agency ID_INSTANSI [--role OFFICER|SUPERVISOR|ADMIN]',
    );
    process.exit(2);
  }
  const config = loadConfig();
  const log = createLogger("warn");
  const services = await startServices(config, log);
  const { db } = createDatabase(services.databaseUrl, 2);
  try {
    await seedReferenceData(db, { hotline: config.HOTLINE, hotlineAbroad: config.HOTLINE_ABROAD });
    const created = await createOfficer(db, {
      username: values.username,
      name: values.name,
      agencyId: values.agency,
      role: role as (typeof ROLES)[number],
      password: await readPassword(),
    });
    console.log(`Akun ${created.username} dibuat (id ${created.id}).`);
  } catch (error) {
    if (error instanceof OfficerInputError) {
      console.error(error.message);
      if (error.message.startsWith("Instansi")) console.error(`Instansi yang ada: ${(await agencyIds(db)).join(", ")}`);
      process.exitCode = 1;
    } else throw error;
  } finally {
    await db.$disconnect();
    await services.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Gagal: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
