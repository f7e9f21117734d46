import { CASE_FACT_FIELDS } from "../core/case-facts.js";

/** The case facts by the names the case page gives them, in a sentence: "nama pekerja", "NIK". */
const FACT_LABELS = Object.fromEntries(
  Object.entries(CASE_FACT_FIELDS).map(([field, label]) => [
    field,
    /^[A-Z]{2,}/.test(label) ? label : label[0]!.toLowerCase() + label.slice(1),
  ]),
);

/**
 * Indonesian names of the API's request fields, for validation messages an officer reads
 * ("periksa isi pesan", never "periksa text"). test/console/field-labels.test.ts fails when a
 * route takes a field that has no name here.
 */
const FIELD_LABELS: Record<string, string> = {
  ...FACT_LABELS,
  q: "kata pencarian",
  text: "isi pesan",
  to: "status tujuan",
  id: "nomor data",
  agencyId: "instansi",
  reason: "alasan",
  role: "peran",
  country: "negara",
  alsoToFamily: "pilihan kirim ke keluarga",
  username: "nama pengguna",
  name: "nama",
  urgency: "tingkat urgensi",
  kind: "jenis masalah",
  token: "tautan",
  reveal: "pilihan tampilkan",
  officerId: "petugas",
  note: "catatan",
  newPassword: "kata sandi baru",
  currentPassword: "kata sandi sekarang",
  password: "kata sandi",
  intoTicket: "nomor tiket tujuan",
  previousLead: "pilihan instansi saya tetap terlibat",
  ids: "daftar data",
  from: "tanggal awal",
  field: "data yang ditampilkan",
  attachmentId: "lampiran",
  approve: "keputusan",
  active: "status akun",
  status: "status",
  page: "halaman",
  pageSize: "jumlah per halaman",
  region: "daerah",
  regency: "kabupaten/kota",
  phase: "tahap",
  channel: "kanal",
  title: "judul",
  assigned: "penugasan",
  overdue: "pilihan hanya yang terlambat",
  waiting: "pilihan menunggu balasan",
  retired: "pilihan templat yang dipensiunkan",
  city: "kota",
  areas: "wilayah cakupan",
  phone: "nomor telepon",
  sourceUrl: "sumber",
  checkedOn: "tanggal diperiksa",
  ambulance: "nomor ambulans",
  police: "nomor polisi",
  fire: "nomor pemadam kebakaran",
};

/** Where one name means something else: a report's `to` is a date, not a status. */
const ROUTE_FIELD_LABELS: Record<string, Record<string, string>> = {
  "/api/reports": { to: "tanggal akhir" },
  "/api/reports.csv": { to: "tanggal akhir" },
};

/** The generic name of a field this file does not know. */
export const UNNAMED_FIELD = "isian";

/** "text" → "isi pesan"; nested paths ("facts.passportNumber") by their last part; `route` for the names it reads otherwise. */
export function fieldLabel(path: string, route?: string): string {
  const last = path.split(".").pop() ?? path;
  const own = route ? ROUTE_FIELD_LABELS[route] : undefined;
  return own?.[last] ?? FIELD_LABELS[last] ?? FIELD_LABELS[path] ?? UNNAMED_FIELD;
}
