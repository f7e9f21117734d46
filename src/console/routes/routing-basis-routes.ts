import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CASE_PHASES, PHASE_LABELS, type CasePhase } from "../../core/phase.js";
import { agreementEndsOn, agreementInForce, routeCase } from "../../core/routing.js";
import type { ConsoleDeps } from "../console-deps.js";
import { agreementsOfRegions } from "../../store/agreements.js";
import { findRoutingFacts } from "../../store/case-reads.js";
import { canSteer, visibleCaseOr404 } from "../access/case-access.js";
import { signedInOfficer } from "../auth/require-officer.js";

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * What a case's routing rests on: its phase (officers may change it, see case-action-routes),
 * the agreement whose rows route it — said plainly when that agreement has expired — and
 * whether the agreements give the case's current kind and phase another lead office.
 */
export async function routingBasisRoutes(app: FastifyInstance, ctx: Pick<ConsoleDeps, "db" | "rules">): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/cases/:id/routing-basis",
    {
      schema: {
        tags: ["kasus"],
        summary: "Dasar rute kasus: tahap, perjanjian (dan apakah sudah berakhir), penanggung jawab menurut perjanjian",
        params: z.object({ id: z.string().uuid() }),
      },
    },
    async (request) => {
      const officer = signedInOfficer(request);
      const access = await visibleCaseOr404(ctx.db, officer, request.params.id);
      const c = await findRoutingFacts(ctx.db, access.id);
      const routing = ctx.rules.routing;
      const region = c.originRegionId ? (routing.region(c.originRegionId) ?? null) : null;
      // A regency without its own agreement is routed by its province's (src/core/routing.ts).
      const regionIds = region ? [region.id, region.provinceId].filter((id): id is string => !!id) : [];
      const agreements = regionIds.length ? await agreementsOfRegions(ctx.db, regionIds) : [];
      const now = new Date();
      const own = regionIds.map((id) => agreements.filter((a) => a.regionId === id)).find((list) => list.length > 0) ?? [];
      const agreement = own.find((a) => agreementInForce(a.signedOn, a.termYears, now)) ?? own[0] ?? null;
      const routedLead = routeCase({ region, kind: c.kind, extraKinds: c.extraKinds, phase: c.phase }, routing)[0]!.agencyId;
      const endsOn = agreement ? agreementEndsOn(agreement.signedOn, agreement.termYears) : null;
      return {
        phase: c.phase,
        phaseLabel: c.phase ? (PHASE_LABELS[c.phase as CasePhase] ?? c.phase) : null,
        phases: CASE_PHASES.map((p) => ({ phase: p, label: PHASE_LABELS[p] })),
        canChangePhase: canSteer(officer, access),
        agreement:
          agreement && endsOn
            ? {
                id: agreement.id,
                title: agreement.title,
                numbers: agreement.numbers,
                signedOn: dayOf(agreement.signedOn),
                endsOn: dayOf(endsOn),
                expired: !agreementInForce(agreement.signedOn, agreement.termYears, now),
              }
            : null,
        routedLead: { agencyId: routedLead, name: routing.agencyName(routedLead) },
        leadMatches: c.agencies.some((a) => a.agencyId === routedLead),
      };
    },
  );
}
