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

/** States of a job that is over: its id may be removed and queued again. */
const FINISHED = new Set(["completed", "failed", "unknown"]);

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
  /** By queue name. */
  private readonly outbound = new Map<string, Queue<OutboundJob>>();

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

  /**
   * Where a channel's replies of this urgency wait: an emergency's first reply in a queue of its
   * own, whose workers are free while the ordinary ones hold their slots waiting for their paced
   * turn (a priority alone would still wait for one of those slots).
   */
  outboundQueue(channel: ChannelName, urgency: OutboundUrgency = "normal"): Queue<OutboundJob> {
    const name = urgency === "emergency" ? QUEUE.outboundEmergency(channel) : QUEUE.outbound(channel);
    let queue = this.outbound.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix });
      this.outbound.set(name, queue);
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
    await this.outboundQueue(channel, urgency).addBulk(
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
   * delayed or running, in either of the channel's queues, is left alone: the row gets no second
   * job (two live jobs could send it twice). Resolves how many were queued.
   */
  async redeliverOutbound(channel: ChannelName, messageIds: string[], urgency: OutboundUrgency = "normal"): Promise<number> {
    const queues = [this.outboundQueue(channel), this.outboundQueue(channel, "emergency")];
    const states = await Promise.all(messageIds.map((id) => Promise.all(queues.map((q) => q.getJobState(JOB_ID.outbound(id))))));
    const jobless: string[] = [];
    const removals: Promise<unknown>[] = [];
    messageIds.forEach((id, i) => {
      if (!states[i]!.every((state) => FINISHED.has(state))) return;
      jobless.push(id);
      queues.forEach((queue, q) => {
        if (states[i]![q] !== "unknown") removals.push(queue.remove(JOB_ID.outbound(id)));
      });
    });
    await Promise.all(removals);
    await this.addOutbound(channel, jobless, urgency);
    return jobless.length;
  }

  /**
   * An emergency reply's chat has earlier replies still queued: they take the emergency's
   * priority, so the chat is answered in order and at once. One already running keeps its place.
   */
  async promoteOutbound(channel: ChannelName, messageIds: string[]): Promise<void> {
    const queue = this.outboundQueue(channel);
    for (const id of messageIds) {
      const job = await queue.getJob(JOB_ID.outbound(id));
      if (job && Number(job.priority) !== PRIORITY.emergency) await job.changePriority({ priority: PRIORITY.emergency });
    }
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
