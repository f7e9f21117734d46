/**
 * Whole conversations as workers (WhatsApp) and families (Telegram) write them: typos,
 * abbreviations, Malay, Javanese and Sundanese, questions answered in their own words. Each row
 * plays every message through the pure engine (the pipeline's part, an emergency case's id, is
 * stood in for) and asserts what the bot says at each turn and what is stored on the case.
 */
import { describe, expect, it } from "vitest";
import {
  decide,
  type CaseDraft,
  type ConversationState,
  type Decision,
  type Effect,
  type EngineFacts,
  type EngineInput,
} from "../../src/conversation/engine.js";
import { CONVERSATIONS, type Talk } from "./conversation-table.data.js";

const baseFacts: EngineFacts = {
  now: new Date("2026-11-23T03:00:00Z"),
  hotlines: { hotline: "0800-1000", hotlineAbroad: "+62-21-29244800" },
  defaultOnBehalf: false,
  openCase: null,
};

const textOf = (d: Decision) => d.replies.map((r) => ("text" in r ? r.text : `<${r.placeholder}>`)).join("\n");

function play(talk: Talk) {
  let state: ConversationState = {};
  let now = baseFacts.now.getTime();
  const decisions: Decision[] = [];
  for (const turn of talk.turns) {
    const message = turn[0];
    const input: EngineInput = typeof message === "string" ? { kind: "text", text: message } : message;
    now += 60_000;
    const facts: EngineFacts = {
      ...baseFacts,
      defaultOnBehalf: talk.on === "tg",
      ...talk.facts,
      now: new Date(now),
      messageReceivedAt: new Date(now),
    };
    const decision = decide(state, input, facts);
    decisions.push(decision);
    state = decision.state;
    // The pipeline's part: an emergency case created mid-intake gives the draft its id and ticket.
    const created = decision.effects.find((e) => e.type === "createCase");
    if (created && state.draft && created.draft.emergencyCreated)
      state = { ...state, draft: { ...state.draft, caseId: "case-emergency", ticket: "PMI-XAN9KX" } };
  }
  const effects = decisions.flatMap((d) => d.effects);
  return { decisions, state, effects };
}

/** The case as the pipeline would store it: the last draft handed to createCase or updateCase. */
function storedCase(effects: Effect[]): CaseDraft | undefined {
  const drafts = effects.flatMap((e) => (e.type === "createCase" || e.type === "updateCase" ? [e.draft] : []));
  return drafts[drafts.length - 1];
}

describe("conversation table: what people write, what the bot says, what the case holds", () => {
  it("has at least 100 whole conversations, on both channels", () => {
    expect(CONVERSATIONS.length).toBeGreaterThanOrEqual(100);
    expect(CONVERSATIONS.filter((c) => c.on === "tg").length).toBeGreaterThanOrEqual(25);
    expect(new Set(CONVERSATIONS.map((c) => c.title)).size).toBe(CONVERSATIONS.length);
  });

  it.each(CONVERSATIONS.map((c) => [c.title, c] as const))("%s", (_title, talk) => {
    const { decisions, effects, state } = play(talk);
    talk.turns.forEach((turn, i) => {
      if (turn[1]) expect(textOf(decisions[i]!), `reply to turn ${i + 1} (${JSON.stringify(turn[0])})`).toMatch(turn[1]);
    });
    if (talk.never) for (const [i, d] of decisions.entries()) expect(textOf(d), `reply to turn ${i + 1}`).not.toMatch(talk.never);
    const stored = storedCase(effects);
    if (talk.noCase) expect(effects.filter((e) => e.type === "createCase")).toEqual([]);
    if (talk.stored) {
      expect(stored, "a case is created").toBeDefined();
      expect(stored).toMatchObject(talk.stored);
    }
    for (const field of talk.absent ?? []) expect(stored?.[field as keyof CaseDraft], `${field} not stored`).toBeUndefined();
    if (talk.toldFacts) expect(stored?.facts ?? {}, "facts told").toEqual(talk.toldFacts);
    if (talk.effects) expect(effects).toEqual(expect.arrayContaining(talk.effects.map((e) => expect.objectContaining(e))));
    if (talk.description) {
      // Nothing the reporter told is dropped from the story officers read.
      const description = (stored ?? state.draft)?.description.join("\n") ?? "";
      for (const part of talk.description) expect(description).toContain(part);
    }
  });
});
