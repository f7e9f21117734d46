import { NATIONAL_AGENCY_ID } from "../core/routing.js";

/**
 * Reference data taken from the signed cooperation agreements (the documents are not in this
 * repository; the README's "Domain notes", "Routing", summarise them). Keep it faithful: contacts,
 * numbers and dates are copied, never invented. Agencies without a published contact have none.
 */
export interface AgencySeed {
  id: string;
  name: string;
  kind: "NATIONAL" | "BP3MI" | "DINAS_TENAGA_KERJA" | "DINAS_SOSIAL" | "DINAS_KESEHATAN" | "DINAS_PENDIDIKAN" | "DPMPTSP" | "DISKOMINFO";
  regionId: string | null;
  address?: string;
  phone?: string;
  fax?: string;
  email?: string;
}

export interface AgreementSeed {
  id: string;
  title: string;
  numbers: string[];
  regionId: string;
  signedOn: string;
  termYears: number;
  sourceFile: string;
  /** PIHAK KESATU's appointed unit (the BP3MI) and the PIHAK KEDUA offices named in the agreement. */
  bp3miId: string;
  dinasIds: string[];
}

export { NATIONAL_AGENCY_ID };

export const AGENCIES: AgencySeed[] = [
  {
    id: NATIONAL_AGENCY_ID,
    name: "Kementerian Pelindungan Pekerja Migran Indonesia / BP2MI (Pusat)",
    kind: "NATIONAL",
    regionId: null,
    // The seed documents disagree on the postal code: 12770 (DKI, Lampung, Asahan, the ministry's
    // own leaflet) and 12270 (Pekalongan Pasal 11). Both recorded; 12770 is the majority.
    address:
      "Jl. MT. Haryono Kav. 52, Pancoran, Jakarta Selatan 12770 (Nota Kesepakatan Pekalongan menulis kode pos 12270). " +
      "Biro Manajemen Kinerja dan Kerja Sama (pejabat penghubung nota kesepakatan): telepon 021-7994166, kerjasama@bp2mi.go.id",
    phone: "(021) 7981006",
    fax: "(021) 7919 4827",
    email: "kerjasama@bp2mi.go.id",
  },
  {
    id: "BP3MI-JK",
    name: "BP3MI DKI Jakarta",
    kind: "BP3MI",
    regionId: "ID-JK",
    address: "Jl. Penganten Ali No. 71, Jakarta Timur",
    phone: "021-87781840",
    email: "bp3mi.dkijakarta@bp2mi.go.id",
  },
  {
    id: "DISNAKERTRANSE-JK",
    name: "Dinas Tenaga Kerja, Transmigrasi dan Energi Provinsi DKI Jakarta",
    kind: "DINAS_TENAGA_KERJA",
    regionId: "ID-JK",
    address: "Jl. Prajurit KKO Usman dan Harun No. 52, Gambir, Jakarta Pusat",
    phone: "021-3848303",
    email: "disnakertrans@jakarta.go.id",
  },
  { id: "DINSOS-JK", name: "Dinas Sosial Provinsi DKI Jakarta", kind: "DINAS_SOSIAL", regionId: "ID-JK" },
  { id: "DINKES-JK", name: "Dinas Kesehatan Provinsi DKI Jakarta", kind: "DINAS_KESEHATAN", regionId: "ID-JK" },
  { id: "DISDIK-JK", name: "Dinas Pendidikan Provinsi DKI Jakarta", kind: "DINAS_PENDIDIKAN", regionId: "ID-JK" },
  {
    id: "DPMPTSP-JK",
    name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi DKI Jakarta",
    kind: "DPMPTSP",
    regionId: "ID-JK",
  },
  {
    id: "DISKOMINFOTIK-JK",
    name: "Dinas Komunikasi, Informatika dan Statistik Provinsi DKI Jakarta",
    kind: "DISKOMINFO",
    regionId: "ID-JK",
  },
  {
    id: "BP3MI-LA",
    name: "BP3MI Lampung",
    kind: "BP3MI",
    regionId: "ID-LA",
    address: "Jl. Untung Suropati No. 21A, Labuhan Ratu, Bandar Lampung 35142",
    phone: "(0721) 8011422",
    email: "bp3mi.lampung@bp2mi.go.id",
  },
  {
    id: "DISNAKER-LA",
    name: "Dinas Tenaga Kerja Provinsi Lampung",
    kind: "DINAS_TENAGA_KERJA",
    regionId: "ID-LA",
    address: "Jl. Gatot Subroto No. 28, Tanjung Karang, Bandar Lampung 35213",
    phone: "(0721) 252605",
    email: "perencanaanandisnakerlampung@gmail.com",
  },
  { id: "DINSOS-LA", name: "Dinas Sosial Provinsi Lampung", kind: "DINAS_SOSIAL", regionId: "ID-LA" },
  { id: "DINKES-LA", name: "Dinas Kesehatan Provinsi Lampung", kind: "DINAS_KESEHATAN", regionId: "ID-LA" },
  // The Lampung annex (Rencana Kerja) names these two offices: one-stop service and health
  // facility data (DPMPTSP, Programs 3.1 and 5.1), job information (communication office, Program 1 d).
  {
    id: "DPMPTSP-LA",
    name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Lampung",
    kind: "DPMPTSP",
    regionId: "ID-LA",
  },
  {
    id: "DISKOMINFO-LA",
    name: "Dinas Komunikasi, Informatika, Persandian, dan Statistik Provinsi Lampung",
    kind: "DISKOMINFO",
    regionId: "ID-LA",
  },
  {
    id: "DISDIKBUD-LA",
    name: "Dinas Pendidikan dan Kebudayaan Provinsi Lampung",
    kind: "DINAS_PENDIDIKAN",
    regionId: "ID-LA",
  },
  {
    id: "BP3MI-JT",
    name: "BP3MI Jawa Tengah (UPT BP2MI Semarang – Wilayah Jawa Tengah)",
    kind: "BP3MI",
    regionId: "ID-JT",
    address: "Jl. Kalipepe III No. 64 Pudak Payung, Banyumanik, Semarang",
    phone: "(024) 70799273",
    email: "semarang@bp2mi.go.id",
  },
  {
    id: "DINKOPUKMNAKER-KAB-PEKALONGAN",
    name: "Dinas Koperasi, Usaha Kecil dan Menengah dan Tenaga Kerja Kabupaten Pekalongan",
    kind: "DINAS_TENAGA_KERJA",
    regionId: "KAB-PEKALONGAN",
    address: "Jl. Pahlawan KM 5 Kajen 51161",
    phone: "(0285) 3320355",
    fax: "(0285) 3320355",
    // As printed in the agreement (Pasal 11), which gives a web address where an email belongs.
    email: "dinkopukmdannaker.pekalongankab.go.id",
  },
  {
    id: "BP3MI-SU",
    name: "UPT BP2MI Wilayah Sumatera Utara (Medan)",
    kind: "BP3MI",
    regionId: "ID-SU",
    address: "Jl. Pendidikan No. 357 Desa Marindal I",
    phone: "08116000650",
    email: "bp3tki.medan@yahoo.com",
  },
  {
    id: "DISNAKER-KAB-ASAHAN",
    name: "Dinas Ketenagakerjaan Kabupaten Asahan",
    kind: "DINAS_TENAGA_KERJA",
    regionId: "KAB-ASAHAN",
    address: "Jl. Turi No. 2, Kel. Mekar Baru, Kec. Kota Kisaran Barat",
    fax: "0623-44097",
    email: "naker079404@gmail.com",
  },
];

