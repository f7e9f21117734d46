import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { addCaseNote } from "../../cases/add-case-note.js";
import { addCaseParty } from "../../cases/add-case-party.js";
import { assignCase } from "../../cases/assign-case.js";
import type { CaseServiceDeps } from "../../cases/case-services.js";
import { changeCaseStatus } from "../../cases/change-case-status.js";
import { mergeCase } from "../../cases/merge-case.js";
import { referCase } from "../../cases/refer-case.js";
import { sendOfficerReply } from "../../cases/send-officer-reply.js";
import { CASE_STATUSES } from "../../core/case-lifecycle.js";
import { ALL_CASE_KINDS } from "../../core/case-kinds.js";
import { URGENCIES } from "../../core/urgency.js";
import { CASE_FACT_KEYS, isWorkSector, type CaseFactField } from "../../core/case-facts.js";
import { editCaseFacts } from "../../cases/edit-case-facts.js";
import { reclassifyCase } from "../../cases/reclassify-case.js";
import { changeCasePhase } from "../../cases/change-case-phase.js";
import { CASE_PHASES } from "../../core/phase.js";
import { signedInOfficer } from "../auth/require-officer.js";
import type { ConsoleDeps } from "../console-deps.js";
import { agencyExists as isKnownAgency } from "../../store/agencies.js";
import { mergedIntoOf } from "../../store/case-reads.js";
import { findVisibleCaseIdByTicket, isCaseVisible } from "../../store/case-scope.js";
import { canAddParties, canSteer, caseScope, visibleCaseOr404 } from "../access/case-access.js";
import type { Officer } from "../auth/sessions.js";
import { badRequest, forbidden } from "../http-error.js";
import { caseParams } from "./case-routes.js";
import { AppError } from "../../core/app-error.js";

const text = (max: number) => z.string().trim().min(1, "Teks tidak boleh kosong.").max(max);
const replyBody = z.object({ text: text(4000), alsoToFamily: z.boolean().optional() });
const noteBody = z.object({ text: text(5000) });
const statusBody = z.object({
  to: z.enum(CASE_STATUSES),
  note: z.string().trim().max(1000).optional(),
  alsoToFamily: z.boolean().optional(),
});
const assignBody = z.object({ officerId: z.string().uuid().nullable() });
const referBody = z.object({
  agencyId: z.string().min(1).max(60),
  reason: text(1000),
  previousLead: z.enum(["SUPPORT", "REMOVE"]).default("SUPPORT"),
});
const partyBody = z.object({ agencyId: z.string().min(1).max(60), reason: text(1000) });
const classificationBody = z.object({ kind: z.enum(ALL_CASE_KINDS as [string, ...string[]]), urgency: z.enum(URGENCIES) });
const factValue = z.string().trim().max(200).nullable().optional();
const factsBody = z
  .object(Object.fromEntries(CASE_FACT_KEYS.map((k) => [k, factValue])) as Record<CaseFactField, typeof factValue>)
  .strict()
  .refine((b) => !b.workSector || isWorkSector(b.workSector), { message: "Sektor pekerjaan tidak dikenal.", path: ["workSector"] })
  .refine((b) => !b.nik || /^\d{16}$/.test(b.nik), { message: "NIK harus 16 angka.", path: ["nik"] })
  .refine((b) => !b.passportNumber || /^[A-Za-z0-9]{5,20}$/.test(b.passportNumber), {
    message: "Nomor paspor hanya huruf dan angka (5-20).",
    path: ["passportNumber"],
  });
const mergeBody = z.object({ intoTicket: z.string().trim().min(1).max(20), reason: z.string().trim().max(1000).optional() });

const STEER_ONLY = "Hanya instansi penanggung jawab utama (atau tingkat pusat) yang dapat melakukan tindakan ini.";

