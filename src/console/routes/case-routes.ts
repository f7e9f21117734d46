import type { FastifyInstance } from "fastify";
import { regencyByCode, regencyLabel } from "../../core/regencies.js";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AUDIT, recordAuditEvent } from "../../audit/record-audit-event.js";
import { attachmentKindLabel, caseEventLabel } from "../../core/case-event-labels.js";
import { signedInOfficer } from "../auth/require-officer.js";
import type { ConsoleDeps } from "../console-deps.js";
import {
  caseThread,
  caseTimeline,
  countEvents,
  findCaseAttachment,
  findCaseForPage,
  findPersonalIdentifiers,
} from "../../store/case-reads.js";
import { canAddParties, canSteer, visibleCaseOr404 } from "../access/case-access.js";
import { notFound } from "../http-error.js";
import { createReadAudit, READ_EVENTS, READ_EVENT_TYPES } from "../audit-reads.js";
import { maskIdentifier, maskIdentifiersInText } from "../../core/mask-identifier.js";
import { WORK_SECTORS, documentChecklist, isWorkSector } from "../../core/case-facts.js";
import { factChangesView, kindLabel, referralAgencies, slaView, statusLabel, transitionsFrom } from "./case-views.js";

export const caseParams = z.object({ id: z.string().max(64) });
const attachmentParams = z.object({ id: z.string().max(64), attachmentId: z.string().uuid() });
/** `reveal=texts`: identifiers inside the description or messages unmasked (audited as a reveal). */
const readQuery = z.object({ reveal: z.enum(["texts"]).optional() });
const revealBody = z.object({ field: z.enum(["reporterPhone", "workerPhone", "passportNumber", "nik"]) });

import { documentPreview, fileTypeLabel, inlineMime } from "./attachment-mime.js";

const FIELD_LABELS = {
  reporterPhone: "telepon pelapor",
  workerPhone: "telepon pekerja",
  passportNumber: "nomor paspor",
  nik: "NIK",
} as const;

const REVEAL_NOTES = {
  description: "Menampilkan data pribadi dalam uraian",
  messages: "Menampilkan data pribadi dalam percakapan",
} as const;

