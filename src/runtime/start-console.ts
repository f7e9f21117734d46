import { consolePlugin } from "../console/console-plugin.js";
import { createServer } from "../http/create-server.js";
import type { AppContext } from "./context.js";

/** The "console" role: the HTTP server (health, officers' console). The simulator listens apart (bots/simulator). */
export async function startConsole(ctx: AppContext): Promise<() => Promise<void>> {
  const app = await createServer(ctx, [consolePlugin]);
  const address = await app.listen({ host: ctx.config.CONSOLE_HOST, port: ctx.config.CONSOLE_PORT });
  ctx.log.info({ address }, "console listening");
  return async () => {
    await app.close();
  };
}
