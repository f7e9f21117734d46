import { describe, expect, it } from "vitest";
import { decide, type ConversationState, type Decision, type EngineFacts, type EngineInput } from "../../src/conversation/engine.js";
import { emergencyFromTranscript } from "../../src/conversation/transcript-emergency.js";

const facts: EngineFacts = {
  now: new Date("2026-11-23T03:00:00Z"),
  hotlines: { hotline: "0800-1000", hotlineAbroad: "+62-21-29244800" },
  defaultOnBehalf: false,
  openCase: null,
};
const later = { ...facts, now: new Date("2026-11-23T03:02:00Z"), messageReceivedAt: new Date("2026-11-23T03:00:00Z") };
const VOICE: EngineInput = { kind: "voice", text: "" };
const SPOKEN = "tolong saya disekap majikan, tidak boleh keluar rumah dan paspor ditahan";

function stateAfter(messages: (string | EngineInput)[]): ConversationState {
  let state: ConversationState = {};
  for (const m of messages) state = decide(state, typeof m === "string" ? { kind: "text", text: m } : m, facts).state;
  return state;
}
const textOf = (d: Decision) => d.replies.map((r) => ("text" in r ? r.text : `<${r.placeholder}>`)).join("\n");
const createdDraft = (d: Decision) => {
  const effect = d.effects.find((e) => e.type === "createCase");
  if (effect?.type !== "createCase") throw new Error(`no case created (${d.reason})`);
  return effect.draft;
};

describe("an emergency heard in a voice note's transcript", () => {
  it("creates the case of a voice-only intake at once with the emergency advice, as a typed emergency would", () => {
    const asked = stateAfter([VOICE, "lampung"]);
    expect(asked.draft).toMatchObject({ viaMedia: true, awaiting: "country", regionId: "ID-LA" });

    const decision = emergencyFromTranscript(asked, SPOKEN, later)!;
    const draft = createdDraft(decision);
    expect(draft).toMatchObject({ kind: "TPPO", urgency: "EMERGENCY", regionId: "ID-LA", viaMedia: true, emergencyCreated: true });
    expect(draft.description.join("\n")).toContain(`Transkrip otomatis pesan suara: "${SPOKEN}"`);
    // Advice first, the ticket, the privacy notice; the advice itself asks whether the worker is safe.
    const text = textOf(decision);
    expect(text).toContain("0800-1000");
    expect(text.indexOf("0800-1000")).toBeLessThan(text.indexOf("<emergencyCaseCreated>"));
    expect(decision.state).toMatchObject({ step: "intake", draft: { awaiting: "safety", emergencyCreated: true } });
    expect(decision.state.lastActivityAt).toBe(asked.lastActivityAt);

    // The same transcript typed at the same point goes the same way.
    const typed = decide(asked, { kind: "text", text: SPOKEN }, later);
    expect(createdDraft(typed)).toMatchObject({ kind: draft.kind, urgency: draft.urgency, regionId: draft.regionId });
    expect(typed.state.draft?.awaiting).toBe("safety");
  });

  it("keeps the facts told so far and takes the voice note in when the draft began after it", () => {
    const typedLater = stateAfter(["gaji saya belum dibayar 3 bulan, saya dari lampung, kerja di malaysia"]);
    const draft = createdDraft(
      emergencyFromTranscript(typedLater, SPOKEN, { ...later, messageReceivedAt: new Date("2026-11-23T02:55:00Z") })!,
    );
    expect(draft).toMatchObject({ kind: "TPPO", country: "Malaysia", regionId: "ID-LA", startedAt: "2026-11-23T02:55:00.000Z" });
    expect(draft.extraKinds).toContain("GAJI");
  });

  it("starts the emergency case of an intake cancelled before the note was heard, the note in it", () => {
    const cancelled = stateAfter([VOICE, "batal"]);
    expect(cancelled.draft).toBeUndefined();
    const decision = emergencyFromTranscript(cancelled, SPOKEN, later)!;
    expect(createdDraft(decision)).toMatchObject({ kind: "TPPO", urgency: "EMERGENCY", startedAt: "2026-11-23T03:00:00.000Z" });
    expect(textOf(decision)).toContain("0800-1000");
    expect(decision.state.draft?.awaiting).toBe("safety");
  });

  it("changes nothing for a calm transcript, an intake whose case exists, or a reporter with another case open", () => {
    const asked = stateAfter([VOICE]);
    expect(emergencyFromTranscript(asked, "assalamualaikum pak, saya mau tanya soal gaji saya", later)).toBeNull();
    const withCase: ConversationState = {
      ...asked,
      draft: { ...asked.draft!, caseId: "c1", ticket: "PMI-7K3M9X", emergencyCreated: true },
    };
    expect(emergencyFromTranscript(withCase, SPOKEN, later)).toBeNull();
    expect(emergencyFromTranscript({ step: "idle" }, SPOKEN, { ...later, openCase: { id: "c2", ticket: "PMI-4H7N2P" } })).toBeNull();
  });
});
