import type { Prisma } from "../infra/prisma.js";
import { sqlOver, type Sql } from "../infra/sql.js";

export interface AgencyNotice {
  caseId: string;
  type: string;
  text: string;
}

/** A console notice for every active officer of an agency (referral received, party added, case reopened). */
export async function notifyAgency(tx: Prisma.TransactionClient, agencyId: string, notice: AgencyNotice): Promise<void> {
  await notifyAgencyOfficers(sqlOver(tx), agencyId, notice);
}

/** The same notice, inside a transaction of the intake pipeline (which runs on the `sql` client). */
export async function notifyAgencyOfficers(tx: Sql, agencyId: string, notice: AgencyNotice): Promise<void> {
  await tx.run`
    INSERT INTO "OfficerNotification" (id, "officerId", "caseId", type, text)
    SELECT gen_random_uuid(), o.id, ${notice.caseId}::uuid, ${notice.type}, ${notice.text.slice(0, 1000)}
    FROM "Officer" o WHERE o."agencyId" = ${agencyId} AND o.active`;
}
