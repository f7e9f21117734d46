import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepRetention } from "../../queues/retention-sweeper.js";
import { AUDIT } from "../../src/audit/record-audit-event.js";
import { queryReport } from "../../src/store/report-query.js";
import { openCase } from "../console/console-fixtures.js";
import { createTestContext, type TestContext } from "../support/test-app.js";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.cleanup();
});

const NOW = new Date("2026-11-29T03:00:00Z");
const yearsAgo = (n: number) => new Date(NOW.getTime() - n * 365.25 * 24 * 3600_000);

/** A case opened `openedYearsAgo`, with a message, a file, identifiers, closed `closedYearsAgo` (or still open). */
async function caseWithData(openedYearsAgo: number, closedYearsAgo: number | null, kind: "GAJI" | "KEKERASAN", regionId: string) {
  const opened = yearsAgo(openedYearsAgo);
  const c = await openCase(ctx, {
    regionId,
    kind,
    now: opened,
    reporterName: "Siti Aminah",
    reporterPhone: "+6281234567890",
    workerName: "Siti Aminah",
    description: "majikan tidak membayar gaji, paspor ditahan",
    details: { nik: "1801234567890001", passportNumber: "C1234567", workerPhone: "+60123456789" },
  });
  const message = await ctx.db.message.create({
    data: {
      channel: "SIMULATOR",
      conversationId: c.conversationId,
      caseId: c.id,
      direction: "IN",
      text: "ini foto paspor saya",
      state: "PROCESSED",
      createdAt: opened,
    },
  });
  await ctx.db.attachment.create({
    data: { messageId: message.id, caseId: c.id, mime: "image/jpeg", fileName: "paspor.jpg", size: 3, data: Buffer.from([1, 2, 3]) },
  });
  await ctx.db.conversation.update({ where: { id: c.conversationId }, data: { lastInboundAt: opened } });
  if (closedYearsAgo !== null) {
    const closed = yearsAgo(closedYearsAgo);
    await ctx.db.case.update({ where: { id: c.id }, data: { status: "SELESAI", resolvedAt: closed, firstRespondedAt: closed } });
  }
  return c;
}

describe("retention: anonymisation after the retention period", () => {
  it("anonymises closed cases past RETENTION_CASE_YEARS, purges files after RETENTION_MEDIA_DAYS, and reports show the same totals", async () => {
    const old1 = await caseWithData(7, 6, "GAJI", "ID-LA");
    const old2 = await caseWithData(6.5, 5.5, "KEKERASAN", "ID-JT");
    const recent = await caseWithData(3, 2, "GAJI", "ID-LA");
    const open = await caseWithData(6, null, "GAJI", "ID-JT");

    const period = { agencyId: null, from: yearsAgo(10), to: NOW, now: NOW };
    const before = await queryReport(ctx.db, period);
    const lampung = await queryReport(ctx.db, { ...period, agencyId: "BP3MI-LA" });

    const sweep = await sweepRetention(ctx.db, { caseYears: 5, mediaDays: 365 }, ctx.log, NOW);
    // At least these (the run's database is shared with other suites).
    expect(sweep.anonymisedCases).toBeGreaterThanOrEqual(2);
    expect(sweep.mediaPurgedCases).toBeGreaterThanOrEqual(1);
    expect(sweep.anonymisedReporters).toBeGreaterThanOrEqual(2);

    expect(await queryReport(ctx.db, period)).toEqual(before);
    expect(await queryReport(ctx.db, { ...period, agencyId: "BP3MI-LA" })).toEqual(lampung);
    expect(before.total).toBeGreaterThanOrEqual(4);

    for (const c of [old1, old2]) {
      const row = await ctx.db.case.findUniqueOrThrow({
        where: { id: c.id },
        include: { messages: true, attachments: true, reporter: { include: { identities: true, conversations: true } } },
      });
      expect(row).toMatchObject({
        workerName: null,
        workerPhone: null,
        nik: null,
        passportNumber: null,
        description: "",
        anonymisedAt: NOW,
      });
      expect(row.kind).toBe(c.id === old1.id ? "GAJI" : "KEKERASAN");
      expect(row.messages.map((m) => m.text)).toEqual([null]);
      expect(row.attachments).toEqual([]);
      expect(row.reporter).toMatchObject({ name: null, phone: null, anonymisedAt: NOW, identities: [] });
      expect(row.reporter.conversations.map((cv) => cv.chatId)).toEqual([`anon-${c.conversationId}`]);
      const events = await ctx.db.caseEvent.findMany({ where: { caseId: c.id, type: AUDIT.anonymised } });
      expect(events.map((e) => e.data)).toEqual([{ reason: "retention" }]);
    }

    const recentRow = await ctx.db.case.findUniqueOrThrow({
      where: { id: recent.id },
      include: { messages: true, attachments: true, reporter: true },
    });
    expect(recentRow).toMatchObject({ nik: "1801234567890001", anonymisedAt: null, mediaPurgedAt: NOW, attachments: [] });
    expect(recentRow.messages.map((m) => m.text)).toEqual(["ini foto paspor saya"]);
    expect(recentRow.reporter.name).toBe("Siti Aminah");

    const openRow = await ctx.db.case.findUniqueOrThrow({ where: { id: open.id }, include: { attachments: true } });
    expect(openRow).toMatchObject({ nik: "1801234567890001", anonymisedAt: null, mediaPurgedAt: null });
    expect(openRow.attachments).toHaveLength(1);

    // A second sweep finds nothing left to do.
    expect(await sweepRetention(ctx.db, { caseYears: 5, mediaDays: 365 }, ctx.log, NOW)).toEqual({
      anonymisedCases: 0,
      anonymisedReporters: 0,
      mediaPurgedCases: 0,
      releasedReporters: 0,
    });
  });
});
