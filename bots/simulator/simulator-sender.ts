import type { Redis } from "ioredis";
import type { ChannelSender, OutboundMessage } from "../../src/channels/contract.js";

/**
 * The simulator "delivers" by announcing the message on Redis: the message row itself (marked
 * SENT by the outbound worker) is what the simulator's HTTP endpoint serves to the terminal chat.
 */
export class SimulatorSender implements ChannelSender {
  readonly channel = "SIMULATOR" as const;

  constructor(
    private readonly redis: Redis,
    private readonly topic: string,
  ) {}

  async send(message: OutboundMessage): Promise<{ platformMessageId?: string }> {
    await this.redis.publish(this.topic, JSON.stringify({ chatId: message.chatId, messageId: message.messageId }));
    return { platformMessageId: message.messageId };
  }
}
