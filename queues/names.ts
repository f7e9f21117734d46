import type { ChannelName } from "../src/channels/contract.js";

/** Durable queue names: never rename (jobs in Redis carry them). kebab-case throughout. */
export const QUEUE = {
  inbound: "inbound",
  /** Emergencies' conversations: a queue with workers of its own, never busy with a backlog. */
  inboundEmergency: "inbound-emergency",
  sla: "sla",
  transcribe: "transcribe",
  outbound: (channel: ChannelName) => `outbound-${channel.toLowerCase()}`,
  /** An emergency's first reply: workers of their own, never all busy pacing the ordinary replies. */
  outboundEmergency: (channel: ChannelName) => `outbound-emergency-${channel.toLowerCase()}`,
} as const;

/** Deterministic job ids make enqueueing idempotent (BullMQ ignores a second add with the same id). */
export const JOB_ID = {
  outbound: (messageId: string) => `out-${messageId}`,
  sla: (caseId: string, clock: "first-response" | "resolution", dueAt: Date) => `sla-${clock}-${caseId}-${dueAt.getTime()}`,
  transcribe: (attachmentId: string) => `transcribe-${attachmentId}`,
} as const;
