import { describe, expect, it } from "vitest";
import { decide, type ConversationState, type Decision, type EngineFacts, type EngineInput } from "../../src/conversation/engine.js";
import { remindUnfinishedIntake } from "../../src/conversation/intake-reminder.js";
import { DEFAULT_RETENTION } from "../../src/core/retention.js";
import { texts } from "../../src/core/texts.js";

const facts: EngineFacts = {
  now: new Date("2026-11-23T03:00:00Z"),
  hotlines: { hotline: "0800-1000", hotlineAbroad: "+62-21-29244800" },
  defaultOnBehalf: false,
  openCase: null,
};
const later = new Date("2026-11-23T03:45:00Z");

/** The state after these messages, played through the pure engine. */
function stateAfter(messages: (string | EngineInput)[]): ConversationState {
  let state: ConversationState = {};
  for (const m of messages) state = decide(state, typeof m === "string" ? { kind: "text", text: m } : m, facts).state;
  return state;
}

const textOf = (d: Decision) => d.replies.map((r) => ("text" in r ? r.text : `<${r.placeholder}>`)).join("\n");
const answer = (state: ConversationState, input: string | EngineInput) =>
  decide(state, typeof input === "string" ? { kind: "text", text: input } : input, { ...facts, now: later });
const createdDraft = (d: Decision) => {
  const effect = d.effects.find((e) => e.type === "createCase");
  if (effect?.type !== "createCase") throw new Error(`no case created (${d.reason})`);
  return effect.draft;
};

describe("the reminder of an unfinished intake", () => {
  it("shows a typed complaint stopped at the name question what was recorded and asks the consent; YA then creates the case", () => {
    const stopped = stateAfter(["gaji saya belum dibayar 3 bulan, saya dari lampung, kerja di malaysia"]);
    expect(stopped.draft?.awaiting).toBe("workerName");

    const reminder = remindUnfinishedIntake(stopped, { now: later })!;
    expect(reminder.reason).toBe("intake-reminder");
    expect(reminder.effects).toEqual([]);
    const text = textOf(reminder);
    expect(text).toMatch(/Pengaduan Bapak\/Ibu belum terkirim ke petugas karena belum selesai\. Kami sudah mencatat:/);
    expect(text).toMatch(/• Masalah: Gaji tidak dibayar/i);
    expect(text).toMatch(/• Daerah asal: .*Lampung/);
    expect(text).toMatch(/• Negara tujuan: Malaysia/);
    expect(text).toMatch(/Balas YA untuk mengirim \(pertanyaan lain boleh dilewati\), atau BATAL/);
    // Consent is informed: the privacy notice comes first, since it was never sent with this draft.
    expect(reminder.replies).toHaveLength(2);
    expect(reminder.replies[0]).toEqual({ text: texts.privacyNotice(DEFAULT_RETENTION) });
    expect(reminder.replies.at(-1)).toMatchObject({ buttons: [{ action: "answer:yes" }, { action: "cancel" }] });
    expect(reminder.state.draft).toMatchObject({ awaiting: "confirm", remindedAt: later.toISOString() });
    // The reporter's own last activity is kept.
    expect(reminder.state.lastActivityAt).toBe(stopped.lastActivityAt);

    const yes = answer(reminder.state, "ya");
    expect(createdDraft(yes)).toMatchObject({ kind: "GAJI", regionId: "ID-LA", country: "Malaysia", consent: true });
    expect(createdDraft(yes).workerName).toBeUndefined();
    expect(textOf(yes)).toContain("<caseCreated>");
  });

  it("asks a voice-note chat for its consent by voice too, and a spoken YA sends it", () => {
    const stopped = stateAfter([{ kind: "voice", text: "" }]);
    expect(stopped.draft?.awaiting).toBe("region");
    const reminder = remindUnfinishedIntake(stopped, { now: later })!;
    expect(textOf(reminder)).toMatch(
      /belum terkirim[\s\S]*Cerita: Pengaduan lewat pesan suara\/foto[\s\S]*boleh menjawab YA dengan pesan suara/,
    );
    const spokenYes = answer(reminder.state, { kind: "voice", text: "" });
    expect(createdDraft(spokenYes)).toMatchObject({ viaMedia: true, consentByVoice: true });
  });

  it("does not send the privacy notice twice to a reporter already asked for the consent", () => {
    const atConfirm = stateAfter([
      "gaji saya belum dibayar 3 bulan, saya dari lampung, kerja di malaysia",
      "1",
      "Rina",
      "lewati",
      "lewati",
      "lewati",
    ]);
    expect(atConfirm.draft).toMatchObject({ awaiting: "confirm", privacyNoticeSent: true });
    const reminder = remindUnfinishedIntake(atConfirm, { now: later })!;
    expect(reminder.replies).toHaveLength(1);
    expect(textOf(reminder)).toMatch(/^Pengaduan Bapak\/Ibu belum terkirim/);
  });

  it("is sent once per draft: a reminded draft, and a reporter who then adds to the story, get none again", () => {
    const stopped = stateAfter(["gaji saya belum dibayar 3 bulan, saya dari lampung, kerja di malaysia"]);
    const reminded = remindUnfinishedIntake(stopped, { now: later })!.state;
    expect(remindUnfinishedIntake(reminded, { now: later })).toBeNull();
    const added = answer(reminded, "majikan juga menahan paspor saya sejak bulan lalu");
    // More story at the consent question: kept, the summary shown again, still only the consent asked.
    expect(added.state.draft?.awaiting).toBe("confirm");
    expect(textOf(added)).toMatch(/Mohon periksa ringkasan/);
    expect(remindUnfinishedIntake(added.state, { now: later })).toBeNull();
    // BATAL ends the draft; a new complaint is a new draft, which may get its own reminder.
    const cancelled = answer(added.state, "batal");
    expect(cancelled.state.draft).toBeUndefined();
    const fresh = answer(cancelled.state, "agen saya minta uang lagi 10 juta padahal sudah bayar, saya di taiwan");
    expect(remindUnfinishedIntake(fresh.state, { now: later })).not.toBeNull();
  });

  it("leaves emergencies (their case exists), empty drafts and conversations outside an intake alone", () => {
    const emergency = stateAfter(["tolong saya dipukuli majikan setiap hari dan tidak boleh keluar rumah"]);
    expect(emergency.draft?.emergencyCreated).toBe(true);
    expect(remindUnfinishedIntake(emergency, { now: later })).toBeNull();
    const nothingTold = stateAfter(["menu", "1"]);
    expect(nothingTold).toMatchObject({ step: "intake", draft: { description: [] } });
    expect(remindUnfinishedIntake(nothingTold, { now: later })).toBeNull();
    expect(remindUnfinishedIntake(stateAfter(["halo"]), { now: later })).toBeNull();
    expect(remindUnfinishedIntake({}, { now: later })).toBeNull();
  });
});
