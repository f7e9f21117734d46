import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { inTransaction, type Tx } from "../../store/database.js";
import {
  findCountryNumbers,
  findMission,
  listCountryNumbers,
  listMissions,
  recordDirectoryChange,
  updateCountryNumbers,
  updateMission,
} from "../../store/directory.js";
import type { ConsoleDeps } from "../console-deps.js";
import { requireRole, signedInOfficer } from "../auth/require-officer.js";
import { AppError } from "../../core/app-error.js";

/** Shown on every entry an admin has not confirmed: the seed's numbers come from news reports. */
export const UNCONFIRMED_WARNING = "periksa sebelum dipakai";
const ADMIN_ONLY = "Hanya administrator yang dapat mengubah atau mengonfirmasi direktori perwakilan.";

const phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^\+?[0-9 ()-]+$/, "Nomor telepon hanya boleh berisi angka, spasi, tanda + dan -.");
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable()
  .optional();
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
export async function directoryRoutes(app: FastifyInstance, ctx: Pick<ConsoleDeps, "db">): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/directory", { schema: { tags: ["direktori"], summary: "Perwakilan RI dan nomor darurat setempat" } }, async () => {
    const [missions, countries] = await Promise.all([listMissions(ctx.db, "country"), listCountryNumbers(ctx.db)]);
    const status = (confirmedAt: Date | null) => ({ confirmedAt, warning: confirmedAt ? null : UNCONFIRMED_WARNING });
    return {
      missions: missions.map((m) => ({
        id: m.id,
        country: m.country,
        kind: m.kind,
        name: m.name,
        city: m.city,
        areas: m.areas,
        phone: m.phone,
        sourceUrl: m.sourceUrl,
        checkedOn: dayOf(m.checkedOn),
        note: m.note,
        ...status(m.confirmedAt),
      })),
      countries: countries.map((c) => ({
        country: c.country,
        ambulance: c.ambulance,
        police: c.police,
        fire: c.fire,
        sourceUrl: c.sourceUrl,
        checkedOn: dayOf(c.checkedOn),
        note: c.note,
        ...status(c.confirmedAt),
      })),
    };
  });

  // An edit needs a new confirmation; a confirmation records who checked the entry.
  const edited = (body: { checkedOn?: string | null | undefined }) => {
    const { checkedOn, ...rest } = body;
    return { ...rest, ...(checkedOn !== undefined ? { checkedOn: toDate(checkedOn) } : {}), confirmedAt: null, confirmedById: null };
  };
  const confirmed = (officerId: string) => ({ confirmedAt: new Date(), confirmedById: officerId });

  const missions: DirectoryEntity<{ id: string }> = {
    name: "Mission",
    missing: "Perwakilan tidak ditemukan.",
    key: (row) => row.id,
    load: findMission,
    save: (tx, row, data) => updateMission(tx, row.id, data),
  };
  const countries: DirectoryEntity<{ country: string }> = {
    name: "CountryEmergencyNumber",
    missing: "Negara tidak ditemukan di direktori.",
    key: (row) => row.country,
    load: findCountryNumbers,
    save: (tx, row, data) => updateCountryNumbers(tx, row.country, data),
  };

  /** One audited change to a directory entry, by an administrator: 404 when missing, before and after recorded. */
  const change = async <T extends object>(
    request: FastifyRequest,
    entity: DirectoryEntity<T>,
    key: string,
    action: "EDIT" | "CONFIRM",
    data: (officerId: string) => object,
  ) => {
    const officer = signedInOfficer(request);
    requireRole(officer, ["ADMIN"], ADMIN_ONLY);
    return inTransaction(ctx.db, async (tx) => {
      const before = await entity.load(tx, key);
      if (!before) throw new AppError("not-found", entity.missing);
      const after = await entity.save(tx, before, data(officer.id));
      await recordDirectoryChange(tx, { entity: entity.name, entityId: entity.key(before), officerId: officer.id, action, before, after });
      return { key: entity.key(after), warning: action === "EDIT" ? UNCONFIRMED_WARNING : null };
    });
  };

  api.post(
    "/api/directory/missions/:id",
    {
      schema: {
        tags: ["direktori"],
        summary: "Ubah data perwakilan RI (administrator)",
        params: z.object({ id: z.string().max(60) }),
        body: missionEdit,
      },
    },
    async (request) => {
      const { key, warning } = await change(request, missions, request.params.id, "EDIT", () => edited(request.body));
      return { id: key, warning };
    },
  );

  api.post(
    "/api/directory/missions/:id/confirm",
    {
      schema: {
        tags: ["direktori"],
        summary: "Konfirmasi data perwakilan RI sudah diperiksa (administrator)",
        params: z.object({ id: z.string().max(60) }),
      },
    },
    async (request) => {
      const { key, warning } = await change(request, missions, request.params.id, "CONFIRM", confirmed);
      return { id: key, warning };
    },
  );

  api.post(
    "/api/directory/countries/:country",
    {
      schema: {
        tags: ["direktori"],
        summary: "Ubah nomor darurat setempat (administrator)",
        params: z.object({ country: z.string().max(60) }),
        body: countryEdit,
      },
    },
    async (request) => {
      const { key, warning } = await change(request, countries, request.params.country, "EDIT", () => edited(request.body));
      return { country: key, warning };
    },
  );

  api.post(
    "/api/directory/countries/:country/confirm",
    {
      schema: {
        tags: ["direktori"],
        summary: "Konfirmasi nomor darurat setempat sudah diperiksa (administrator)",
        params: z.object({ country: z.string().max(60) }),
      },
    },
    async (request) => {
      const { key, warning } = await change(request, countries, request.params.country, "CONFIRM", confirmed);
      return { country: key, warning };
    },
  );
}

/** How one kind of directory entry is found, saved and named in its audit rows. */
interface DirectoryEntity<T extends object> {
  name: string;
  missing: string;
  key: (row: T) => string;
  load: (tx: Tx, key: string) => Promise<T | null>;
  // The edit body is validated by the route's schema before it reaches save.
  save: (tx: Tx, row: T, data: any) => Promise<T>;
}
