import type { Sql, Tx } from "../store/database.js";
import { insertAgencyNotices } from "../store/notifications.js";

export interface AgencyNotice {
  caseId: string;
  type: string;
  text: string;
}

/**
 * Notice types that are emergency alerts: the console rings, shows a desktop notification and
 * a banner for them (the others only count in the badge and the tab title).
 */
export const ALERT_NOTICES = {
  /** A new emergency case, to every agency it was routed to. */
  newEmergency: "EMERGENCY_NEW",
  /** An emergency that came to the agency later: re-routed lead, referral, added party. */
  routedEmergency: "EMERGENCY_ROUTED",
  /** An open case raised to an emergency, to every party. */
  escalatedEmergency: "EMERGENCY_ESCALATED",
} as const;
const ALERT_NOTICE_TYPES = new Set<string>(Object.values(ALERT_NOTICES));

export function isAlertNotice(type: string): boolean {
  return ALERT_NOTICE_TYPES.has(type);
}

/** A console notice for every active officer of an agency (referral received, party added, case reopened). */
export async function notifyAgency(tx: Tx, agencyId: string, notice: AgencyNotice): Promise<void> {
  await insertAgencyNotices(tx, [agencyId], { ...notice, text: notice.text.slice(0, 1000) });
}

/** The same notice, inside a transaction of the intake pipeline (which runs on the `sql` client). */
export async function notifyAgencyOfficers(tx: Sql, agencyId: string, notice: AgencyNotice): Promise<void> {
  await notifyAgenciesOfficers(tx, [agencyId], notice);
}

/** One notice for every active officer of each of these agencies; resolves the agencies, once each. */
export async function notifyAgenciesOfficers(tx: Sql, agencyIds: readonly string[], notice: AgencyNotice): Promise<string[]> {
  const agencies = [...new Set(agencyIds)];
  if (agencies.length === 0) return [];
  await insertAgencyNotices(tx, agencies, { ...notice, text: notice.text.slice(0, 1000) });
  return agencies;
}
