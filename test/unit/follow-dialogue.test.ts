import { describe, expect, it } from "vitest";
import { decide, type ConversationState, type EngineFacts } from "../../src/conversation/engine.js";
import { parseConsent, parseFollowCommand, parseWorkerPhone } from "../../src/conversation/follow-commands.js";

const facts: EngineFacts = {
  now: new Date("2026-11-23T03:00:00Z"),
  hotlines: { hotline: "0800-1000", hotlineAbroad: "+62-21-29244800" },
  defaultOnBehalf: true,
  openCase: null,
};

describe("follow commands", () => {
  it("reads deep links, /ikuti and typed forms, with the ticket in any spelling", () => {
    expect(parseFollowCommand("/start PMI-7K3M9X")).toEqual({ type: "follow", ticket: "PMI-7K3M9X" });
    expect(parseFollowCommand("/start@pmi_bot PMI_7K3M9X")).toEqual({ type: "follow", ticket: "PMI-7K3M9X" });
    expect(parseFollowCommand("/ikuti pmi 7k3 m9x")).toEqual({ type: "follow", ticket: "PMI-7K3M9X" });
    expect(parseFollowCommand("IKUTI PMI-7K3M9X")).toEqual({ type: "follow", ticket: "PMI-7K3M9X" });
    expect(parseFollowCommand("/ikuti")).toEqual({ type: "follow", ticket: null });
    expect(parseFollowCommand("/berhenti_ikuti")).toEqual({ type: "unfollow", ticket: null });
    expect(parseFollowCommand("berhenti ikuti PMI-7K3M9X")).toEqual({ type: "unfollow", ticket: "PMI-7K3M9X" });
  });

  it("does not take ordinary sentences or other start payloads for commands", () => {
    expect(parseFollowCommand("ikuti saja prosedur dari agen")).toBeNull();
    expect(parseFollowCommand("/start")).toBeNull();
    expect(parseFollowCommand("/start iklan_facebook")).toBeNull();
    expect(parseFollowCommand("berhenti")).toBeNull();
  });

  it("accepts only clear consent answers", () => {
    expect(parseConsent("YA")).toBe(true);
    expect(parseConsent("ya, izinkan")).toBe(true);
    expect(parseConsent("Tidak.")).toBe(false);
    expect(parseConsent("ok")).toBeNull();
    expect(parseConsent("tidak dibayar gaji saya")).toBeNull();
  });

  it("reads the worker's WhatsApp number in Indonesian and foreign forms", () => {
    expect(parseWorkerPhone("Siti, adik saya, 0812-3456-7890")?.phone).toBe("+6281234567890");
    expect(parseWorkerPhone("wa +60 12-345 6789")?.phone).toBe("+60123456789");
    expect(parseWorkerPhone("628123456789")?.phone).toBe("+628123456789");
    expect(parseWorkerPhone("umur 23 tahun")).toBeNull();
  });
});

