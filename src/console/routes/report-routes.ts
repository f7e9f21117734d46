import type { FastifyInstance, FastifyRequest } from "fastify";
import { regencyByCode, regencyLabel } from "../../core/regencies.js";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { agreementEndsOn, agreementInForce } from "../../core/routing.js";
import type { ConsoleDeps } from "../console-deps.js";
import { caseScope } from "../access/case-access.js";
import { AUDIT, recordAuditEvent } from "../../audit/record-audit-event.js";
import { requireRole, signedInOfficer } from "../auth/require-officer.js";
import type { Officer } from "../auth/sessions.js";
import { badRequest, forbidden } from "../http-error.js";
import { kindLabel, statusLabel } from "./case-views.js";
import { queryReport, type GroupCount } from "../../store/report-query.js";
import { querySatisfaction } from "../../store/satisfaction-query.js";
import { agencyExists } from "../../store/agencies.js";
import { listAgreements } from "../../store/agreements.js";
import { querySupervision } from "../../store/supervision-query.js";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal harus berbentuk YYYY-MM-DD.");
const reportQuery = z.object({ agencyId: z.string().max(60).optional(), from: isoDate.optional(), to: isoDate.optional() });
const supervisionQuery = z.object({ agencyId: z.string().max(60).optional() });

const CHANNEL_LABELS: Record<string, string> = { WHATSAPP: "WhatsApp", TELEGRAM: "Telegram", SIMULATOR: "Simulator" };
/** Reports count in Western Indonesia Time: a day starts at 00:00 WIB. */
const WIB_MS = 7 * 3600_000;

function period(query: { from?: string | undefined; to?: string | undefined }, now: Date) {
  const today = new Date(now.getTime() + WIB_MS).toISOString().slice(0, 10);
  const to = query.to ?? today;
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  const start = new Date(`${from}T00:00:00Z`).getTime() - WIB_MS;
  const end = new Date(`${to}T00:00:00Z`).getTime() - WIB_MS + 24 * 3600_000;
  if (Number.isNaN(start) || Number.isNaN(end)) throw badRequest("Tanggal tidak valid.");
  // Year 0000 parses in JavaScript but not in PostgreSQL: only years the service can hold are asked for.
  if (from < "2000" || to < "2000") throw badRequest("Tanggal laporan paling awal tahun 2000.");
  if (end <= start) throw badRequest("Tanggal akhir harus sesudah tanggal awal.");
  if (end - start > 5 * 366 * 24 * 3600_000) throw badRequest("Periode laporan paling lama 5 tahun.");
  return { from, to, start: new Date(start), end: new Date(end) };
}

/** National officers choose any agency (or all); everyone else reports on their own agency. */
function reportAgency(officer: Officer, requested: string | undefined): string | null {
  const national = caseScope(officer).national;
  if (!requested) return national ? null : officer.agencyId;
  if (requested === "all") {
    if (!national) throw forbidden("Laporan semua instansi hanya untuk tingkat pusat.");
    return null;
  }
  if (!national && requested !== officer.agencyId) throw forbidden("Anda hanya dapat melihat laporan instansi Anda sendiri.");
  return requested;
}

