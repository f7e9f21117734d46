/** The channels reporters write on. Stable codes match the Prisma enum Channel. */
export const CHANNELS = ["WHATSAPP", "TELEGRAM", "SIMULATOR"] as const;

export type ChannelName = (typeof CHANNELS)[number];

export function isChannelName(value: string): value is ChannelName {
  return (CHANNELS as readonly string[]).includes(value);
}
