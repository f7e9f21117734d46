import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepUnfinishedIntakes } from "../../queues/intake-reminder-sweeper.js";
import type { FakeTelegramApi } from "../support/fake-telegram-api.js";
import { startTelegramTestApp } from "../support/telegram-test-app.js";
import { TelegramUser, textsOf } from "../support/telegram-user.js";
import type { TestContext } from "../support/test-app.js";

/** The reminder of an unfinished intake on Telegram: the consent buttons under it work like the normal confirmation's. */
let app: Awaited<ReturnType<typeof startTelegramTestApp>>;
let ctx: TestContext;
let api: FakeTelegramApi;

beforeAll(async () => {
  app = await startTelegramTestApp({ TELEGRAM_PER_CHAT_INTERVAL_MS: "20", TELEGRAM_GLOBAL_PER_SECOND: "300" });
  ({ ctx, api } = app);
});

afterAll(async () => {
  await app?.stop();
});

describe("a family member who stops answering on Telegram", () => {
  it("gets the summary with the YA/BATAL buttons once, and pressing YA sends the case", async () => {
    const user = new TelegramUser(ctx, api, 7_900_001);
    const asked = await user.say("adik saya kerja di hong kong, sudah 2 bulan gajinya tidak dibayar majikan");
    expect(textsOf(asked)).toMatch(/nama lengkap pekerja migran/i);

    const last = await ctx.db.message.findFirstOrThrow({
      where: { conversation: { channel: "TELEGRAM", chatId: user.chatId }, direction: "IN" },
      orderBy: { createdAt: "desc" },
    });
    const sweepAt = (minutes: number) =>
      sweepUnfinishedIntakes({ ...ctx, now: () => new Date(last.createdAt.getTime() + minutes * 60_000) }, 30 * 60_000);
    await sweepAt(31);
    const reminder = await user.waitForMessages(2);
    await sweepAt(120);
    const reminders = await ctx.db.message.count({
      where: { conversation: { channel: "TELEGRAM", chatId: user.chatId }, direction: "OUT", text: { contains: "belum terkirim" } },
    });
    expect(reminders).toBe(1);
    expect(reminder[1]!.text).toMatch(/belum terkirim ke petugas karena belum selesai[\s\S]*Negara tujuan: Hong Kong/);
    expect(reminder[1]!.buttons.map((b) => b.text)).toEqual(["YA, kirim", "BATAL"]);

    const done = textsOf(await user.press("YA, kirim", reminder[1]));
    const created = await ctx.db.case.findFirstOrThrow({ where: { reporterId: await user.reporterId() } });
    expect(done).toContain(`nomor tiket ${created.ticket}`);
    expect(created).toMatchObject({ kind: "GAJI", destinationCountry: "Hong Kong", onBehalf: true });
  });
});
