import type { Db } from "../infra/prisma.js";
import { formatDateTime } from "../core/texts.js";

const CLOCK_LABEL = { "first-response": "respons pertama", resolution: "penyelesaian" } as const;

/**
 * Records an SLA breach once per clock and deadline (SLA_BREACHED event) and notifies the
 * supervisors of the lead agency; with none there, the national supervisors.
 */
export async function escalateSlaBreach(
  db: Db,
  breach: { caseId: string; clock: "first-response" | "resolution"; dueAt: Date; now: Date },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${breach.caseId}::uuid FOR UPDATE`;
    const already = await tx.caseEvent.findFirst({
      where: { caseId: breach.caseId, type: "SLA_BREACHED", data: { equals: { clock: breach.clock, dueAt: breach.dueAt.toISOString() } } },
      select: { id: true },
    });
    if (already) return false;
    const found = await tx.case.findUniqueOrThrow({
      where: { id: breach.caseId },
      select: { ticket: true, agencies: { where: { role: "LEAD" }, select: { agencyId: true } } },
    });
    const leadAgencyId = found.agencies[0]?.agencyId;
    await tx.caseEvent.create({
      data: {
        caseId: breach.caseId,
        type: "SLA_BREACHED",
        agencyId: leadAgencyId ?? null,
        note: `Batas waktu ${CLOCK_LABEL[breach.clock]} terlewati`,
        data: { clock: breach.clock, dueAt: breach.dueAt.toISOString() },
        createdAt: breach.now,
      },
    });
    let supervisors = await tx.officer.findMany({
      where: { agencyId: leadAgencyId, role: "SUPERVISOR", active: true },
      select: { id: true },
    });
    if (supervisors.length === 0) {
      supervisors = await tx.officer.findMany({
        where: { agency: { kind: "NATIONAL" }, role: { in: ["SUPERVISOR", "ADMIN"] }, active: true },
        select: { id: true },
      });
    }
    await tx.officerNotification.createMany({
      data: supervisors.map((s) => ({
        officerId: s.id,
        caseId: breach.caseId,
        type: "SLA_BREACHED",
        text: `Tiket ${found.ticket}: batas waktu ${CLOCK_LABEL[breach.clock]} (${formatDateTime(breach.dueAt)}) terlewati.`,
      })),
    });
    return true;
  });
}
