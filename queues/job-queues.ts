import { Queue, type ConnectionOptions } from "bullmq";
import type { ChannelName } from "../src/core/channels.js";
import type { JobScheduler, OutboundUrgency, SlaTimer } from "../src/core/job-scheduler.js";
import { JOB_ID, QUEUE } from "./names.js";

/** A wake-up call: these conversations have stored messages waiting (the rows are the truth). */
export interface InboundJob {
  conversationIds: string[];
}
export interface OutboundJob {
  messageId: string;
}
export type { SlaTimer };
/** The timer as stored in the queue (dates travel as text). */
export interface SlaJob extends Omit<SlaTimer, "dueAt"> {
  dueAt: string;
}

export interface TranscribeJob {
  messageId: string;
}

/** Priority 1 is served first: emergencies jump every queue. */
export const PRIORITY = { emergency: 1, emergencyLater: 2, normal: 5 } as const;
const OUTBOUND_PRIORITY: Record<OutboundUrgency, number> = {
  emergency: PRIORITY.emergency,
  "emergency-later": PRIORITY.emergencyLater,
  normal: PRIORITY.normal,
};

/** The producers' side of every queue, shared by bots, workers and the console. */
export class JobQueues implements JobScheduler {
  readonly inbound: Queue<InboundJob>;
  /** Conversations with an emergency waiting: consumed by workers kept free of the ordinary backlog. */
  readonly inboundEmergency: Queue<InboundJob>;
  readonly sla: Queue<SlaJob>;
  readonly transcribe: Queue<TranscribeJob>;
  private readonly outbound = new Map<ChannelName, Queue<OutboundJob>>();

  constructor(
    private readonly connection: ConnectionOptions,
    readonly prefix: string,
    /** Whether voice notes are transcribed (TRANSCRIBE_URL set); otherwise addTranscriptions does nothing. */
    private readonly transcription = false,
  ) {
    this.inbound = new Queue(QUEUE.inbound, { connection, prefix });
    this.inboundEmergency = new Queue(QUEUE.inboundEmergency, { connection, prefix });
    this.sla = new Queue(QUEUE.sla, { connection, prefix });
    this.transcribe = new Queue(QUEUE.transcribe, { connection, prefix });
  }

  outboundQueue(channel: ChannelName): Queue<OutboundJob> {
    let queue = this.outbound.get(channel);
    if (!queue) {
      queue = new Queue(QUEUE.outbound(channel), { connection: this.connection, prefix: this.prefix });
      this.outbound.set(channel, queue);
    }
    return queue;
  }

  /**
   * Wakes the inbound workers for these conversations. Emergencies go to a queue of their own:
   * a priority alone would still wait for an ordinary worker to finish its batch.
   */
  async addInbound(conversationIds: string[], emergency = false): Promise<void> {
    if (conversationIds.length === 0) return;
    await (emergency ? this.inboundEmergency : this.inbound).add(
      "process",
      { conversationIds },
      {
        priority: emergency ? PRIORITY.emergency : PRIORITY.normal,
        attempts: 10,
        backoff: { type: "exponential", delay: 500 },
        removeOnComplete: { age: 3600, count: 10_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    );
  }

  async addOutbound(channel: ChannelName, messageIds: string[], urgency: OutboundUrgency = "normal"): Promise<void> {
    if (messageIds.length === 0) return;
    await this.outboundQueue(channel).addBulk(
      messageIds.map((messageId) => ({
        name: "send",
        data: { messageId },
        opts: {
          jobId: JOB_ID.outbound(messageId),
          priority: OUTBOUND_PRIORITY[urgency],
          attempts: 8,
          backoff: { type: "exponential", delay: 1000 },
          removeOnComplete: { age: 3600, count: 10_000 },
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      })),
    );
  }

  /**
   * Queues these outbound rows again, whatever became of their earlier jobs. A job that already
   * finished (completed or failed) keeps its deterministic id while it is retained, and BullMQ
   * ignores an add with a retained id, so finished jobs are removed first. A job still waiting,
   * delayed or running is left alone: the row gets no second job. Resolves how many were queued.
   */
  async redeliverOutbound(channel: ChannelName, messageIds: string[], urgency: OutboundUrgency = "normal"): Promise<number> {
    const queue = this.outboundQueue(channel);
    const states = await Promise.all(messageIds.map((id) => queue.getJobState(JOB_ID.outbound(id))));
    const finished = messageIds.filter((_, i) => states[i] === "completed" || states[i] === "failed");
    await Promise.all(finished.map((id) => queue.remove(JOB_ID.outbound(id))));
    const jobless = [...finished, ...messageIds.filter((_, i) => states[i] === "unknown")];
    await this.addOutbound(channel, jobless, urgency);
    return jobless.length;
  }

  async addSlaTimer(caseId: string, clock: SlaTimer["clock"], dueAt: Date, now = new Date()): Promise<void> {
    await this.addSlaTimers([{ caseId, clock, dueAt }], now);
  }

  /** One round trip for all the timers a batch of new cases needs. */
  async addSlaTimers(timers: SlaTimer[], now = new Date()): Promise<void> {
    if (timers.length === 0) return;
    await this.sla.addBulk(
      timers.map(({ caseId, clock, dueAt }) => ({
        name: "check",
        data: { caseId, clock, dueAt: dueAt.toISOString() },
        opts: {
          jobId: JOB_ID.sla(caseId, clock, dueAt),
          delay: Math.max(0, dueAt.getTime() - now.getTime()),
          attempts: 5,
          backoff: { type: "exponential", delay: 5000 },
          removeOnComplete: { age: 24 * 3600 },
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      })),
    );
  }

  /** One transcription job per voice-note message, each retried on its own. */
  async addTranscriptions(messageIds: string[]): Promise<void> {
    if (!this.transcription || messageIds.length === 0) return;
    await this.transcribe.addBulk(
      messageIds.map((messageId) => ({
        name: "transcribe",
        data: { messageId },
        opts: {
          jobId: JOB_ID.transcribe(messageId),
          attempts: 10,
          // From seconds (a busy server, a conversation held by another job) to hours (a server down).
          backoff: { type: "exponential", delay: 10_000 },
          removeOnComplete: { age: 24 * 3600 },
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      })),
    );
  }

  async close(): Promise<void> {
    await Promise.all([
      this.inbound.close(),
      this.inboundEmergency.close(),
      this.sla.close(),
      this.transcribe.close(),
      ...[...this.outbound.values()].map((q) => q.close()),
    ]);
  }
}
