/**
 * The reporter's rights by chat (UU PDP): DATA SAYA asks what we hold, HAPUS DATA asks for it to
 * be deleted. Answered whatever the conversation is doing; an intake in progress stays as it was.
 */
import type { Decision } from "./decision.js";
import type { ConversationState } from "./state.js";

const DATA_SUMMARY = /^(data\s*(saya|ku)|lihat\s+data\s*(saya|ku))$/;
const DELETION = /^(hapus\s+data\s*(saya|ku)?|hapus\s+data\s+pribadi(\s+saya)?)$/;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.!?,]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function decidePrivacyCommand(next: ConversationState, text: string, action: string | undefined): Decision | null {
  const command = action === "privacy:summary" ? "summary" : action === "privacy:delete" ? "delete" : commandOf(text);
  if (command === "summary")
    return { state: next, replies: [{ placeholder: "privacyResult" }], effects: [{ type: "summariseData" }], reason: "data-summary" };
  if (command === "delete")
    return { state: next, replies: [{ placeholder: "privacyResult" }], effects: [{ type: "requestDeletion" }], reason: "deletion-request" };
  return null;
}

function commandOf(text: string): "summary" | "delete" | null {
  if (text.length > 40) return null;
  const words = normalise(text);
  if (DATA_SUMMARY.test(words)) return "summary";
  if (DELETION.test(words)) return "delete";
  return null;
}
