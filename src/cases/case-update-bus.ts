import type { Redis } from "ioredis";

export type CaseUpdateType =
  | "case.created"
  | "case.updated"
  | "case.message"
  | "case.status"
  | "case.referred"
  | "message.failed"
  | "message.sent"
  | "case.alert";

export interface CaseUpdate {
  type: CaseUpdateType;
  caseId: string;
  /** `case.alert`: the agencies whose officers just got a notice (the live stream tells only them). */
  agencyIds?: string[];
}

/**
 * Live updates for the console across processes: workers publish case ids (never content)
 * on a Redis channel; console processes subscribe and push to officers' browsers. A `CaseUpdate`
 * is only a "look again" signal: the audit record is the `CaseEvent` row (`src/audit`).
 */
export class CaseUpdateBus {
  constructor(
    private readonly publisher: Redis,
    private readonly channel: string,
  ) {}

  async publish(event: CaseUpdate): Promise<void> {
    await this.publisher.publish(this.channel, JSON.stringify(event));
  }

  /** Subscribes with a dedicated connection (a subscribed Redis connection can do nothing else). */
  async subscribe(subscriber: Redis, onEvent: (event: CaseUpdate) => void): Promise<() => Promise<void>> {
    await subscriber.subscribe(this.channel);
    const listener = (channel: string, payload: string) => {
      if (channel !== this.channel) return;
      try {
        onEvent(JSON.parse(payload) as CaseUpdate);
      } catch {
        // A malformed event is dropped; the console refreshes on its next poll anyway.
      }
    };
    subscriber.on("message", listener);
    return async () => {
      subscriber.off("message", listener);
      await subscriber.unsubscribe(this.channel);
    };
  }
}
