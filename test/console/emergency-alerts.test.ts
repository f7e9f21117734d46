import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { changeCaseStatus } from "../../src/cases/change-case-status.js";
import { SimulatedChat } from "../support/simulated-chat.js";
import { skipFacts } from "../support/skip-facts.js";
import { eventually, type TestContext } from "../support/test-app.js";
import { openCase, signIn, useConsoleApp, type SeededOfficer } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let base: string;
let officers: SeededOfficer[];

useConsoleApp(
  { workers: true, bots: true, listen: true, officers: { tag: "alarm", roles: { "BP3MI-LA": "SUPERVISOR", KP2MI: "SUPERVISOR" } } },
  (started) => ({ ctx, app, base, officers } = started),
);

const officerOf = (agencyId: string) => officers.find((o) => o.agencyId === agencyId)!;

/** The agencies whose officers (of this suite) hold a notice of this type on this case. */
async function alertedAgencies(caseId: string, type: string): Promise<string[]> {
  const rows = await ctx.db.officerNotification.findMany({
    where: { caseId, type, officerId: { in: officers.map((o) => o.id) } },
    select: { officer: { select: { agencyId: true } } },
  });
  return [...new Set(rows.map((r) => r.officer.agencyId))].sort();
}

/** A signed-in officer with the live stream open; `received` grows with every event sent to them. */
async function openStream(agencyId: string) {
  const client = await signIn(app, officerOf(agencyId).username);
  const controller = new AbortController();
  const res = await fetch(`${base}/api/events`, { headers: { cookie: client.headers.cookie }, signal: controller.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const stream = { received: "", close: () => controller.abort() };
  while (!stream.received.includes("tersambung")) stream.received += decoder.decode((await reader.read()).value);
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        stream.received += decoder.decode(value);
      }
    } catch {
      // aborted at the end of the test
    }
  })();
  return { client, stream };
}

const alertLine = (caseId: string) => `data: {"type":"case.alert","caseId":"${caseId}"}`;

