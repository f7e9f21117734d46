import { decide, type ConversationState } from "./src/conversation/engine.js";
const msgs = process.argv.slice(2);
let state: ConversationState = {};
let now = Date.parse("2026-11-23T03:00:00Z");
for (const m of msgs) {
  now += 60000;
  const input = m.startsWith("@")
    ? { kind: "text", text: "", action: m.slice(1) }
    : m.startsWith("#")
      ? { kind: m.slice(1), text: "" }
      : { kind: "text", text: m };
  const d = decide(state, input, {
    now: new Date(now),
    messageReceivedAt: new Date(now),
    hotlines: { hotline: "0800-1000", hotlineAbroad: "+62" },
    defaultOnBehalf: false,
    openCase: null,
  });
  state = d.state;
  console.log(
    `> ${m}\n` +
      d.replies
        .map((r) =>
          "text" in r ? r.text + (r.buttons ? "  [" + r.buttons.map((b) => b.label).join("|") + "]" : "") : `<${r.placeholder}>`,
        )
        .join("\n") +
      `   (${d.reason})`,
  );
  for (const e of d.effects)
    if (e.type === "createCase")
      console.log(
        "CASE",
        JSON.stringify({ kind: e.draft.kind, facts: e.draft.facts, workerName: e.draft.workerName, desc: e.draft.description }),
      );
}
