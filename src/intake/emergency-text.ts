import { isEmergency } from "../core/triage.js";

/**
 * Whether a message's words call for the emergency path: its intake job, and on a channel its
 * place ahead of other chats' messages waiting to be stored. Very long texts are not triaged
 * here (an emergency in them is still found when the conversation engine reads them).
 */
export function isEmergencyText(text: string | null | undefined): boolean {
  return !!text && text.length < 20_000 && isEmergency(text);
}