describe("emergency alerts to the agencies an emergency is routed to", () => {
  it("a new emergency notifies its lead and the national desk at once, live, and no other agency", async () => {
    const lampung = await openStream("BP3MI-LA");
    const jakarta = await openStream("BP3MI-JK");
    const chat = new SimulatedChat(ctx);
    await chat.say("tolong saya dipukuli majikan setiap hari di malaysia, saya dari lampung timur");
    const [created] = await chat.cases();
    expect(created!.urgency).toBe("EMERGENCY");
    const parties = created!.agencies.map((a) => a.agencyId).sort();
    expect(parties).toContain("BP3MI-LA");
    expect(await alertedAgencies(created!.id, "EMERGENCY_NEW")).toEqual(parties);

    // Through the API: the Lampung officer sees an unread alert naming the ticket; Jakarta sees nothing of it.
    const notices = (await lampung.client.get("/api/notifications")).json();
    const mine = notices.notifications.find((n: { caseId: string }) => n.caseId === created!.id);
    expect(mine).toMatchObject({ type: "EMERGENCY_NEW", alert: true, readAt: null });
    expect(mine.text).toContain(created!.ticket);
    expect(mine.text).toMatch(/^DARURAT: kasus baru .*Lampung/);
    expect(notices.unread).toBeGreaterThanOrEqual(1);
    const theirs = (await jakarta.client.get("/api/notifications")).json();
    expect(theirs.notifications.some((n: { caseId: string }) => n.caseId === created!.id)).toBe(false);

    // Live: the Lampung stream hears the alert. An alert for Jakarta published afterwards reaches
    // Jakarta's stream, which therefore had its chance to receive the first one, and did not.
    await eventually(async () => lampung.stream.received.includes(alertLine(created!.id)), 10_000, "alert on the Lampung stream");
    const other = await openCase(ctx, { regionId: "ID-JK", kind: "KEKERASAN", urgency: "EMERGENCY" });
    await ctx.updates.publish({ type: "case.alert", caseId: other.id, agencyIds: ["BP3MI-JK"] });
    await eventually(async () => jakarta.stream.received.includes(alertLine(other.id)), 10_000, "sentinel alert on the Jakarta stream");
    expect(jakarta.stream.received).not.toContain(created!.id);
    expect(lampung.stream.received).not.toContain(other.id);
    lampung.stream.close();
    jakarta.stream.close();

    // Marking that one notice read leaves the others unread.
    expect((await lampung.client.post("/api/notifications/read", { ids: [mine.id] })).json()).toEqual({ updated: 1 });
    const after = (await lampung.client.get("/api/notifications")).json();
    expect(after.notifications.find((n: { id: string }) => n.id === mine.id).readAt).not.toBeNull();
    expect(after.unread).toBe(notices.unread - 1);
  }, 60_000);

  it("an emergency re-routed from the national queue to BP3MI Lampung alerts Lampung, and the timeline says why", async () => {
    const chat = new SimulatedChat(ctx);
    await chat.say("tolong sy disekap majikan tdk boleh keluar rumah");
    const [created] = await chat.cases();
    expect(created!.agencies.map((a) => [a.agencyId, a.role])).toEqual([["KP2MI", "LEAD"]]);
    expect(await alertedAgencies(created!.id, "EMERGENCY_NEW")).toEqual(["KP2MI"]);

    await chat.say("saya di kuala lumpur malaysia, sekarang di kamar dikunci");
    await chat.say("Siti Aminah");
    await chat.say("saya dari lampung timur");
    const [rerouted] = await chat.cases();
    expect(rerouted!.agencies.find((a) => a.role === "LEAD")?.agencyId).toBe("BP3MI-LA");
    expect(rerouted!.agencies.filter((a) => a.role === "LEAD")).toHaveLength(1);
    // Lampung is told it now leads; the national desk, already on the case, is not told again.
    expect(await alertedAgencies(created!.id, "EMERGENCY_ROUTED")).toEqual(
      rerouted!.agencies
        .map((a) => a.agencyId)
        .filter((id) => id !== "KP2MI")
        .sort(),
    );
    const notice = await ctx.db.officerNotification.findFirstOrThrow({
      where: { caseId: created!.id, type: "EMERGENCY_ROUTED", officerId: officerOf("BP3MI-LA").id },
    });
    expect(notice.text).toMatch(/penanggung jawab utama .*Lampung/);

    const kp2mi = await signIn(app, officerOf("KP2MI").username);
    const { events } = (await kp2mi.get(`/api/cases/${created!.id}/events`)).json();
    const moved = events.find((e: { type: string }) => e.type === "LEAD_CHANGED");
    expect(moved).toMatchObject({ label: "Penanggung jawab utama berpindah", agencyName: "BP3MI Lampung" });
    expect(moved.note).toMatch(
      /^Penanggung jawab utama berpindah dari Kementerian .* ke BP3MI Lampung\. Daerah asal dilengkapi pelapor: Provinsi Lampung/,
    );
    expect(moved.data).toMatchObject({ fromLead: "KP2MI", toLead: "BP3MI-LA", reason: "region-known" });
    // One move, one event: later answers do not repeat it.
    await chat.say("iya");
    expect(await ctx.db.caseEvent.count({ where: { caseId: created!.id, type: "LEAD_CHANGED" } })).toBe(1);
  }, 60_000);

  it("a case raised to an emergency by a follow-up alerts every party", async () => {
    const chat = new SimulatedChat(ctx);
    await chat.say("gaji saya belum dibayar 3 bulan, saya dari lampung timur, kerja di malaysia");
    await skipFacts((t) => chat.say(t), await chat.say("1"));
    await chat.say("ya");
    const [normal] = await chat.cases();
    expect(await ctx.db.officerNotification.count({ where: { caseId: normal!.id } })).toBe(0);
    await chat.say("sekarang saya dikurung majikan tidak boleh keluar");
    const [escalated] = await chat.cases();
    expect(escalated!.urgency).toBe("EMERGENCY");
    expect(await alertedAgencies(normal!.id, "EMERGENCY_ESCALATED")).toEqual(escalated!.agencies.map((a) => a.agencyId).sort());
  }, 60_000);

  it("an officer's referral or added party on an emergency alerts that agency alone; on an ordinary case it stays a plain notice", async () => {
    const emergency = await openCase(ctx, { regionId: "ID-LA", kind: "KEKERASAN", urgency: "EMERGENCY" });
    const lead = await signIn(app, officerOf("BP3MI-LA").username);
    expect((await lead.post(`/api/cases/${emergency.id}/refer`, { agencyId: "DINSOS-LA", reason: "Pendampingan korban" })).statusCode).toBe(
      200,
    );
    expect(await alertedAgencies(emergency.id, "EMERGENCY_ROUTED")).toEqual(["DINSOS-LA"]);

    const dinsos = await signIn(app, officerOf("DINSOS-LA").username);
    const kp2mi = await signIn(app, officerOf("KP2MI").username);
    expect(
      (await kp2mi.post(`/api/cases/${emergency.id}/parties`, { agencyId: "DINKES-LA", reason: "Korban perlu pemeriksaan kesehatan" }))
        .statusCode,
    ).toBe(201);
    expect(await alertedAgencies(emergency.id, "EMERGENCY_ROUTED")).toEqual(["DINKES-LA", "DINSOS-LA"]);
    expect(
      (await dinsos.get("/api/notifications")).json().notifications.find((n: { caseId: string }) => n.caseId === emergency.id),
    ).toMatchObject({ alert: true });

    const ordinary = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    expect((await lead.post(`/api/cases/${ordinary.id}/refer`, { agencyId: "DINSOS-LA", reason: "Pendampingan sosial" })).statusCode).toBe(
      200,
    );
    expect(await alertedAgencies(ordinary.id, "REFERRED")).toEqual(["DINSOS-LA"]);
    expect(await ctx.db.officerNotification.count({ where: { caseId: ordinary.id, type: { startsWith: "EMERGENCY" } } })).toBe(0);
  }, 60_000);

  it("a case reopened by its reporter tells its lead's open console live", async () => {
    const lampung = await openStream("BP3MI-LA");
    const chat = new SimulatedChat(ctx);
    await chat.say("gaji saya belum dibayar 3 bulan, saya dari lampung timur, kerja di malaysia");
    await skipFacts((t) => chat.say(t), await chat.say("1"));
    await chat.say("ya");
    const [resolved] = await chat.cases();
    for (const to of ["DITANGANI", "SELESAI"] as const)
      await changeCaseStatus(ctx, { caseId: resolved!.id, to, officerId: officerOf("BP3MI-LA").id });
    await chat.say("pak gaji saya ternyata belum dibayar juga sampai sekarang");
    expect(await alertedAgencies(resolved!.id, "REOPENED_BY_REPORTER")).toEqual(["BP3MI-LA"]);
    await eventually(async () => lampung.stream.received.includes(alertLine(resolved!.id)), 10_000, "notice on the Lampung stream");
    lampung.stream.close();
  }, 60_000);

  it("an officer raising a case to an emergency brings in the national desk and alerts every party", async () => {
    const ordinary = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const lead = await signIn(app, officerOf("BP3MI-LA").username);
    expect((await lead.post(`/api/cases/${ordinary.id}/classification`, { kind: "KEKERASAN", urgency: "EMERGENCY" })).statusCode).toBe(200);
    const parties = (await ctx.db.caseAgency.findMany({ where: { caseId: ordinary.id }, select: { agencyId: true } }))
      .map((p) => p.agencyId)
      .sort();
    expect(parties).toContain("KP2MI");
    expect(await alertedAgencies(ordinary.id, "EMERGENCY_ESCALATED")).toEqual(parties);
  });
});
