import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ALL_CASE_KINDS, CASE_KIND_LABELS, isEmergencyKind } from "../../core/case-kinds.js";
import { CASE_STATUSES, isResolvedStatus, STATUS_LABELS, statusChangeWarning } from "../../core/case-lifecycle.js";
import { CASE_FACT_FIELDS, WORK_SECTORS } from "../../core/case-facts.js";
import { REGENCIES, regencyLabel } from "../../core/regencies.js";
import { isAlertNotice } from "../../cases/notify-agency.js";
import { COUNTRY_NAMES } from "../../core/countries.js";
import { CASE_PHASES, PHASE_LABELS } from "../../core/phase.js";
import { signedInOfficer } from "../auth/require-officer.js";
import { countUnread, latestNotifications, markNotificationsRead } from "../../store/notifications.js";
import { listActiveOfficers, listAgencies, listRegions } from "../../store/reference-data.js";
import { activeReplyTemplates } from "../../store/reply-templates.js";
import type { ConsoleDeps } from "../console-deps.js";

const readBody = z.object({ ids: z.array(z.string().uuid()).max(500).optional() });

/** What the console's forms need: agencies, kinds, statuses, regions, officers of my agency, reply templates; and notices. */
export async function referenceRoutes(app: FastifyInstance, ctx: Pick<ConsoleDeps, "db">): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/reference", { schema: { tags: ["referensi"], summary: "Data rujukan untuk formulir konsol" } }, async (request) => {
    const officer = signedInOfficer(request);
    const [agencies, regions, officers, templates] = await Promise.all([
      listAgencies(ctx.db),
      listRegions(ctx.db),
      listActiveOfficers(ctx.db, officer.agencyId),
      // My agency's reply templates in force; placeholders filled in the composer.
      activeReplyTemplates(ctx.db, officer.agencyId),
    ]);
    return {
      agencies,
      regions,
      officers,
      kinds: ALL_CASE_KINDS.map((k) => ({ kind: k, label: CASE_KIND_LABELS[k], emergency: isEmergencyKind(k) })),
      // `resolved`: the core's rule (case-lifecycle.ts), so the browser does not keep a copy of it;
      // `confirm`: what the officer is asked before moving a case there (null: no question).
      statuses: CASE_STATUSES.map((s) => ({
        status: s,
        label: STATUS_LABELS[s],
        resolved: isResolvedStatus(s),
        confirm: statusChangeWarning(s),
      })),
      templates,
      // Every kabupaten/kota, for the inbox filter: "Kabupaten Indramayu (Provinsi Jawa Barat)".
      regencies: REGENCIES.map((r) => ({ code: r.code, label: regencyLabel(r, regions.find((p) => p.id === r.provinceId)?.name) })).sort(
        (a, b) => a.label.localeCompare(b.label),
      ),
      // The inbox filters: destination countries by their stored names, and the phases.
      countries: COUNTRY_NAMES,
      phases: CASE_PHASES.map((p) => ({ phase: p, label: PHASE_LABELS[p] })),
      workSectors: Object.entries(WORK_SECTORS).map(([code, label]) => ({ code, label })),
      factFields: Object.entries(CASE_FACT_FIELDS).map(([field, label]) => ({ field, label })),
    };
  });

  api.get(
    "/api/notifications",
    {
      schema: {
        tags: ["referensi"],
        summary: "Pemberitahuan untuk petugas (kasus darurat, rujukan masuk, pelanggaran SLA); alert: kasus darurat yang dibunyikan",
      },
    },
    async (request) => {
      const officerId = signedInOfficer(request).id;
      const rows = await latestNotifications(ctx.db, officerId, 50);
      const unread = await countUnread(ctx.db, officerId);
      return { notifications: rows.map((r) => ({ ...r, alert: isAlertNotice(r.type) })), unread };
    },
  );

  api.post(
    "/api/notifications/read",
    { schema: { tags: ["referensi"], summary: "Tandai pemberitahuan sudah dibaca", body: readBody } },
    async (request) => {
      const { ids } = request.body;
      return { updated: await markNotificationsRead(ctx.db, signedInOfficer(request).id, ids, new Date()) };
    },
  );
}
