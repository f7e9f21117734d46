import type { Button, ReplyPart } from "../conversation/engine.js";
import type { ChannelName } from "../channels/contract.js";
import type { Outbox } from "../cases/outbox.js";
import type { Sql } from "../store/database.js";
import { withinWorkingHours } from "../core/working-time.js";
import { texts } from "../core/texts.js";
import type { EffectOutcome } from "./apply-effects.js";
import type { PipelineDeps } from "./pipeline-deps.js";

/** Fills the engine's placeholders with what the effects produced (ticket, agency, status). */
export function renderPlaceholder(
  part: Exclude<ReplyPart, { text: string }>,
  outcome: EffectOutcome,
  deps: Pick<PipelineDeps, "rules">,
): { text: string; buttons?: Button[] } | null {
  const agencyName = (id: string) => deps.rules.routing.agencyName(id);
  switch (part.placeholder) {
    case "caseCreated":
      return outcome.created
        ? {
            text: texts.caseCreated(
              outcome.created.ticket,
              agencyName(outcome.created.leadAgencyId),
              // A promise to a reporter falls within office hours (an hours-based deadline may not).
              withinWorkingHours(outcome.created.firstResponseDueAt, deps.rules.calendar),
            ),
          }
        : null;
    case "emergencyCaseCreated":
      return outcome.created
        ? { text: texts.emergencyCaseCreated(outcome.created.ticket, agencyName(outcome.created.leadAgencyId)) }
        : null;
    case "officerCaseCreated":
      return outcome.created
        ? {
            text: texts.officerCaseCreated(
              outcome.created.ticket,
              agencyName(outcome.created.leadAgencyId),
              outcome.created.firstResponseDueAt,
            ),
          }
        : null;
    case "statusLookup":
      return outcome.statusText ? { text: outcome.statusText } : null;
    case "officerRequested":
      return outcome.ticket ? { text: texts.officerRequested(outcome.ticket, outcome.officerAnswersFrom) } : null;
    case "followResult":
      return outcome.followReply ?? null;
    case "privacyResult":
      return outcome.privacyReply ? { text: outcome.privacyReply } : null;
  }
}

/** A decision's replies as outbound rows of its chat, in order (placeholders filled from the effects' outcome); queued after commit by outbox.flush. */
export async function queueReplies(
  tx: Sql,
  outbox: Outbox,
  deps: Pick<PipelineDeps, "rules">,
  conversation: { id: string; channel: ChannelName },
  replies: ReplyPart[],
  outcome: EffectOutcome,
): Promise<void> {
  for (const part of replies) {
    const reply: { text: string; buttons?: Button[] } | null = "text" in part ? part : renderPlaceholder(part, outcome, deps);
    if (!reply) continue;
    await outbox.add(tx, {
      conversationId: conversation.id,
      channel: conversation.channel,
      text: reply.text,
      ...(reply.buttons ? { buttons: reply.buttons } : {}),
      caseId: outcome.caseId ?? null,
      emergency: outcome.emergency,
    });
  }
}
