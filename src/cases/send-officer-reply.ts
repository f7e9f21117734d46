import { createCaseEvent } from "../store/case-events.js";
import { findReplyFacts, setFirstResponse } from "../store/case-parties.js";
import { inTransaction, sqlOf } from "../store/database.js";
import { texts } from "../core/texts.js";
import { Outbox } from "./outbox.js";
import { caseAudience } from "./case-audience.js";
import { caseNotFound, type CaseServiceDeps } from "./case-services.js";

/**
 * An officer's answer goes to the reporter on the channel they used (followers see status
 * changes, not the private conversation, unless the officer ticks "juga kirim ke keluarga"),
 * and counts as the case's first response.
 */
export async function sendOfficerReply(
  deps: CaseServiceDeps,
  reply: { caseId: string; officerId: string; agencyId: string; text: string; alsoToFamily?: boolean },
): Promise<{ messageId: string }> {
  const now = deps.now?.() ?? new Date();
  const outbox = new Outbox();
  const messageId = await inTransaction(deps.db, async (tx) => {
    const found = await findReplyFacts(tx, reply.caseId);
    if (!found) throw caseNotFound();
    const sql = sqlOf(tx);
    const [reporter, ...followers] = await caseAudience(sql, reply.caseId);
    if (!reporter) throw new Error(`case ${reply.caseId} has no conversation to reply to`);
    const text = texts.officerReply(found.ticket, deps.rules.routing.agencyName(reply.agencyId), reply.text);
    const emergency = found.urgency === "EMERGENCY";
    const message = { text, caseId: reply.caseId, officerId: reply.officerId, kind: "officer-reply" as const, emergency };
    const id = await outbox.add(sql, { conversationId: reporter.conversationId, channel: reporter.channel, ...message });
    if (reply.alsoToFamily) {
      for (const f of followers) await outbox.add(sql, { conversationId: f.conversationId, channel: f.channel, ...message });
    }
    await createCaseEvent(tx, {
      caseId: reply.caseId,
      type: "REPLY",
      officerId: reply.officerId,
      agencyId: reply.agencyId,
      data: { messageId: id },
      createdAt: now,
    });
    if (!found.firstRespondedAt) await setFirstResponse(tx, reply.caseId, now);
    return id;
  });
  await outbox.flush(deps.queues);
  await deps.updates.publish({ type: "case.message", caseId: reply.caseId });
  return { messageId };
}
