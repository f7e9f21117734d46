import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../src/infra/embedded-postgres.js";

describe("the embedded PostgreSQL", () => {
  it("is a real PostgreSQL with pg_trgm and unaccent (console search), and refuses clearly to start with a password its data folder was not made with", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "pmi-pg-"));
    try {
      const server = await startEmbeddedPostgres(dataDir, "first-password-0123456789");
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
      await client.query("CREATE EXTENSION IF NOT EXISTS unaccent");
      const { rows } = await client.query<{ version: string; close: boolean; plain: string }>(
        "SELECT current_setting('server_version') AS version, " +
          "similarity('gaji tidak dibayar', 'gaji tdk dibayar') > 0.3 AS close, unaccent('Agén') AS plain",
      );
      expect(rows[0]).toEqual({ version: expect.stringMatching(/^18\./), close: true, plain: "Agen" });
      await client.end();
      await server.stop();

      await expect(startEmbeddedPostgres(dataDir, "another-password-0123456789")).rejects.toThrow(
        /refuses the password in DATA_DIR\/credentials\.json/,
      );
      // The refused start left no server behind: the right password starts it again.
      const again = await startEmbeddedPostgres(dataDir, "first-password-0123456789");
      await again.stop();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