describe("conversation engine: following cases", () => {
  it("turns a deep link into a follow effect, and only a consent that names its request into an answer", () => {
    const follow = decide({}, { kind: "text", text: "/start PMI-7K3M9X" }, facts);
    expect(follow.effects).toEqual([{ type: "followCase", ticket: "PMI-7K3M9X" }]);
    expect(follow.replies).toEqual([{ placeholder: "followResult" }]);

    const pending = { ...facts, pendingConsent: { ticket: "PMI-7K3M9X" } };
    const typed = decide({ step: "idle" }, { kind: "text", text: "YA PMI-7K3M9X" }, pending);
    expect(typed.effects).toEqual([{ type: "answerFollowRequest", approve: true, ticket: "PMI-7K3M9X" }]);
    const button = decide({ step: "idle" }, { kind: "text", text: "", action: "consent:no:PMI-7K3M9X:0a1b2c3d" }, pending);
    expect(button.effects).toEqual([{ type: "answerFollowRequest", approve: false, ticket: "PMI-7K3M9X", follower: "0a1b2c3d" }]);
  });

  it("never takes a bare 'ya' outside an intake as consent: it stays with the open case and the reporter learns how to answer", () => {
    const pending = { ...facts, openCase: { id: "c1", ticket: "PMI-4HQ2WZ" }, pendingConsent: { ticket: "PMI-7K3M9X" } };
    const bare = decide({ step: "idle" }, { kind: "text", text: "ya" }, pending);
    expect(bare.effects).toEqual([{ type: "attachToCase", caseId: "c1", triage: null }]);
    expect(bare.replies.map((r) => ("text" in r ? r.text : "")).join("\n")).toContain("YA PMI-7K3M9X");
    // An old button without its request is refused.
    const old = decide({ step: "idle" }, { kind: "text", text: "", action: "consent:yes" }, pending);
    expect(old.effects).toEqual([]);
  });

  it("leaves YA to the complaint confirmation when an intake is running", () => {
    const draft = {
      description: ["gaji"],
      kind: "GAJI",
      extraKinds: [],
      urgency: "NORMAL",
      signals: [],
      asked: {},
      forOfficer: false,
      startedAt: facts.now.toISOString(),
      onBehalf: false,
      nameSkipped: true,
      regionId: "ID-LA",
      country: "Malaysia",
      awaiting: "confirm",
    } as const;
    const state: ConversationState = { step: "intake", draft: structuredClone(draft) as unknown as ConversationState["draft"] };
    const decision = decide(state, { kind: "text", text: "ya" }, { ...facts, pendingConsent: { ticket: "PMI-7K3M9X" } });
    expect(decision.effects.map((e) => e.type)).toEqual(["createCase"]);
  });

  it("answers a follow command during an intake and asks the pending question again", () => {
    const start = decide({}, { kind: "text", text: "gaji adik saya tidak dibayar majikan" }, facts);
    const during = decide(start.state, { kind: "text", text: "/ikuti PMI-7K3M9X" }, facts);
    expect(during.effects).toEqual([{ type: "followCase", ticket: "PMI-7K3M9X" }]);
    expect(during.state.step).toBe("intake");
    expect(during.replies[1]).toMatchObject({ text: expect.stringMatching(/Siapa nama lengkap/) });
  });

  it("asks for the ticket from the menu, and refuses stale consent and answer buttons politely", () => {
    const menu = decide({ step: "menu" }, { kind: "text", text: "", action: "menu:follow" }, facts);
    expect(menu.state.step).toBe("ask-follow-ticket");
    const ticket = decide(menu.state, { kind: "text", text: "pmi-7k3m9x" }, facts);
    expect(ticket.effects).toEqual([{ type: "followCase", ticket: "PMI-7K3M9X" }]);
    const noRequest = decide({ step: "idle" }, { kind: "text", text: "", action: "consent:yes" }, facts);
    expect(noRequest.effects).toEqual([]);
    expect(noRequest.replies[0]).toMatchObject({ text: expect.stringMatching(/sudah tidak berlaku/) });
    const staleAnswer = decide({ step: "idle" }, { kind: "text", text: "", action: "answer:yes" }, facts);
    expect(staleAnswer.effects).toEqual([]);
    expect(staleAnswer.replies[0]).toMatchObject({ text: expect.stringMatching(/sudah tidak berlaku/) });
  });

  it("records the worker's WhatsApp number with the name, and tells about an oversized file", () => {
    const start = decide({}, { kind: "text", text: "adik saya di malaysia gajinya tidak dibayar, kami dari lampung" }, facts);
    const named = decide(start.state, { kind: "text", text: "Siti Aminah, adik saya, WA 0812 3456 7890" }, facts);
    expect(named.state.draft).toMatchObject({ workerName: "Siti Aminah", workerPhone: "+6281234567890", relationship: "adik" });
    const big = decide(named.state, { kind: "oversized", text: "" }, facts);
    expect(big.replies[0]).toMatchObject({ text: expect.stringMatching(/terlalu besar/) });
    expect(big.state.draft).toEqual(named.state.draft);
  });
});
