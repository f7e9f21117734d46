import type { ChannelName } from "../channels/contract.js";
import type { Logger } from "../logger.js";
import type { Db } from "../store/database.js";
import { addIdentities, findIdentities, setReachabilityByIdentity } from "../store/reporters.js";

/**
 * What a channel adapter learns about a sender besides their messages, handed over here so the
 * adapter converts and never writes rows itself.
 */
export interface SenderRecordDeps {
  db: Db;
  log: Logger;
}

/**
 * A platform says two ids are one person (WhatsApp's LID and phone number): the one already known
 * is joined by the other, so the person keeps one reporter. Two different reporters are left for
 * an officer to merge.
 */
export async function linkSamePerson(deps: SenderRecordDeps, channel: ChannelName, ids: string[]): Promise<void> {
  const known = await findIdentities(deps.db, channel, ids);
  const reporters = new Set(known.map((k) => k.reporterId));
  if (reporters.size !== 1 || known.length === ids.length) {
    if (reporters.size > 1)
      deps.log.warn({ channel, reporters: [...reporters] }, "two ids of one person belong to two reporters: left for an officer to merge");
    return;
  }
  const reporterId = known[0]!.reporterId;
  await addIdentities(
    deps.db,
    channel,
    ids.filter((id) => !known.some((k) => k.externalId === id)),
    reporterId,
  );
  deps.log.debug({ channel, reporterId }, "ids of one person linked to one reporter");
}

/**
 * Officers see that a person blocked the bot (their messages cannot arrive) until they unblock it.
 * Resolves how many reporters changed.
 */
export async function recordReachability(
  deps: Pick<SenderRecordDeps, "db">,
  channel: ChannelName,
  userId: string,
  blocked: boolean,
): Promise<number> {
  return setReachabilityByIdentity(deps.db, channel, userId, blocked ? new Date() : null);
}