export function csvCell(value: string | number | null): string {
  const s = value === null ? "" : String(value);
  // Leading =, +, - or @ would run as a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@]/.test(s) && typeof value === "string" ? `'${s}` : s;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Reports, agreements and supervision (workload, overdue). */
export async function reportRoutes(app: FastifyInstance, ctx: Pick<ConsoleDeps, "db" | "rules">): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const regionName = (id: string | null) => (id ? (ctx.rules.routing.region(id)?.name ?? id) : "Tidak diketahui");
  const regencyName = (code: string | null) => {
    const regency = regencyByCode(code);
    return regency ? regencyLabel(regency, ctx.rules.routing.region(regency.provinceId)?.name) : "Tidak diketahui";
  };

  const build = async (request: FastifyRequest, query: z.infer<typeof reportQuery>) => {
    const officer = signedInOfficer(request);
    const now = new Date();
    const agencyId = reportAgency(officer, query.agencyId);
    if (agencyId && !(await agencyExists(ctx.db, agencyId))) throw badRequest("Instansi tidak dikenal.");
    const p = period(query, now);
    const [numbers, satisfaction] = await Promise.all([
      queryReport(ctx.db, { agencyId, from: p.start, to: p.end, now }),
      querySatisfaction(ctx.db, { agencyId, from: p.start, to: p.end }),
    ]);
    const label = (rows: GroupCount[], fn: (key: string | null) => string) => rows.map((r) => ({ ...r, label: fn(r.key) }));
    return {
      agency: agencyId ? { id: agencyId, name: ctx.rules.routing.agencyName(agencyId) } : { id: "all", name: "Semua instansi" },
      from: p.from,
      to: p.to,
      generatedAt: now,
      ...numbers,
      byKind: label(numbers.byKind, (k) => (k ? kindLabel(k) : "-")),
      byRegion: label(numbers.byRegion, regionName),
      byRegency: label(numbers.byRegency, regencyName),
      byChannel: label(numbers.byChannel, (k) => (k ? (CHANNEL_LABELS[k] ?? k) : "-")),
      byStatus: label(numbers.byStatus, (k) => (k ? statusLabel(k) : "-")),
      satisfaction: satisfaction.map((row) => ({ ...row, name: ctx.rules.routing.agencyName(row.agencyId) })),
    };
  };

  api.get(
    "/api/reports",
    { schema: { tags: ["laporan"], summary: "Laporan pemantauan dan evaluasi per instansi dan periode", querystring: reportQuery } },
    async (request) => build(request, request.query),
  );

  api.get(
    "/api/reports.csv",
    { schema: { tags: ["laporan"], summary: "Laporan yang sama sebagai CSV", querystring: reportQuery } },
    async (request, reply) => {
      const r = await build(request, request.query);
      const lines: (string | number | null)[][] = [
        ["Laporan pengaduan PMI", r.agency.name, `${r.from} s.d. ${r.to}`, null, null],
        ["Bagian", "Kode", "Uraian", "Jumlah kasus", "Selesai"],
        ["Ringkasan", "TOTAL", "Jumlah pengaduan", r.total, r.resolved],
      ];
      const sections: [string, (GroupCount & { label: string })[]][] = [
        ["Jenis", r.byKind],
        ["Daerah asal", r.byRegion],
        ["Kabupaten/kota asal", r.byRegency],
        ["Kanal", r.byChannel],
        ["Status", r.byStatus],
      ];
      for (const [name, rows] of sections) for (const row of rows) lines.push([name, row.key ?? "", row.label, row.cases, row.resolved]);
      const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
      lines.push(
        ["Waktu", "MEDIAN_RESPON_JAM", "Median waktu respons pertama (jam)", r.medianFirstResponseHours, null],
        ["Waktu", "MEDIAN_SELESAI_JAM", "Median waktu penyelesaian (jam)", r.medianResolutionHours, null],
        ["SLA", "RESPON_TEPAT_WAKTU", "Respons pertama tepat waktu / terlambat", r.firstResponse.met, r.firstResponse.breached],
        ["SLA", "RESPON_KEPATUHAN_PERSEN", "Kepatuhan SLA respons pertama (%)", pct(r.firstResponse.compliance), null],
        ["SLA", "SELESAI_TEPAT_WAKTU", "Penyelesaian tepat waktu / terlambat", r.resolution.met, r.resolution.breached],
        ["SLA", "SELESAI_KEPATUHAN_PERSEN", "Kepatuhan SLA penyelesaian (%)", pct(r.resolution.compliance), null],
      );
      for (const row of r.satisfaction)
        lines.push([
          "Kepuasan",
          row.agencyId,
          `Penilaian pelapor untuk ${row.name}: rata-rata ${row.average} dari 5 (jumlah penilaian)`,
          row.count,
          null,
        ]);
      const csv = "\uFEFF" + lines.map((l) => l.map(csvCell).join(",")).join("\r\n") + "\r\n";
      const officer = signedInOfficer(request);
      await recordAuditEvent(ctx.db, {
        type: AUDIT.exportReport,
        officerId: officer.id,
        agencyId: officer.agencyId,
        note: "Mengunduh laporan CSV",
        data: { report: r.agency.id, from: r.from, to: r.to },
      });
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="laporan-${r.agency.id}-${r.from}-${r.to}.csv"`)
        .send(csv);
    },
  );

  api.get("/api/agreements", { schema: { tags: ["laporan"], summary: "Nota kesepakatan dan masa berlakunya" } }, async () => {
    const now = new Date();
    const rows = await listAgreements(ctx.db);
    return {
      agreements: rows.map((a) => ({
        id: a.id,
        title: a.title,
        numbers: a.numbers,
        region: a.region.name,
        signedOn: a.signedOn.toISOString().slice(0, 10),
        termYears: a.termYears,
        endsOn: agreementEndsOn(a.signedOn, a.termYears).toISOString().slice(0, 10),
        inForce: agreementInForce(a.signedOn, a.termYears, now),
        parties: a.parties.map((p) => ({ side: p.side, id: p.agency.id, name: p.agency.name })),
      })),
    };
  });

  api.get(
    "/api/supervision",
    { schema: { tags: ["laporan"], summary: "Beban kerja per petugas dan kasus terlambat (supervisor)", querystring: supervisionQuery } },
    async (request) => {
      const officer = signedInOfficer(request);
      requireRole(officer, ["SUPERVISOR", "ADMIN"]);
      const agencyId = reportAgency(officer, request.query.agencyId) ?? officer.agencyId;
      const { workload, unassigned, overdue } = await querySupervision(ctx.db, agencyId, new Date());
      return {
        agency: { id: agencyId, name: ctx.rules.routing.agencyName(agencyId) },
        officers: workload.map((w) => ({
          id: w.id,
          name: w.name,
          role: w.role,
          open: Number(w.open),
          overdue: Number(w.overdue),
          emergency: Number(w.emergency),
        })),
        unassigned,
        overdue: overdue.map((c) => ({ ...c, kindLabel: kindLabel(c.kind), statusLabel: statusLabel(c.status) })),
      };
    },
  );
}