/** Reading one case: details (identifiers masked), thread, timeline, attachments, audited reveal. */
export async function caseRoutes(app: FastifyInstance, ctx: Pick<ConsoleDeps, "config" | "db" | "log" | "redis" | "rules">): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const auditRead = createReadAudit(ctx);
  /** Unmasked personal data shown on request: one audited read per field revealed. */
  const auditReveal = (officer: Parameters<typeof auditRead>[0], caseId: string, field: keyof typeof REVEAL_NOTES) =>
    auditRead(officer, { type: "REVEAL_PII", caseId, targetId: field, note: REVEAL_NOTES[field], data: { field } });

  api.get(
    "/api/cases/:id",
    { schema: { tags: ["kasus"], summary: "Rincian kasus (data pribadi disamarkan)", params: caseParams, querystring: readQuery } },
    async (request) => {
      const officer = signedInOfficer(request);
      const access = await visibleCaseOr404(ctx.db, officer, request.params.id);
      const revealed = request.query.reveal === "texts";
      await auditRead(officer, { type: READ_EVENTS.caseViewed, caseId: access.id, note: "Membuka rincian kasus" });
      if (revealed) await auditReveal(officer, access.id, "description");
      const c = await findCaseForPage(ctx.db, access.id);
      const breaches = await countEvents(ctx.db, c.id, "SLA_BREACHED");
      return {
        id: c.id,
        ticket: c.ticket,
        kind: c.kind,
        kindLabel: kindLabel(c.kind),
        extraKinds: c.extraKinds.map((k) => ({ kind: k, label: kindLabel(k) })),
        urgency: c.urgency,
        status: c.status,
        statusLabel: statusLabel(c.status),
        transitions: c.mergedIntoId ? [] : transitionsFrom(c.status),
        channel: c.channel,
        onBehalf: c.onBehalf,
        relationship: c.relationship,
        reporter: {
          kind: c.reporter.kind,
          name: c.reporter.name,
          phone: maskIdentifier(c.reporter.phone, "phone"),
          unreachable: c.reporter.unreachableAt !== null,
        },
        worker: {
          name: c.workerName,
          phone: maskIdentifier(c.workerPhone, "phone"),
          passportNumber: maskIdentifier(c.passportNumber, "document"),
          nik: maskIdentifier(c.nik, "document"),
        },
        region: c.originRegion,
        regency: (() => {
          const regency = regencyByCode(c.originRegencyCode);
          return regency
            ? { code: regency.code, name: regency.name, label: regencyLabel(regency, ctx.rules.routing.region(regency.provinceId)?.name) }
            : null;
        })(),
        originText: c.originText,
        destinationCountry: c.destinationCountry,
        employerName: c.employerName,
        placementCompany: c.placementCompany,
        agencyAbroad: c.agencyAbroad,
        cityAbroad: c.cityAbroad,
        workSector: c.workSector,
        workSectorLabel: c.workSector && isWorkSector(c.workSector) ? WORK_SECTORS[c.workSector] : c.workSector,
        departureDate: c.departureDate,
        documentChecklist: documentChecklist(c.kind),
        description: revealed ? c.description : maskIdentifiersInText(c.description),
        assignedOfficer: c.assignedOfficer,
        parties: c.agencies.map((a) => ({ agencyId: a.agencyId, name: a.agency.name, role: a.role, reason: a.reason, addedAt: a.addedAt })),
        followers: c.followers.map((f) => ({ name: f.reporter.name, relationship: f.relationship, verified: f.verified })),
        mergedInto: c.mergedInto,
        merged: c.merged,
        sla: { ...slaView(c, new Date()), breaches },
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        myRole: access.myRole,
        canSteer: canSteer(officer, access),
        canAddParties: canAddParties(officer, access),
        // Likely agencies first (the agreements' routing for this region and kind): for referring and adding parties.
        referralAgencies: referralAgencies(c, ctx.rules.routing),
      };
    },
  );

  api.get(
    "/api/cases/:id/messages",
    { schema: { tags: ["kasus"], summary: "Seluruh percakapan kasus dengan lampiran", params: caseParams, querystring: readQuery } },
    async (request) => {
      const officer = signedInOfficer(request);
      const access = await visibleCaseOr404(ctx.db, officer, request.params.id);
      const revealed = request.query.reveal === "texts";
      await auditRead(officer, { type: READ_EVENTS.threadRead, caseId: access.id, note: "Membaca percakapan" });
      if (revealed) await auditReveal(officer, access.id, "messages");
      const messages = await caseThread(ctx.db, access.id, 2000);
      return {
        messages: messages.map((m) => ({
          id: m.id,
          direction: m.direction,
          kind: m.kind,
          kindLabel: attachmentKindLabel(m.kind),
          text: revealed ? m.text : maskIdentifiersInText(m.text),
          state: m.state,
          error: m.state === "FAILED" ? m.error : null,
          channel: m.channel,
          officerName: m.officer?.name ?? null,
          createdAt: m.createdAt,
          sentAt: m.sentAt,
          attachments: m.attachments.map((a) => {
            const inline = inlineMime(a.mime);
            return {
              ...a,
              // An automatic transcript is the reporter's words: masked like the messages.
              transcript: revealed ? a.transcript : maskIdentifiersInText(a.transcript),
              inline: inline !== null,
              media: inline?.split("/")[0] ?? null,
              preview: documentPreview(a.mime),
              typeLabel: fileTypeLabel(a.mime),
              url: `/api/cases/${access.id}/attachments/${a.id}`,
            };
          }),
        })),
      };
    },
  );

  api.get(
    "/api/cases/:id/events",
    { schema: { tags: ["kasus"], summary: "Linimasa: setiap peristiwa kasus, siapa dan kapan", params: caseParams } },
    async (request) => {
      const access = await visibleCaseOr404(ctx.db, signedInOfficer(request), request.params.id);
      const events = await caseTimeline(ctx.db, access.id, READ_EVENT_TYPES, 2000);
      return {
        events: events.map((e) => ({
          id: e.id,
          type: e.type,
          label: caseEventLabel(e.type),
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          toStatusLabel: e.toStatus ? statusLabel(e.toStatus) : null,
          note: e.note,
          data: e.data,
          changes: factChangesView(e.type, e.data),
          officerName: e.officer?.name ?? null,
          agencyName: e.agency?.name ?? null,
          createdAt: e.createdAt,
        })),
      };
    },
  );

  api.get(
    "/api/cases/:id/attachments/:attachmentId",
    { schema: { tags: ["kasus"], summary: "Unduh atau tampilkan lampiran", params: attachmentParams } },
    async (request, reply) => {
      const officer = signedInOfficer(request);
      const access = await visibleCaseOr404(ctx.db, officer, request.params.id);
      const attachment = await findCaseAttachment(ctx.db, access.id, request.params.attachmentId);
      if (!attachment) throw notFound();
      // A player reads in ranges: one opening is one read, not one per range.
      if (!/^bytes=[1-9]/.test(request.headers.range ?? "")) {
        await auditRead(officer, {
          type: READ_EVENTS.attachmentOpened,
          caseId: access.id,
          targetId: request.params.attachmentId,
          note: "Membuka lampiran",
          data: { attachmentId: request.params.attachmentId },
        });
      }
      const inline = inlineMime(attachment.mime);
      const name = (attachment.fileName ?? "lampiran").replace(/[^\w.\- ]+/g, "_").slice(0, 100);
      const data = Buffer.from(attachment.data);
      // A reporter's file must never run as a page of the console's origin: a sandboxing CSP with
      // nothing allowed, no sniffing, and anything but known media only as a download.
      reply
        .header("content-type", inline ?? "application/octet-stream")
        .header("content-disposition", `${inline ? "inline" : "attachment"}; filename="${name}"`)
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "default-src 'none'; sandbox")
        .header("cross-origin-resource-policy", "same-origin")
        .header("cache-control", "private, no-store")
        .header("accept-ranges", "bytes");
      // Audio and video elements read their file in ranges (seeking, duration).
      const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? "");
      if (range && (range[1] || range[2])) {
        const start = range[1] ? Number(range[1]) : Math.max(0, data.length - Number(range[2]));
        const end = range[1] && range[2] ? Math.min(Number(range[2]), data.length - 1) : data.length - 1;
        if (start > end || start >= data.length) return reply.code(416).header("content-range", `bytes */${data.length}`).send();
        return reply
          .code(206)
          .header("content-range", `bytes ${start}-${end}/${data.length}`)
          .send(data.subarray(start, end + 1));
      }
      return reply.send(data);
    },
  );

  api.post(
    "/api/cases/:id/reveal",
    { schema: { tags: ["kasus"], summary: "Tampilkan satu data pribadi (dicatat di linimasa)", params: caseParams, body: revealBody } },
    async (request) => {
      const officer = signedInOfficer(request);
      const access = await visibleCaseOr404(ctx.db, officer, request.params.id);
      const { field } = request.body;
      const c = await findPersonalIdentifiers(ctx.db, access.id);
      const value = field === "reporterPhone" ? c.reporter.phone : c[field];
      await recordAuditEvent(ctx.db, {
        type: AUDIT.revealPersonalData,
        caseId: access.id,
        officerId: officer.id,
        agencyId: officer.agencyId,
        note: `Menampilkan ${FIELD_LABELS[field]}`,
        data: { field },
      });
      ctx.log.info({ caseId: access.id, officerId: officer.id, field }, "personal identifier revealed");
      return { field, value };
    },
  );
}
