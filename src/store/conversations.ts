import type { Channel } from "../generated/prisma/enums.js";
import type { Sql } from "./database.js";

/** Of these chat ids (one person's several platform ids), the one whose conversation began first. */
export async function firstConversationChatId(sql: Sql, channel: Channel, chatIds: string[]): Promise<string | undefined> {
  const [row] = await sql.rows<{ chatId: string }>`
    SELECT "chatId" FROM "Conversation" WHERE channel = ${channel}::"Channel" AND "chatId" = ANY(${chatIds}::text[]) ORDER BY "createdAt" LIMIT 1`;
  return row?.chatId;
}
