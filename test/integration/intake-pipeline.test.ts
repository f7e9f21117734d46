import { describe, expect, it } from "vitest";
import { changeCaseStatus } from "../../src/cases/change-case-status.js";
import { sendOfficerReply } from "../../src/cases/send-officer-reply.js";
import { SimulatedChat } from "../support/simulated-chat.js";
import { skipFacts } from "../support/skip-facts.js";
import { useTestApp } from "../support/test-app.js";

const app = useTestApp({ workers: true, bots: true });

describe("from a chat message to a routed case", () => {
  it("asks only what is missing, then stores a case routed per the Lampung agreement with an Indonesian reply", async () => {
    const { ctx } = app;
    const chat = new SimulatedChat(ctx);
    const first = await chat.say("gaji sy blm dibayar 3 bln sama majikan di malaysia, sy dr lampung timur");
    // "gaji sy": the writer's own case; their own name is asked (once, skippable), not "for whom".
    expect(first).toMatch(/Boleh kami tahu nama lengkap Bapak\/Ibu/);

    // What officers need for a wages case, optional: employer, placement company, sector.
    expect(await chat.say("Rina Marlina")).toMatch(/Siapa nama majikan/);
    expect(await chat.say("majikan saya Mr. Lim")).toMatch(/perusahaan penempatan \(P3MI\)/);
    expect(await chat.say("pt nya lupa")).toMatch(/Apa pekerjaan Bapak\/Ibu/);
    const second = await chat.say("kilang");
    expect(second).toMatch(/Apakah Bapak\/Ibu setuju/);
    expect(second).toContain("Malaysia");
    expect(second).toContain("Lampung");

    const done = await chat.say("ya");
    const [created] = await chat.cases();
    expect(created).toBeDefined();
    expect(done).toContain(created!.ticket);
    expect(done).toContain("BP3MI Lampung");
    expect(created!.kind).toBe("GAJI");
    expect(created!.status).toBe("DITERIMA");
    expect(created!.originRegionId).toBe("ID-LA");
    expect(created!.destinationCountry).toBe("Malaysia");
    expect(created).toMatchObject({ onBehalf: false, workerName: "Rina Marlina", relationship: null });
    expect(created).toMatchObject({ employerName: "Mr Lim", placementCompany: null, workSector: "PABRIK" });
    expect(created!.agencies.map((a) => [a.agencyId, a.role])).toEqual([
      ["BP3MI-LA", "LEAD"],
      ["DISNAKER-LA", "SUPPORT"],
    ]);
    expect(created!.firstResponseDueAt!.getTime()).toBeGreaterThan(Date.now());
    expect(created!.events.map((e) => e.type)).toContain("CREATED");
    // The whole intake conversation belongs to the case.
    const linked = await ctx.db.message.count({ where: { caseId: created!.id, direction: "IN" } });
    expect(linked).toBe(6);
  });

  it("sends a case from a region without an agreement to the national queue, with the province's BP3MI", async () => {
    const { ctx } = app;
    const chat = new SimulatedChat(ctx);
    await chat.say("adik saya kerja di taiwan paspornya ditahan agen, kami dari kota semarang");
    await skipFacts((t) => chat.say(t), await chat.say("Sri Wahyuni, adik saya"));
    const confirm = await chat.say("iya setuju");
    const [created] = await chat.cases();
    expect(confirm).toContain(created!.ticket);
    expect(created!.onBehalf).toBe(true);
    expect(created!.workerName).toBe("Sri Wahyuni");
    expect(created!.agencies.map((a) => [a.agencyId, a.role])).toEqual([
      ["KP2MI", "LEAD"],
      ["BP3MI-JT", "SUPPORT"],
    ]);
  });

  it("answers an emergency at once with the mission of the worker's country from the directory, and opens the case before any question", async () => {
    const { ctx } = app;
    const chat = new SimulatedChat(ctx);
    await chat.send("tolong sy disekap majikan tdk boleh keluar rumah");
    const replies = await chat.newReplies();
    // The country is not known yet: the reply asks it, gives the number from abroad, and asks about safety.
    expect(replies[0]).toContain("+62-21-29244800");
    expect(replies[0]).toMatch(/Di negara dan kota mana Bapak\/Ibu berada sekarang/);
    expect(replies[0]).toMatch(/Apakah Bapak\/Ibu aman sekarang/);
    const [created] = await chat.cases();
    expect(created!.urgency).toBe("EMERGENCY");
    expect(replies[1]).toContain(created!.ticket);
    // The answer names the place: the mission's number (seeded directory, read from the database) comes at once.
    const place = await chat.say("saya di riyadh arab saudi, sekarang di kamar dikunci");
    expect(place).toMatch(/KBRI Riyadh: \+966 56 917 3990/);
    expect(place).toMatch(/Boleh kami tahu nama lengkap Bapak\/Ibu/);
    // Later answers complete the same case and re-route it to the region's office.
    await chat.say("Siti");
    const last = await chat.say("kabupaten pekalongan");
    expect(last).toContain(created!.ticket);
    const [updated] = await chat.cases();
    expect(updated!.id).toBe(created!.id);
    expect(updated!.originRegionId).toBe("KAB-PEKALONGAN");
    expect(updated!.destinationCountry).toBe("Arab Saudi");
    const lead = updated!.agencies.find((a) => a.role === "LEAD");
    expect(lead?.agencyId).toBe("BP3MI-JT");
    expect(updated!.agencies.map((a) => a.agencyId)).toContain("DINKOPUKMNAKER-KAB-PEKALONGAN");
    expect(await chat.cases()).toHaveLength(1);
  });

  it("attaches a follow-up from a reporter with an open case to that case instead of opening a new one", async () => {
    const { ctx } = app;
    const chat = new SimulatedChat(ctx);
    await chat.say("paspor saya ditahan agen di hongkong, saya asal lampung");
    await skipFacts((t) => chat.say(t), await chat.say("untuk saya sendiri"));
    await chat.say("ya");
    const [open] = await chat.cases();
    const reply = await chat.say("pak agennya sekarang minta uang 5 juta kalau mau paspor kembali");
    expect(reply).toContain(open!.ticket);
    expect(await chat.cases()).toHaveLength(1);
    const followUps = await ctx.db.caseEvent.count({ where: { caseId: open!.id, type: "REPORTER_MESSAGE" } });
    expect(followUps).toBe(1);
  });
});

