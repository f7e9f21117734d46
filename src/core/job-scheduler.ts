import type { ChannelName } from "./channels.js";

/**
 * How an outbound message is queued: "emergency" leaves at once (first in the queue, no place in
 * the paced schedule, no typing pause); "emergency-later" (an emergency's further replies to a
 * chat, which its chat's interval spaces anyway) comes next, at the ordinary pace; then "normal".
 */
export type OutboundUrgency = "emergency" | "emergency-later" | "normal";

export type SlaClock = "first-response" | "resolution";

/** An SLA deadline to check when it comes due. */
export interface SlaTimer {
  caseId: string;
  clock: SlaClock;
  dueAt: Date;
}

/**
 * The wake-up calls the domain asks for (the rows stay the truth): the port src/cases and
 * src/intake depend on. queues/job-queues.ts implements it with BullMQ, with deterministic job
 * ids, so asking twice for the same work queues it once.
 */
export interface JobScheduler {
  /** These conversations have stored messages waiting; emergencies jump the queue. */
  addInbound(conversationIds: string[], emergency?: boolean): Promise<void>;
  /** Deliver these stored outbound rows on their channel. */
  addOutbound(channel: ChannelName, messageIds: string[], urgency?: OutboundUrgency): Promise<void>;
  /** Queue these outbound rows again, whatever became of their earlier jobs; resolves how many were queued. */
  redeliverOutbound(channel: ChannelName, messageIds: string[], urgency?: OutboundUrgency): Promise<number>;
  addSlaTimer(caseId: string, clock: SlaClock, dueAt: Date, now?: Date): Promise<void>;
  addSlaTimers(timers: SlaTimer[], now?: Date): Promise<void>;
  /** Transcribe these voice-note messages (does nothing when transcription is off). */
  addTranscriptions(messageIds: string[]): Promise<void>;
}