export const AGREEMENTS: AgreementSeed[] = [
  {
    id: "MOU-DKI-2025",
    title: "Penyelenggaraan Penempatan dan Pelindungan CPMI dan/atau PMI asal Daerah Provinsi DKI Jakarta",
    numbers: ["MoU.4/02.01/KS.01/1/2025", "2 Tahun 2025"],
    regionId: "ID-JK",
    signedOn: "2025-01-20",
    termYears: 1,
    sourceFile: "000_064a9a6d4fda99f7.txt",
    bp3miId: "BP3MI-JK",
    dinasIds: ["DISNAKERTRANSE-JK", "DINSOS-JK", "DINKES-JK", "DISDIK-JK", "DPMPTSP-JK", "DISKOMINFOTIK-JK"],
  },
  {
    id: "MOU-LAMPUNG-2025",
    title: "Tata Kelola Pelindungan Pekerja Migran Indonesia dan Keluarganya di Provinsi Lampung",
    numbers: ["MoU.60/02.01/KS.01/VII/2025", "G/527/B.01/HK/2025"],
    regionId: "ID-LA",
    signedOn: "2025-07-30",
    termYears: 5,
    sourceFile: "001_c34381ecc31308e7.txt",
    bp3miId: "BP3MI-LA",
    dinasIds: ["DISNAKER-LA", "DINSOS-LA", "DINKES-LA", "DISDIKBUD-LA", "DPMPTSP-LA", "DISKOMINFO-LA"],
  },
  {
    id: "MOU-PEKALONGAN-2022",
    title: "Penempatan dan Pelindungan Pekerja Migran Indonesia (Kabupaten Pekalongan)",
    // The annex's heading gives the regency's number as 560/NK.04/V/2022 (month V); the
    // agreement itself VI. Both recorded: the body's first, the annex's marked as such.
    numbers: ["40/KA-MoU/KS.01/VI/2022", "560/NK.04/VI/2022", "560/NK.04/V/2022 (nomor pada Lampiran)"],
    regionId: "KAB-PEKALONGAN",
    signedOn: "2022-06-16",
    termYears: 5,
    sourceFile: "002_642d5c9cf08a485d.txt",
    bp3miId: "BP3MI-JT",
    dinasIds: ["DINKOPUKMNAKER-KAB-PEKALONGAN"],
  },
  {
    id: "MOU-ASAHAN-2021",
    title: "Penempatan dan Pelindungan Calon Pekerja Migran Indonesia dan Purna Pekerja Migran Indonesia di Kabupaten Asahan",
    numbers: ["46/KA-MoU/XII/2021", "560/5100"],
    regionId: "KAB-ASAHAN",
    signedOn: "2021-12-08",
    termYears: 3,
    sourceFile: "003_04e1138e7dfbc52c.txt",
    bp3miId: "BP3MI-SU",
    dinasIds: ["DISNAKER-KAB-ASAHAN"],
  },
];
