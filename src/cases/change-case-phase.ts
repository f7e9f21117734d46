import { PHASE_LABELS, type CasePhase } from "../core/phase.js";
import { routeCase } from "../core/routing.js";
import { createCaseEvent } from "../store/case-events.js";
import { lockRoutingFacts, setPhase } from "../store/case-parties.js";
import { inTransaction } from "../store/database.js";
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
  const result = await inTransaction(deps.db, async (tx) => {
    const found = await lockRoutingFacts(tx, input.caseId);
    if (!found) throw caseNotFound();
    if (found.phase === input.phase) return { changed: false, reroute: null };
    const routing = deps.rules.routing;
    const region = found.originRegionId ? (routing.region(found.originRegionId) ?? null) : null;
    const lead = routeCase({ region, kind: found.kind, extraKinds: found.extraKinds, phase: input.phase }, routing)[0]!.agencyId;
    const reroute = found.agencies.some((a) => a.agencyId === lead) ? null : { agencyId: lead, name: routing.agencyName(lead) };
    await setPhase(tx, input.caseId, input.phase);
    await createCaseEvent(tx, {
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
    });
    return { changed: true, reroute };
  });
  if (result.changed) await deps.updates.publish({ type: "case.updated", caseId: input.caseId });
  return result;
}
