import { fakeBotsOptions, type fakeSocketFactory } from "./fake-whatsapp-socket.js";
import { startTestApp, type TestContext } from "./test-app.js";
import { startFakeMediaServer } from "./whatsapp-messages.js";

/**
 * The product with its WhatsApp channel on a fake socket, as the "bots" role runs it in
 * production (channel + outbound worker), plus the queue workers and a fake media server.
 * Number "utama" is opened; `settings` adds to the pace-free defaults.
 */
export async function startWhatsAppTestApp(
  fake: ReturnType<typeof fakeSocketFactory>,
  settings: Record<string, string> = {},
): Promise<{ ctx: TestContext; cdn: Awaited<ReturnType<typeof startFakeMediaServer>>; stop(): Promise<void> }> {
  const app = await startTestApp({
    overrides: {
      SIMULATOR: "false",
      WHATSAPP_ACCOUNTS: "utama",
      WHATSAPP_PER_CHAT_INTERVAL_MS: "0",
      WHATSAPP_GLOBAL_PER_SECOND: "1000",
      ...settings,
    },
    workers: true,
    bots: fakeBotsOptions(fake),
  });
  const cdn = await startFakeMediaServer();
  fake.latest().open();
  return {
    ctx: app.ctx,
    cdn,
    async stop() {
      await app.stop();
      await cdn.close();
    },
  };
}
