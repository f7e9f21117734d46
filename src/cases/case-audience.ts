import type { ChannelName } from "../channels/contract.js";
import { audienceConversations } from "../store/cases.js";
import type { Sql } from "../store/database.js";
import type { Outbox } from "./outbox.js";

export interface Recipient {
  conversationId: string;
  channel: ChannelName;
  /** A family member following the case, not its reporter. */
  follower: boolean;
}

/**
 * Who hears about a case: the reporter, on the chat the case came from (first), and every family
 * member who follows it with proof (verified) and has not stopped following, on their latest chat.
 */
export async function caseAudience(tx: Sql, caseId: string): Promise<Recipient[]> {
  const rows = (await audienceConversations(tx, caseId)) as { conversationId: string | null; channel: ChannelName }[];
  if (rows.length === 0) throw new Error(`case ${caseId} not found`);
  const recipients: Recipient[] = [];
  for (const row of rows) {
    if (row.conversationId && !recipients.some((r) => r.conversationId === row.conversationId)) {
      recipients.push({ conversationId: row.conversationId, channel: row.channel, follower: recipients.length > 0 });
    }
  }
  return recipients;
}

/**
 * A status message to everyone who hears about the case, in the caller's transaction. Followers
 * get `followerText` when given (null: nothing), so what is meant for the reporter stays theirs.
 */
export async function notifyAudience(
  tx: Sql,
  outbox: Outbox,
  caseId: string,
  text: string,
  emergency: boolean,
  followerText: string | null = text,
): Promise<void> {
  for (const { follower, ...recipient } of await caseAudience(tx, caseId)) {
    const body = follower ? followerText : text;
    if (body !== null) await outbox.add(tx, { ...recipient, text: body, caseId, kind: "status", emergency });
  }
}
