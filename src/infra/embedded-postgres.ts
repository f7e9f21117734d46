import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { access, chmod, chown, mkdir, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import pg from "pg";
import { freePort } from "./free-port.js";
import { postgresBinaries } from "./postgres-binaries.js";
import { shareOrStart, type LocalServer } from "./shared-server.js";

export type EmbeddedPostgres = LocalServer;

const USER = "postgres";

/**
 * A real PostgreSQL server (binaries from npm, see postgres-binaries.ts) on its own data folder
 * DATA_DIR/postgres, listening on a free loopback port only, with a password from
 * local-credentials.ts. A second process shares the running server, found through
 * DATA_DIR/postgres.url (shared-server.ts). PostgreSQL refuses to run as root: as root the
 * server runs as the system user `postgres`, which then owns the data folder.
 */
export function startEmbeddedPostgres(dataDir: string, password: string): Promise<EmbeddedPostgres> {
  return shareOrStart(
    join(dataDir, "postgres.url"),
    (url) => answers(url),
    async () => {
      const binaries = await postgresBinaries();
      const owner = serverUser();
      if (owner.uid !== undefined) await letServerUserThrough(dataDir);
      const dir = resolve(dataDir, "postgres");
      const initialised = await access(join(dir, "PG_VERSION")).then(
        () => true,
        () => false,
      );
      if (!initialised) await initialise(binaries.initdb, dir, password, owner);
      const port = await freePort();
      const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
      const server = spawn(
        binaries.postgres,
        [
          "-D",
          dir,
          "-p",
          String(port),
          "-c",
          "listen_addresses=127.0.0.1",
          "-c",
          "unix_socket_directories=",
          "-c",
          "log_min_error_statement=panic",
        ],
        // Its own process group: a Ctrl+C in the terminal stops the product, which stops the server
        // after the last job has committed, instead of the server going down under running jobs.
        { ...owner, detached: true, stdio: ["ignore", "ignore", "pipe"] },
      );
      const output = tail(server);
      await waitUntilReady(url, server, output);
      return { url, stop: () => stopServer(server) };
    },
  );
}

/** Root runs the server as the `postgres` system user; anyone else runs it as themselves. */
function serverUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const uid = spawnSync("id", ["-u", USER], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", USER], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error(
      "the embedded PostgreSQL cannot run as root and there is no `postgres` user to run it as: create one (useradd --system " +
        "postgres), run as another user, or set DATABASE_URL",
    );
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * The `postgres` user must pass through DATA_DIR to reach its own folder: search permission
 * (x) for others, without read, so the owner-only files beside it stay unlisted and unreadable.
 */
async function letServerUserThrough(dataDir: string): Promise<void> {
  const mode = (await stat(dataDir)).mode & 0o7777;
  if ((mode & 0o001) === 0) await chmod(dataDir, mode | 0o001);
}

async function initialise(initdb: string, dir: string, password: string, owner: { uid?: number; gid?: number }): Promise<void> {
  await rm(dir, { recursive: true, force: true }); // a half-made folder from an interrupted first start
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const passwordFile = `${dir}.password`;
  await writeFile(passwordFile, password, { mode: 0o600 });
  try {
    if (owner.uid !== undefined) {
      await chown(dir, owner.uid, owner.gid!);
      await chown(passwordFile, owner.uid, owner.gid!);
    }
    await chmod(dir, 0o700);
    const run = spawn(
      initdb,
      // The builtin C.UTF-8 locale: Unicode-aware, and the same on every machine.
      [
        "-D",
        dir,
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C",
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
      ],
      { ...owner, stdio: ["ignore", "pipe", "pipe"] },
    );
    const output = tail(run);
    const code = await new Promise<number | null>((done) => run.on("exit", done));
    if (code !== 0) throw new Error(`initdb failed for ${dir}:\n${output()}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

async function waitUntilReady(url: string, server: ChildProcess, output: () => string): Promise<void> {
  let exited = false;
  server.once("exit", () => (exited = true));
  for (let attempt = 0; attempt < 300; attempt++) {
    if (exited) throw new Error(`the embedded PostgreSQL stopped at start:\n${output()}`);
    const state = await probe(url);
    if (state === "ready") return;
    if (state === "wrong-password") {
      await stopServer(server);
      throw new Error(
        "the embedded PostgreSQL refuses the password in DATA_DIR/credentials.json: its data folder was made with another one " +
          "(restore the credentials.json that came with it)",
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stopServer(server);
  throw new Error(`the embedded PostgreSQL did not accept connections within 30 s:\n${output()}`);
}

/** Fast shutdown (SIGINT): the product has closed its connections by now. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGINT");
  await exited;
}

/** The server accepts this URL's credentials. */
async function answers(url: string): Promise<boolean> {
  return (await probe(url)) === "ready";
}

async function probe(url: string): Promise<"ready" | "down" | "wrong-password"> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return "ready";
  } catch (error) {
    return (error as { code?: string }).code === "28P01" ? "wrong-password" : "down"; // invalid_password
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Keeps the last lines a child wrote (to explain a failed start) and drains the pipe so the
 * server never blocks on it. Server messages can quote values from rows: they are not logged.
 */
function tail(child: ChildProcess, keep = 20): () => string {
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - keep));
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  return () => lines.join("\n");
}
