import { chmod, readFile, rm, writeFile } from "node:fs/promises";

export interface LocalServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * An embedded server (PostgreSQL, redis-server) belongs to the process that started it on its
 * data files. That process writes the server's URL to `marker` (owner-only: the URL carries the
 * password); another process of the product (an admin command, a second role while the product
 * runs) finds it there and shares the server while it answers, instead of opening the same files
 * twice. Only the starter stops it and removes the marker.
 */
export async function shareOrStart(
  marker: string,
  answers: (url: string) => Promise<boolean>,
  start: () => Promise<LocalServer>,
): Promise<LocalServer> {
  const running = await readFile(marker, "utf8").catch(() => null);
  if (running && (await answers(running))) return { url: running, stop: async () => undefined };
  const server = await start();
  await writeFile(marker, server.url, { mode: 0o600 });
  await chmod(marker, 0o600);
  return {
    url: server.url,
    async stop() {
      await rm(marker, { force: true });
      await server.stop();
    },
  };
}
