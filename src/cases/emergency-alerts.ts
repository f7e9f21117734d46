import { CASE_KIND_LABELS, type CaseKind } from "../core/case-kinds.js";
import { ticketAndParties } from "../store/cases.js";
import type { Sql } from "../store/database.js";
import { ALERT_NOTICES, notifyAgenciesOfficers } from "./notify-agency.js";

const kindLabel = (kind: string) => CASE_KIND_LABELS[kind as CaseKind] ?? "Keadaan darurat";

/**
 * Emergency alerts: console notices that make the officers of an agency look at once (the console
 * rings and shows them on the desktop, see ALERT_NOTICES). Each resolves the agencies notified,
 * for the live stream to tell only their officers.
 */

/** A new emergency case: every agency it was routed to (lead, supporting offices, the national desk). */
export function alertNewEmergency(
  tx: Sql,
  input: { caseId: string; ticket: string; kind: string; regionName: string | null; agencyIds: string[] },
): Promise<string[]> {
  const origin = input.regionName ? `asal ${input.regionName}` : "daerah asal belum diketahui";
  return notifyAgenciesOfficers(tx, input.agencyIds, {
    caseId: input.caseId,
    type: ALERT_NOTICES.newEmergency,
    text: `DARURAT: kasus baru ${input.ticket} (${kindLabel(input.kind)}), ${origin}. Mohon segera ditangani.`,
  });
}

/** An emergency that came to these agencies later: as the new lead, or as a supporting party. */
export function alertRoutedEmergency(
  tx: Sql,
  input: { caseId: string; ticket: string; agencyIds: string[]; asLead: boolean; reason: string },
): Promise<string[]> {
  const role = input.asLead ? "kini menjadi penanggung jawab utama" : "ditambahkan sebagai pihak pendukung";
  return notifyAgenciesOfficers(tx, input.agencyIds, {
    caseId: input.caseId,
    type: ALERT_NOTICES.routedEmergency,
    text: `DARURAT: instansi Anda ${role} kasus darurat ${input.ticket}. ${input.reason}`,
  });
}

/** An open case raised to an emergency: every agency party to it (the national desk included). */
export async function alertEscalatedEmergency(tx: Sql, input: { caseId: string; kind: string; reason: string }): Promise<string[]> {
  const parties = await ticketAndParties(tx, input.caseId);
  if (parties.length === 0) return [];
  return notifyAgenciesOfficers(
    tx,
    parties.map((p) => p.agencyId),
    {
      caseId: input.caseId,
      type: ALERT_NOTICES.escalatedEmergency,
      text: `DARURAT: tiket ${parties[0]!.ticket} dinaikkan menjadi darurat (${kindLabel(input.kind)}). ${input.reason}. Mohon segera ditangani.`,
    },
  );
}