/** Everything an officer does to a case; each goes through a case service that writes the audit event. */
export async function caseActionRoutes(app: FastifyInstance, ctx: Pick<ConsoleDeps, "db" | "updates" | "queues" | "rules">): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const deps: CaseServiceDeps = { db: ctx.db, queues: ctx.queues, rules: ctx.rules, updates: ctx.updates };
  const bodyLimit = 64 * 1024;
  const steerable = async (officer: Officer, id: string) => {
    const access = await visibleCaseOr404(ctx.db, officer, id);
    if (!canSteer(officer, access)) throw forbidden(STEER_ONLY);
    return access;
  };
  const agencyExists = async (agencyId: string) => {
    if (!(await isKnownAgency(ctx.db, agencyId))) throw badRequest("Instansi tujuan tidak dikenal.");
  };

  api.post(
    "/api/cases/:id/reply",
    { bodyLimit, schema: { tags: ["tindakan"], summary: "Balas pelapor di kanal yang dipakainya", params: caseParams, body: replyBody } },
    async (request, reply) => {
      const officer = signedInOfficer(request);
      const access = await visibleCaseOr404(ctx.db, officer, request.params.id);
      const sent = await sendOfficerReply(deps, {
        caseId: access.id,
        officerId: officer.id,
        agencyId: officer.agencyId,
        text: request.body.text,
        alsoToFamily: request.body.alsoToFamily === true,
      });
      return reply.code(202).send(sent);
    },
  );

  api.post(
    "/api/cases/:id/notes",
    {
      bodyLimit,
      schema: { tags: ["tindakan"], summary: "Catatan internal (tidak pernah dikirim ke pelapor)", params: caseParams, body: noteBody },
    },
    async (request, reply) => {
      const officer = signedInOfficer(request);
      const access = await visibleCaseOr404(ctx.db, officer, request.params.id);
      return reply
        .code(201)
        .send(await addCaseNote(deps, { caseId: access.id, officerId: officer.id, agencyId: officer.agencyId, text: request.body.text }));
    },
  );

  api.post(
    "/api/cases/:id/status",
    {
      bodyLimit,
      schema: {
        tags: ["tindakan"],
        summary: "Ubah status (hanya perpindahan yang diizinkan); pelapor diberi tahu",
        params: caseParams,
        body: statusBody,
      },
    },
    async (request) => {
      const officer = signedInOfficer(request);
      const access = await steerable(officer, request.params.id);
      if (await mergedIntoOf(ctx.db, access.id)) throw new AppError("conflict", "Kasus ini sudah digabungkan ke kasus lain.");
      return changeCaseStatus(deps, {
        caseId: access.id,
        to: request.body.to,
        officerId: officer.id,
        agencyId: officer.agencyId,
        ...(request.body.note ? { note: request.body.note } : {}),
        alsoToFamily: request.body.alsoToFamily === true,
      });
    },
  );

  api.post(
    "/api/cases/:id/classification",
    {
      bodyLimit,
      schema: {
        tags: ["tindakan"],
        summary: "Ubah jenis dan urgensi kasus (dicatat di linimasa)",
        params: caseParams,
        body: classificationBody,
      },
    },
    async (request) => {
      const officer = request.officer!;
      const access = await steerable(officer, request.params.id);
      const { kind, urgency } = request.body;
      return reclassifyCase(deps, {
        caseId: access.id,
        kind: kind as (typeof ALL_CASE_KINDS)[number],
        urgency,
        officerId: officer.id,
        agencyId: officer.agencyId,
      });
    },
  );

  api.post(
    "/api/cases/:id/phase",
    {
      schema: {
        tags: ["tindakan"],
        summary: "Ubah tahap (sebelum bekerja / di luar negeri / sudah pulang); dicatat, rute menurut perjanjian ditunjukkan",
        params: caseParams,
        body: z.object({ phase: z.enum(CASE_PHASES).nullable() }),
      },
    },
    async (request) => {
      const officer = signedInOfficer(request);
      const access = await steerable(officer, request.params.id);
      return changeCasePhase(deps, { caseId: access.id, phase: request.body.phase, officerId: officer.id, agencyId: officer.agencyId });
    },
  );

  api.post(
    "/api/cases/:id/facts",
    {
      bodyLimit,
      schema: {
        tags: ["tindakan"],
        summary: "Lengkapi atau koreksi data kasus (dicatat di linimasa, nomor identitas disamarkan)",
        params: caseParams,
        body: factsBody,
      },
    },
    async (request) => {
      const officer = request.officer!;
      const access = await visibleCaseOr404(ctx.db, officer, request.params.id);
      const changes = Object.fromEntries(Object.entries(request.body).filter(([, v]) => v !== undefined));
      return editCaseFacts(deps, { caseId: access.id, changes, officerId: officer.id, agencyId: officer.agencyId });
    },
  );

  api.post(
    "/api/cases/:id/claim",
    { schema: { tags: ["tindakan"], summary: "Ambil kasus untuk ditangani sendiri", params: caseParams } },
    async (request) => {
      const officer = signedInOfficer(request);
      const access = await steerable(officer, request.params.id);
      await assignCase(deps, { caseId: access.id, officerId: officer.id, byOfficerId: officer.id, byAgencyId: officer.agencyId });
      return { ok: true };
    },
  );

  api.post(
    "/api/cases/:id/assign",
    {
      bodyLimit,
      schema: { tags: ["tindakan"], summary: "Tugaskan ke petugas (supervisor/administrator)", params: caseParams, body: assignBody },
    },
    async (request) => {
      const officer = signedInOfficer(request);
      if (officer.role === "OFFICER" && request.body.officerId !== officer.id)
        throw forbidden("Hanya supervisor atau administrator yang dapat menugaskan kasus ke petugas lain.");
      const access = await steerable(officer, request.params.id);
      await assignCase(deps, {
        caseId: access.id,
        officerId: request.body.officerId,
        byOfficerId: officer.id,
        byAgencyId: officer.agencyId,
      });
      return { ok: true };
    },
  );

  api.post(
    "/api/cases/:id/refer",
    {
      bodyLimit,
      schema: {
        tags: ["tindakan"],
        summary: "Rujuk ke instansi lain (menjadi penanggung jawab utama)",
        params: caseParams,
        body: referBody,
      },
    },
    async (request) => {
      const officer = signedInOfficer(request);
      const access = await steerable(officer, request.params.id);
      await agencyExists(request.body.agencyId);
      const result = await referCase(deps, {
        caseId: access.id,
        toAgencyId: request.body.agencyId,
        reason: request.body.reason,
        officerId: officer.id,
        fromAgencyId: officer.agencyId,
        previousLead: request.body.previousLead,
      });
      // With the old lead removed, the referring officer may no longer see the case.
      const stillVisible = await isCaseVisible(ctx.db, caseScope(officer), access.id);
      return { ok: true, previousLeadId: result.previousLeadId, stillVisible };
    },
  );

  api.post(
    "/api/cases/:id/parties",
    {
      bodyLimit,
      schema: { tags: ["tindakan"], summary: "Tambahkan instansi sebagai pihak pendukung", params: caseParams, body: partyBody },
    },
    async (request, reply) => {
      const officer = signedInOfficer(request);
      const access = await visibleCaseOr404(ctx.db, officer, request.params.id);
      if (!canAddParties(officer, access))
        throw forbidden(
          "Hanya supervisor atau administrator instansi penanggung jawab utama (atau tingkat pusat) yang dapat menambahkan instansi.",
        );
      await agencyExists(request.body.agencyId);
      await addCaseParty(deps, {
        caseId: access.id,
        agencyId: request.body.agencyId,
        reason: request.body.reason,
        officerId: officer.id,
        byAgencyId: officer.agencyId,
      });
      return reply.code(201).send({ ok: true });
    },
  );

  api.post(
    "/api/cases/:id/merge",
    {
      bodyLimit,
      schema: { tags: ["tindakan"], summary: "Gabungkan kasus duplikat ini ke kasus lain", params: caseParams, body: mergeBody },
    },
    async (request) => {
      const officer = signedInOfficer(request);
      const access = await steerable(officer, request.params.id);
      const intoId = await findVisibleCaseIdByTicket(ctx.db, caseScope(officer), request.body.intoTicket.toUpperCase());
      if (!intoId) throw badRequest("Tiket tujuan tidak ditemukan di antara kasus instansi Anda.");
      await mergeCase(deps, {
        duplicateId: access.id,
        intoId,
        officerId: officer.id,
        agencyId: officer.agencyId,
        ...(request.body.reason ? { reason: request.body.reason } : {}),
      });
      return { ok: true, intoId };
    },
  );
}
