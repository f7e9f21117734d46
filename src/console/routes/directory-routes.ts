import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client.js";
import type { AppContext } from "../../runtime/context.js";
import { requireRole, signedInOfficer } from "../auth/require-officer.js";
import { HttpError } from "../http-error.js";

/** Shown on every entry an admin has not confirmed: the seed's numbers come from news reports. */
export const UNCONFIRMED_WARNING = "periksa sebelum dipakai";
const ADMIN_ONLY = "Hanya administrator yang dapat mengubah atau mengonfirmasi direktori perwakilan.";

const phone = z.string().trim().max(40).regex(/^\+?[0-9 ()\-]+$/, "Nomor telepon hanya boleh berisi angka, spasi, tanda + dan -.");
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional();
const url = z.string().trim().max(500).url().nullable().optional();

const missionEdit = z.object({
  name: z.string().trim().min(2).max(120).optional(),
  city: z.string().trim().min(2).max(80).optional(),
  areas: z.array(z.string().trim().min(2).max(60)).max(60).optional(),
  phone: phone.nullable().optional(),
  sourceUrl: url,
  checkedOn: day,
  note: optionalText(1000),
});
const countryEdit = z.object({
  ambulance: phone.nullable().optional(),
  police: phone.nullable().optional(),
  fire: phone.nullable().optional(),
  sourceUrl: url,
  checkedOn: day,
  note: optionalText(1000),
});

const toDate = (d: string | null | undefined) => (d === undefined ? undefined : d === null ? null : new Date(`${d}T00:00:00Z`));
const dayOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * The directory of Indonesian missions and local emergency numbers that emergency replies use.
 * Every officer reads it; admins edit and confirm entries, each change recorded in
 * DirectoryChange. An edit needs a new confirmation.
 */
export async function directoryRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/directory", { schema: { tags: ["direktori"], summary: "Perwakilan RI dan nomor darurat setempat" } }, async () => {
    const [missions, countries] = await Promise.all([
      ctx.db.mission.findMany({ orderBy: [{ country: "asc" }, { kind: "asc" }, { name: "asc" }] }),
      ctx.db.countryEmergencyNumber.findMany({ orderBy: { country: "asc" } }),
    ]);
    const status = (confirmedAt: Date | null) => ({ confirmedAt, warning: confirmedAt ? null : UNCONFIRMED_WARNING });
    return {
      missions: missions.map((m) => ({
        id: m.id, country: m.country, kind: m.kind, name: m.name, city: m.city, areas: m.areas, phone: m.phone,
        sourceUrl: m.sourceUrl, checkedOn: dayOf(m.checkedOn), note: m.note, ...status(m.confirmedAt),
      })),
      countries: countries.map((c) => ({
        country: c.country, ambulance: c.ambulance, police: c.police, fire: c.fire,
        sourceUrl: c.sourceUrl, checkedOn: dayOf(c.checkedOn), note: c.note, ...status(c.confirmedAt),
      })),
    };
  });

  api.post(
    "/api/directory/missions/:id",
    { schema: { tags: ["direktori"], summary: "Ubah data perwakilan RI (administrator)", params: z.object({ id: z.string().max(60) }), body: missionEdit } },
    async (request) => {
      const officer = signedInOfficer(request);
      requireRole(officer, ["ADMIN"], ADMIN_ONLY);
      const { checkedOn, ...rest } = request.body;
      return ctx.db.$transaction(async (tx) => {
        const before = await tx.mission.findUnique({ where: { id: request.params.id } });
        if (!before) throw new HttpError(404, "Perwakilan tidak ditemukan.");
        const data = { ...rest, ...(checkedOn !== undefined ? { checkedOn: toDate(checkedOn) } : {}), confirmedAt: null, confirmedById: null };
        const after = await tx.mission.update({ where: { id: before.id }, data });
        await audit(tx, "Mission", before.id, officer.id, "EDIT", before, after);
        return { id: after.id, warning: UNCONFIRMED_WARNING };
      });
    },
  );

  api.post(
    "/api/directory/missions/:id/confirm",
    { schema: { tags: ["direktori"], summary: "Konfirmasi data perwakilan RI sudah diperiksa (administrator)", params: z.object({ id: z.string().max(60) }) } },
    async (request) => {
      const officer = signedInOfficer(request);
      requireRole(officer, ["ADMIN"], ADMIN_ONLY);
      return ctx.db.$transaction(async (tx) => {
        const before = await tx.mission.findUnique({ where: { id: request.params.id } });
        if (!before) throw new HttpError(404, "Perwakilan tidak ditemukan.");
        const after = await tx.mission.update({ where: { id: before.id }, data: { confirmedAt: new Date(), confirmedById: officer.id } });
        await audit(tx, "Mission", before.id, officer.id, "CONFIRM", before, after);
        return { id: after.id, warning: null };
      });
    },
  );

  api.post(
    "/api/directory/countries/:country",
    { schema: { tags: ["direktori"], summary: "Ubah nomor darurat setempat (administrator)", params: z.object({ country: z.string().max(60) }), body: countryEdit } },
    async (request) => {
      const officer = signedInOfficer(request);
      requireRole(officer, ["ADMIN"], ADMIN_ONLY);
      const { checkedOn, ...rest } = request.body;
      return ctx.db.$transaction(async (tx) => {
        const before = await tx.countryEmergencyNumber.findUnique({ where: { country: request.params.country } });
        if (!before) throw new HttpError(404, "Negara tidak ditemukan di direktori.");
        const data = { ...rest, ...(checkedOn !== undefined ? { checkedOn: toDate(checkedOn) } : {}), confirmedAt: null, confirmedById: null };
        const after = await tx.countryEmergencyNumber.update({ where: { country: before.country }, data });
        await audit(tx, "CountryEmergencyNumber", before.country, officer.id, "EDIT", before, after);
        return { country: after.country, warning: UNCONFIRMED_WARNING };
      });
    },
  );

  api.post(
    "/api/directory/countries/:country/confirm",
    { schema: { tags: ["direktori"], summary: "Konfirmasi nomor darurat setempat sudah diperiksa (administrator)", params: z.object({ country: z.string().max(60) }) } },
    async (request) => {
      const officer = signedInOfficer(request);
      requireRole(officer, ["ADMIN"], ADMIN_ONLY);
      return ctx.db.$transaction(async (tx) => {
        const before = await tx.countryEmergencyNumber.findUnique({ where: { country: request.params.country } });
        if (!before) throw new HttpError(404, "Negara tidak ditemukan di direktori.");
        const after = await tx.countryEmergencyNumber.update({ where: { country: before.country }, data: { confirmedAt: new Date(), confirmedById: officer.id } });
        await audit(tx, "CountryEmergencyNumber", before.country, officer.id, "CONFIRM", before, after);
        return { country: after.country, warning: null };
      });
    },
  );
}

async function audit(tx: Prisma.TransactionClient, entity: string, entityId: string, officerId: string, action: string, before: object, after: object): Promise<void> {
  const json = (o: object) => JSON.parse(JSON.stringify(o)) as Prisma.InputJsonValue;
  await tx.directoryChange.create({ data: { entity, entityId, officerId, action, before: json(before), after: json(after) } });
}
