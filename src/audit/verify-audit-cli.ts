/**
 * Checks the audit trail's hash chain: `npm run audit:verify`. Exit code 0 when every event is
 * intact, 1 when an event was edited, deleted or slipped in unsealed (each one is named).
 */
import { ConfigError, loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { createDatabase } from "../infra/prisma.js";
import { startServices } from "../infra/services.js";
import { verifyAuditChain } from "./verify-audit-chain.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const services = await startServices(config, createLogger("warn"));
  const { db } = createDatabase(services.databaseUrl, 2);
  try {
    const result = await verifyAuditChain(db);
    for (const p of result.problems) {
      console.log(
        `${p.kind.padEnd(11)} seq=${p.seq ?? "-"} event=${p.eventId} type=${p.type ?? "-"} case=${p.caseId ?? "-"} ` +
          `at=${p.createdAt?.toISOString() ?? "-"}`,
      );
    }
    const head = result.head ? `head seq=${result.head.seq} hash=${result.head.hash}` : "empty chain";
    console.log(`${result.ok ? "OK" : "TAMPERED"}: ${result.checked} links checked, ${result.problems.length} problem(s); ${head}`);
    process.exitCode = result.ok ? 0 : 1;
  } finally {
    await db.$disconnect();
    await services.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