describe("delivery guarantees", () => {
  it("stores and answers a message delivered twice only once", async () => {
    const { ctx } = app;
    const chat = new SimulatedChat(ctx);
    const first = await chat.send("halo", { id: "dup-1" });
    const again = await chat.send("halo", { id: "dup-1" });
    expect(again.duplicate).toBe(true);
    expect(again.messageId).toBe(first.messageId);
    const replies = await chat.newReplies();
    expect(replies).toHaveLength(1);
    expect(await ctx.db.message.count({ where: { externalId: "dup-1" } })).toBe(1);
  });

  it("processes a burst from one chat in arrival order", async () => {
    const { ctx } = app;
    const chat = new SimulatedChat(ctx);
    await chat.send("menu");
    await chat.send("1");
    await chat.send("majikan tidak bayar gaji saya 4 bulan");
    await chat.send("untuk saya sendiri");
    const replies = await chat.newReplies();
    expect(replies[0]).toMatch(/Selamat datang/);
    expect(replies[1]).toMatch(/ceritakan masalahnya/);
    expect(replies[2]).toMatch(/nama lengkap Bapak\/Ibu/);
    expect(replies[3]).toMatch(/Dari kabupaten\/kota dan provinsi mana/);
  });
});

describe("officer actions reach the reporter", () => {
  it("notifies the reporter in Indonesian on a status change and on an officer reply", async () => {
    const { ctx } = app;
    const chat = new SimulatedChat(ctx);
    await chat.say("gaji saya dipotong agen terus, saya dari jakarta timur, kerja di singapura");
    await skipFacts((t) => chat.say(t), await chat.say("saya sendiri"));
    await chat.say("ya");
    const [created] = await chat.cases();
    await changeCaseStatus(ctx, { caseId: created!.id, to: "DITANGANI", note: "Kami sedang menghubungi agen Bapak/Ibu." });
    const status = (await chat.newReplies()).join("\n");
    expect(status).toContain(created!.ticket);
    expect(status).toContain("Ditangani");
    expect(status).toContain("Kami sedang menghubungi agen");

    const officer = await ctx.db.officer.create({
      data: { agencyId: "BP3MI-JK", username: `petugas-${created!.ticket}`, name: "Petugas Uji", role: "OFFICER", passwordHash: "x" },
    });
    await sendOfficerReply(ctx, {
      caseId: created!.id,
      officerId: officer.id,
      agencyId: "BP3MI-JK",
      text: "Mohon kirim foto slip gaji terakhir.",
    });
    const reply = (await chat.newReplies()).join("\n");
    expect(reply).toContain("BP3MI DKI Jakarta");
    expect(reply).toContain("Mohon kirim foto slip gaji terakhir.");

    const lookup = await chat.say(`cek ${created!.ticket}`);
    expect(lookup).toContain("Ditangani");
  });

  it("reveals nothing about an unknown ticket or another reporter's case", async () => {
    const { ctx } = app;
    const owner = new SimulatedChat(ctx);
    await owner.say("paspor saya ditahan majikan di taiwan, asal saya lampung");
    await skipFacts((t) => owner.say(t), await owner.say("1"));
    await owner.say("ya");
    const [theirs] = await owner.cases();

    const stranger = new SimulatedChat(ctx);
    const other = await stranger.say(`status ${theirs!.ticket}`);
    const unknown = await stranger.say("status PMI-7K3M9X");
    expect(other).toContain("tidak menemukan");
    expect(other).not.toContain("Diterima");
    expect(unknown.replace("PMI-7K3M9X", theirs!.ticket)).toBe(other);
  });
});
