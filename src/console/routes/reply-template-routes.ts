import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../core/app-error.js";
import { fillTemplate, unknownPlaceholders } from "../../core/reply-templates.js";
import { findTemplateValues } from "../../store/case-reads.js";
import { inTransaction, type Tx } from "../../store/database.js";
import {
  activeReplyTemplates,
  findAgencyTemplate,
  findTemplate,
  insertTemplate,
  listReplyTemplates,
  recordTemplateChange,
  updateTemplate,
} from "../../store/reply-templates.js";
import type { ConsoleDeps } from "../console-deps.js";
import { visibleCaseOr404 } from "../access/case-access.js";
import { requireRole, signedInOfficer } from "../auth/require-officer.js";

const SUPERVISORS_ONLY = "Hanya supervisor atau administrator instansi yang dapat mengelola templat balasan.";
const MISSING = "Templat tidak ditemukan di instansi Anda.";

const created = z.object({ title: z.string().trim().min(2).max(80), text: z.string().trim().min(2).max(2000) });
const edited = created.partial();
const byId = z.object({ id: z.string().uuid() });
const listQuery = z.object({ retired: z.enum(["0", "1"]).optional() });

/**
 * Reply templates per agency: every officer reads their agency's templates in the composer; its
 * supervisors and administrators add, edit, retire and restore them (never delete), each change
 * recorded with before and after. An agency's templates are invisible to every other agency.
 */
export async function replyTemplateRoutes(app: FastifyInstance, ctx: Pick<ConsoleDeps, "db">): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/reply-templates",
    {
      schema: {
        tags: ["templat"],
        summary: "Templat balasan instansi saya (retired=1: termasuk yang sudah dipensiunkan)",
        querystring: listQuery,
      },
    },
    async (request) => {
      const officer = signedInOfficer(request);
      const withRetired = request.query.retired === "1";
      if (withRetired) requireRole(officer, ["SUPERVISOR", "ADMIN"], SUPERVISORS_ONLY);
      const templates = await listReplyTemplates(ctx.db, officer.agencyId, withRetired);
      return { templates };
    },
  );

  // The templates as the composer inserts them for one case: ticket, the reporter's name, my office.
  api.get(
    "/api/cases/:id/reply-templates",
    { schema: { tags: ["templat"], summary: "Templat balasan instansi saya, terisi untuk kasus ini", params: byId } },
    async (request) => {
      const officer = signedInOfficer(request);
      const access = await visibleCaseOr404(ctx.db, officer, request.params.id);
      const [c, templates] = await Promise.all([findTemplateValues(ctx.db, access.id), activeReplyTemplates(ctx.db, officer.agencyId)]);
      // The reply goes to the reporter: their name, or the worker's when the worker wrote themself.
      const values = { tiket: c.ticket, nama: c.reporter.name ?? (c.onBehalf ? null : c.workerName), kantor: officer.agencyName };
      return { templates: templates.map((t) => ({ ...t, text: fillTemplate(t.text, values) })) };
    },
  );

  /** "{ticket}" for "{tiket}" would reach a reporter as written: refused with the placeholders we fill. */
  const checkPlaceholders = (text: string | undefined) => {
    const unknown = text ? unknownPlaceholders(text) : [];
    if (unknown.length > 0)
      throw new AppError(
        "invalid-input",
        `Penanda {${unknown[0]}} tidak dikenal. Penanda yang dapat dipakai hanya {tiket}, {nama} dan {kantor}.`,
      );
  };

  /** One audited change to a template of the supervisor's own agency. */
  const change = async (
    request: FastifyRequest,
    id: string | null,
    action: string,
    write: (tx: Tx, agencyId: string, id: string | null) => Promise<{ id: string }>,
  ) => {
    const officer = signedInOfficer(request);
    requireRole(officer, ["SUPERVISOR", "ADMIN"], SUPERVISORS_ONLY);
    checkPlaceholders((request.body as { text?: string } | undefined)?.text);
    return inTransaction(ctx.db, async (tx) => {
      const before = id ? await findAgencyTemplate(tx, id, officer.agencyId) : null;
      if (id && !before) throw new AppError("not-found", MISSING);
      const { id: templateId } = await write(tx, officer.agencyId, id);
      const after = await findTemplate(tx, templateId);
      await recordTemplateChange(tx, { templateId, officerId: officer.id, action, before, after });
      return { template: after };
    });
  };

  api.post(
    "/api/reply-templates",
    { schema: { tags: ["templat"], summary: "Tambah templat balasan (supervisor)", body: created } },
    async (request) => change(request, null, "CREATE", (tx, agencyId) => insertTemplate(tx, agencyId, request.body)),
  );

  api.post(
    "/api/reply-templates/:id",
    { schema: { tags: ["templat"], summary: "Ubah templat balasan (supervisor)", params: byId, body: edited } },
    async (request) => change(request, request.params.id, "EDIT", (tx, _agency, id) => updateTemplate(tx, id!, request.body)),
  );

  api.post(
    "/api/reply-templates/:id/retire",
    { schema: { tags: ["templat"], summary: "Pensiunkan templat balasan (supervisor)", params: byId } },
    async (request) =>
      change(request, request.params.id, "RETIRE", (tx, _agency, id) => updateTemplate(tx, id!, { retiredAt: new Date() })),
  );

  api.post(
    "/api/reply-templates/:id/restore",
    { schema: { tags: ["templat"], summary: "Aktifkan kembali templat balasan (supervisor)", params: byId } },
    async (request) => change(request, request.params.id, "RESTORE", (tx, _agency, id) => updateTemplate(tx, id!, { retiredAt: null })),
  );
}
