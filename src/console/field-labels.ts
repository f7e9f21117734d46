/**
 * Indonesian names of the API's request fields, for validation messages an officer reads
 * ("periksa isi pesan", never "periksa text"). A field missing here is named generically.
 */
const FIELD_LABELS: Record<string, string> = {
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
  password: "kata sandi",
  intoTicket: "nomor tiket tujuan",
  ids: "daftar data",
  from: "tanggal awal",
  field: "isian",
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
};

/** "text" → "isi pesan"; nested paths ("facts.passportNumber") by their last part. */
export function fieldLabel(path: string): string {
  const last = path.split(".").pop() ?? path;
  return FIELD_LABELS[last] ?? FIELD_LABELS[path] ?? "isian";
}
