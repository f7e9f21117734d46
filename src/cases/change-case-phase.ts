import { PHASE_LABELS, type CasePhase } from "../core/phase.js";
import { routeCase } from "../core/routing.js";
import { caseNotFound, type CaseServiceDeps } from "./case-services.js";

const phaseLabel = (phase: string | null) => (phase ? (PHASE_LABELS[phase as CasePhase] ?? phase) : "belum diketahui");

/**
 * An officer sets where in migration the case stands (before work, abroad, after return).
 * Recorded as PHASE_CHANGED with the old and new phase. Like a change of kind it does not move
 * the case: when the agreements give the new phase another lead office, the event says which,
 * so the officer can refer the case there (`reroute`).
 */
export async function changeCasePhase(
  deps: CaseServiceDeps,
  input: { caseId: string; phase: CasePhase | null; officerId: string; agencyId: string },
): Promise<{ changed: boolean; reroute: { agencyId: string; name: string } | null }> {
  const now = deps.now?.() ?? new Date();
  const result = await deps.db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${input.caseId}::uuid FOR UPDATE`;
    const found = await tx.case.findUnique({
      where: { id: input.caseId },
      select: {
        phase: true,
        kind: true,
        extraKinds: true,
        originRegionId: true,
        agencies: { where: { role: "LEAD" }, select: { agencyId: true } },
      },
    });
    if (!found) throw caseNotFound();
    if (found.phase === input.phase) return { changed: false, reroute: null };
    const routing = deps.rules.routing;
    const region = found.originRegionId ? (routing.region(found.originRegionId) ?? null) : null;
    const lead = routeCase({ region, kind: found.kind, extraKinds: found.extraKinds, phase: input.phase }, routing)[0]!.agencyId;
    const reroute = found.agencies.some((a) => a.agencyId === lead) ? null : { agencyId: lead, name: routing.agencyName(lead) };
    await tx.case.update({ where: { id: input.caseId }, data: { phase: input.phase } });
    await tx.caseEvent.create({
      data: {
        caseId: input.caseId,
        type: "PHASE_CHANGED",
        officerId: input.officerId,
        agencyId: input.agencyId,
        note:
          `Tahap: ${phaseLabel(found.phase)} → ${phaseLabel(input.phase)}` +
          (reroute
            ? `. Menurut perjanjian, tahap ini dipimpin ${reroute.name}; rujuk kasus bila perlu.`
            : ". Penanggung jawab menurut perjanjian tetap sama."),
        data: { from: found.phase, to: input.phase, ...(reroute ? { routedLead: reroute.agencyId } : {}) },
        createdAt: now,
      },
    });
    return { changed: true, reroute };
  });
  if (result.changed) await deps.updates.publish({ type: "case.updated", caseId: input.caseId });
  return result;
}
