/**
 * The first version of the directory of Indonesian missions and local emergency numbers. It is
 * loaded into the database once (src/seed/seed-reference-data.ts inserts missing entries and
 * never overwrites): from then on admins keep it in the console, audited, and confirm each
 * entry. Until confirmed, the console shows "periksa sebelum dipakai".
 *
 * Every number below was copied from the public page in `sourceUrl` (mostly news reports quoting
 * the mission's own announcement, with the year in `note`) on `checkedOn`. Where no published
 * number was found, `phone` is null and the note says so: emergency replies then name the
 * mission without a number and give the KP2MI number from abroad.
 */
import type { MissionKind } from "../core/missions.js";

export interface MissionSeed {
  id: string;
  country: string;
  kind: MissionKind;
  name: string;
  city: string;
  /**
   * What the mission covers besides its own city: cities by their name in the list of cities
   * abroad (src/core/cities-abroad-data.ts, which holds every spelling workers type), and states,
   * provinces or districts as workers write them.
   */
  areas: string[];
  phone: string | null;
  sourceUrl: string | null;
  checkedOn: string;
  note: string;
}

export interface CountryEmergencySeed {
  country: string;
  ambulance: string | null;
  police: string | null;
  fire: string | null;
  sourceUrl: string | null;
  checkedOn: string;
  note: string;
}

const CHECKED = "2026-11-29";
const UNVERIFIED = "Nomor belum ditemukan di sumber publik yang tersimpan; periksa situs kemlu.go.id perwakilan ini.";

export const MISSIONS: MissionSeed[] = [
  // Malaysia: the embassy and five consulates (liputanbmi.com 2021 names all six).
  {
    id: "KBRI-KUALA-LUMPUR",
    country: "Malaysia",
    kind: "KBRI",
    name: "KBRI Kuala Lumpur",
    city: "Kuala Lumpur",
    areas: [
      "selangor",
      "putrajaya",
      "cyberjaya",
      "shah alam",
      "petaling jaya",
      "subang jaya",
      "klang",
      "perak",
      "ipoh",
      "kelantan",
      "terengganu",
    ],
    phone: "+60 17-668 8032",
    sourceUrl: "https://suarajatimpost.com/kbri-kuala-lumpur-pantau-dampak-banjir-di-malaysia-belum-ada-laporan-dari-wni",
    checkedOn: CHECKED,
    note: "Hotline KBRI Kuala Lumpur dikutip berita Desember 2024. Wilayah Perak, Kelantan, Terengganu belum dipastikan dari sumber resmi.",
  },
  {
    id: "KJRI-JOHOR-BAHRU",
    country: "Malaysia",
    kind: "KJRI",
    name: "KJRI Johor Bahru",
    city: "Johor Bahru",
    areas: ["johor", "batu pahat", "muar", "kluang", "melaka", "negeri sembilan", "seremban", "pahang", "cameron highlands"],
    phone: "+60 10-528 8040",
    sourceUrl: "https://kepri.antaranews.com/berita/226597/kjri-johor-bahru-dan-pemkab-karimun-kerja-sama-pelindungan-pmi",
    checkedOn: CHECKED,
    note:
      "Layanan pengaduan KSATRIA lewat WhatsApp (24 jam), berita Juni 2025. Wilayah kerja Johor, Melaka, Negeri Sembilan, " +
      "Pahang (detiktifspionase.id, 2023).",
  },
  {
    id: "KJRI-PENANG",
    country: "Malaysia",
    kind: "KJRI",
    name: "KJRI Penang",
    city: "Pulau Pinang",
    areas: ["kedah", "perlis", "langkawi"],
    phone: null,
    sourceUrl:
      "http://www.kemlu.go.id/penang/id/berita-agenda/berita-perwakilan/Pages/Bapak-DUBES-RI-untuk-Malaysia-Dai-Bachtiar-Kunjungi-Shelter-KJRI-Penang.aspx",
    checkedOn: CHECKED,
    note: `Wilayah kerja Penang, Kedah, Perlis menurut sumber. ${UNVERIFIED}`,
  },
  {
    id: "KJRI-KUCHING",
    country: "Malaysia",
    kind: "KJRI",
    name: "KJRI Kuching",
    city: "Kuching",
    areas: ["sarawak", "miri", "bintulu", "sibu"],
    phone: null,
    sourceUrl: "https://liputanbmi.com/baca/4078/selama-malaysia-lockdown-total-layanan-kbri-dan-kjri-tutup",
    checkedOn: CHECKED,
    note: `Wilayah Sarawak belum dipastikan dari sumber resmi. ${UNVERIFIED}`,
  },
  {
    id: "KJRI-KOTA-KINABALU",
    country: "Malaysia",
    kind: "KJRI",
    name: "KJRI Kota Kinabalu",
    city: "Kota Kinabalu",
    areas: ["sabah", "keningau", "sandakan", "lahad datu"],
    phone: null,
    sourceUrl: "https://liputanbmi.com/baca/4078/selama-malaysia-lockdown-total-layanan-kbri-dan-kjri-tutup",
    checkedOn: CHECKED,
    note: `Wilayah Sabah (kecuali sekitar Tawau) belum dipastikan dari sumber resmi. ${UNVERIFIED}`,
  },
  {
    id: "KRI-TAWAU",
    country: "Malaysia",
    kind: "KRI",
    name: "Konsulat RI Tawau",
    city: "Tawau",
    areas: ["semporna"],
    phone: null,
    sourceUrl: "https://liputanbmi.com/baca/4078/selama-malaysia-lockdown-total-layanan-kbri-dan-kjri-tutup",
    checkedOn: CHECKED,
    note: UNVERIFIED,
  },
  // Taiwan: no embassy; the Indonesian Economic and Trade Office handles workers' cases.
  {
    id: "KDEI-TAIPEI",
    country: "Taiwan",
    kind: "KDEI",
    name: "KDEI Taipei",
    city: "Taipei",
    areas: [
      "new taipei",
      "taichung",
      "tainan",
      "kaohsiung",
      "taoyuan",
      "hsinchu",
      "changhua",
      "yilan",
      "pingtung",
      "keelung",
      "miaoli",
      "yunlin",
      "chiayi",
      "nantou",
      "hualien",
      "taitung",
    ],
    phone: "+886 2 8752 6170",
    sourceUrl:
      "https://m.tribunnews.com/amp/nasional/2020/02/03/virus-corona-mewabah-kjri-hong-kong-larang-pekerja-migran-indonesia-pergi-ke-cina",
    checkedOn: CHECKED,
    note:
      "Nomor kantor KDEI Taipei dari daftar Kemlu yang dikutip berita Februari 2020 (ditulis +886 2875 26170). Pengaduan " +
      "tenaga kerja Taiwan juga lewat saluran 1955 (kdei-taipei.org, 2022).",
  },
  {
    id: "KJRI-HONG-KONG",
    country: "Hong Kong",
    kind: "KJRI",
    name: "KJRI Hong Kong",
    city: "Hong Kong",
    areas: ["kowloon", "causeway bay", "tsim sha tsui", "mong kok", "sha tin", "tuen mun", "yuen long", "tsuen wan", "kwun tong"],
    phone: "+852 5242 2240",
    sourceUrl: "https://sokoguru.id/berita/waspada-topan-super-ragasa-mengintai-kjri-keluarkan-imbauan-bagi-wni-di-hong-kong-dan-macau",
    checkedOn: CHECKED,
    note:
      "Hotline KJRI Hong Kong, berita September 2025. Nomor lain yang pernah diumumkan: +852 6773 0466, +852 6894 2799 " +
      "(beritaindonesia.hk, 2021).",
  },
  {
    id: "KBRI-SINGAPURA",
    country: "Singapura",
    kind: "KBRI",
    name: "KBRI Singapura",
    city: "Singapura",
    areas: ["singapore"],
    phone: null,
    sourceUrl: null,
    checkedOn: CHECKED,
    note: UNVERIFIED,
  },
  // Saudi Arabia: the embassy in Riyadh (centre and east), the consulate in Jeddah (west).
  {
    id: "KBRI-RIYADH",
    country: "Arab Saudi",
    kind: "KBRI",
    name: "KBRI Riyadh",
    city: "Riyadh",
    areas: ["dammam", "khobar", "qassim", "qasim", "buraidah", "hail", "jubail", "al ahsa", "hafr al batin"],
    phone: "+966 56 917 3990",
    sourceUrl: "https://manado.antaranews.com/amp/berita/79562/kbri-riyadh-koordinasi-kemenlu-pascapenangguhan-layanan-umrah",
    checkedOn: CHECKED,
    note:
      "Hotline KBRI Riyadh, berita 2020 (juga timesindonesia.co.id, Januari 2020). Pembagian wilayah dengan KJRI Jeddah " +
      "belum dipastikan dari sumber resmi.",
  },
  {
    id: "KJRI-JEDDAH",
    country: "Arab Saudi",
    kind: "KJRI",
    name: "KJRI Jeddah",
    city: "Jeddah",
    areas: ["makkah", "madinah", "taif", "abha", "jizan", "najran", "yanbu", "tabuk"],
    phone: "+966 50 360 9667",
    sourceUrl: "https://voi.id/berita/19540/kjri-tidak-ada-korban-wni-dalam-ledakan-di-al-balad-jeddah",
    checkedOn: CHECKED,
    note: "Hotline KJRI Jeddah, berita November 2020.",
  },
  {
    id: "KBRI-ABU-DHABI",
    country: "Uni Emirat Arab",
    kind: "KBRI",
    name: "KBRI Abu Dhabi",
    city: "Abu Dhabi",
    areas: ["al ain"],
    phone: "+971 56 615 6259",
    sourceUrl:
      "https://timesindonesia.co.id/peristiwa-internasional/246127/amerika-serikat-vs-iran-memanas-indonesia-bersiap-evakuasi-1400-wni",
    checkedOn: CHECKED,
    note: "Hotline dari daftar Kemlu, Januari 2020.",
  },
  {
    id: "KJRI-DUBAI",
    country: "Uni Emirat Arab",
    kind: "KJRI",
    name: "KJRI Dubai",
    city: "Dubai",
    areas: ["sharjah", "ajman", "fujairah", "ras al khaimah", "umm al quwain"],
    phone: "+971 56 332 2611",
    sourceUrl:
      "https://timesindonesia.co.id/peristiwa-internasional/246127/amerika-serikat-vs-iran-memanas-indonesia-bersiap-evakuasi-1400-wni",
    checkedOn: CHECKED,
    note: "Hotline dari daftar Kemlu, Januari 2020 (nomor kedua +971 56 417 0333).",
  },
  {
    id: "KBRI-DOHA",
    country: "Qatar",
    kind: "KBRI",
    name: "KBRI Doha",
    city: "Doha",
    areas: [],
    phone: "+974 3332 2875",
    sourceUrl:
      "https://timesindonesia.co.id/peristiwa-internasional/246127/amerika-serikat-vs-iran-memanas-indonesia-bersiap-evakuasi-1400-wni",
    checkedOn: CHECKED,
    note: "Hotline dari daftar Kemlu, Januari 2020 (juga 2017).",
  },
  {
    id: "KBRI-KUWAIT",
    country: "Kuwait",
    kind: "KBRI",
    name: "KBRI Kuwait City",
    city: "Kuwait City",
    areas: [],
    phone: "+965 9720 6060",
    sourceUrl: "https://www.dwipanews.com/2020/01/wni-di-kuwait-diminta-waspadai-perkembangan-situasi",
    checkedOn: CHECKED,
    note: "Hotline KBRI Kuwait City, Januari 2020.",
  },
  {
    id: "KBRI-MUSCAT",
    country: "Oman",
    kind: "KBRI",
    name: "KBRI Muscat",
    city: "Muscat",
    areas: ["salalah"],
    phone: "+968 9600 0210",
    sourceUrl:
      "https://timesindonesia.co.id/peristiwa-internasional/246127/amerika-serikat-vs-iran-memanas-indonesia-bersiap-evakuasi-1400-wni",
    checkedOn: CHECKED,
    note: "Hotline dari daftar Kemlu, Januari 2020.",
  },
  {
    id: "KBRI-MANAMA",
    country: "Bahrain",
    kind: "KBRI",
    name: "KBRI Manama",
    city: "Manama",
    areas: [],
    phone: "+973 3879 1650",
    sourceUrl:
      "https://timesindonesia.co.id/peristiwa-internasional/246127/amerika-serikat-vs-iran-memanas-indonesia-bersiap-evakuasi-1400-wni",
    checkedOn: CHECKED,
    note: "Hotline dari daftar Kemlu, Januari 2020.",
  },
  {
    id: "KBRI-BANDAR-SERI-BEGAWAN",
    country: "Brunei Darussalam",
    kind: "KBRI",
    name: "KBRI Bandar Seri Begawan",
    city: "Bandar Seri Begawan",
    areas: [],
    phone: null,
    sourceUrl: null,
    checkedOn: CHECKED,
    note: UNVERIFIED,
  },
  {
    id: "KBRI-SEOUL",
    country: "Korea Selatan",
    kind: "KBRI",
    name: "KBRI Seoul",
    city: "Seoul",
    areas: ["busan", "incheon", "daegu", "ansan", "gimhae", "changwon", "ulsan", "suwon", "cheonan"],
    phone: "+82 10-5394-2546",
    sourceUrl: "http://interpannews.com/2020/02/28/kbri-seoul-ditutup-sementara/",
    checkedOn: CHECKED,
    note: "Hotline darurat KBRI Seoul (24 jam), Februari 2020.",
  },
  {
    id: "KBRI-TOKYO",
    country: "Jepang",
    kind: "KBRI",
    name: "KBRI Tokyo",
    city: "Tokyo",
    areas: [
      "yokohama",
      "chiba",
      "saitama",
      "ibaraki",
      "sapporo",
      "hokkaido",
      "aomori",
      "ishikawa",
      "niigata",
      "toyama",
      "nagano",
      "shizuoka",
      "aichi",
      "nagoya",
      "gifu",
    ],
    phone: "+81 80-3506-8612",
    sourceUrl: "https://antaranews.com/berita/3156477/kbri-tokyo-imbau-wni-patuhi-pemerintah-setempat-terkait-rudal-korut",
    checkedOn: CHECKED,
    note:
      "Hotline 24 jam KBRI Tokyo, Oktober 2022 dan Januari 2024 (nomor kedua +81 80-4940-7419). Pembagian wilayah dengan " +
      "KJRI Osaka belum dipastikan.",
  },
  {
    id: "KJRI-OSAKA",
    country: "Jepang",
    kind: "KJRI",
    name: "KJRI Osaka",
    city: "Osaka",
    areas: ["kyoto", "kobe", "hyogo", "nara", "hiroshima", "fukuoka", "fukui", "yamaguchi", "tottori", "shimane"],
    phone: "+81 80-3113-1003",
    sourceUrl: "https://antaranews.com/berita/3156477/kbri-tokyo-imbau-wni-patuhi-pemerintah-setempat-terkait-rudal-korut",
    checkedOn: CHECKED,
    note: "Hotline 24 jam KJRI Osaka, Oktober 2022 dan Januari 2024. Wilayah dari pengumuman KJRI Osaka (pejabatpublik.com, 2024).",
  },
  {
    id: "KBRI-ANKARA",
    country: "Turki",
    kind: "KBRI",
    name: "KBRI Ankara",
    city: "Ankara",
    areas: [],
    phone: "+90 532 135 2298",
    sourceUrl: "https://dunia.tempo.co/read/788051/kudeta-militer-di-turki-wni-diminta-tenang",
    checkedOn: CHECKED,
    note: "Hotline dari rilis Kemlu, 2016: sudah lama, periksa apakah masih berlaku.",
  },
  {
    id: "KJRI-ISTANBUL",
    country: "Turki",
    kind: "KJRI",
    name: "KJRI Istanbul",
    city: "Istanbul",
    areas: [],
    phone: "+90 531 453 0351",
    sourceUrl: "https://dunia.tempo.co/read/788051/kudeta-militer-di-turki-wni-diminta-tenang",
    checkedOn: CHECKED,
    note: "Hotline dari rilis Kemlu, 2016: sudah lama, periksa apakah masih berlaku.",
  },
  {
    id: "KBRI-WARSAWA",
    country: "Polandia",
    kind: "KBRI",
    name: "KBRI Warsawa",
    city: "Warsawa",
    areas: [],
    phone: null,
    sourceUrl: null,
    checkedOn: CHECKED,
    note: UNVERIFIED,
  },
  {
    id: "KBRI-PHNOM-PENH",
    country: "Kamboja",
    kind: "KBRI",
    name: "KBRI Phnom Penh",
    city: "Phnom Penh",
    areas: ["sihanoukville", "bavet", "poipet"],
    phone: "+855 12 813 282",
    sourceUrl:
      "https://www.merahputih.com/post/read/wni-diperingatkan-waspada-dan-batasi-kunjungan-ke-daerah-yang-berpotensi-konflik-di-thailand-dan-kamboja",
    checkedOn: CHECKED,
    note: "Hotline pelindungan WNI KBRI Phnom Penh, Juli 2025 (hotline konsuler +855 61 844 661).",
  },
  {
    id: "KBRI-YANGON",
    country: "Myanmar",
    kind: "KBRI",
    name: "KBRI Yangon",
    city: "Yangon",
    areas: ["myawaddy", "kk park", "shwe kokko"],
    phone: "+95 9503 7055",
    sourceUrl: "https://m.tribunnews.com/amp/nasional/2021/02/01/politik-myanmar-memanas-kementerian-luar-negeri-ri-imbau-bagi-wni",
    checkedOn: CHECKED,
    note: "Hotline KBRI Yangon, Februari 2021. Nomor ini tampak lebih pendek dari nomor seluler Myanmar biasa: periksa sebelum dipakai.",
  },
  {
    id: "KBRI-VIENTIANE",
    country: "Laos",
    kind: "KBRI",
    name: "KBRI Vientiane",
    city: "Vientiane",
    areas: ["golden triangle"],
    phone: null,
    sourceUrl: null,
    checkedOn: CHECKED,
    note: UNVERIFIED,
  },
  {
    id: "KBRI-BANGKOK",
    country: "Thailand",
    kind: "KBRI",
    name: "KBRI Bangkok",
    city: "Bangkok",
    areas: ["surin", "trat", "sa kaeo", "ubon ratchathani"],
    phone: "+66 92-903-1103",
    sourceUrl: "https://minanews.net/kbri-bangkok-imbau-wni-waspada-di-tengah-ketegangan-thailand-kamboja",
    checkedOn: CHECKED,
    note: "Hotline konsuler KBRI Bangkok, Juli 2025 (juga April 2020).",
  },
  {
    id: "KRI-SONGKHLA",
    country: "Thailand",
    kind: "KRI",
    name: "Konsulat RI Songkhla",
    city: "Songkhla",
    areas: ["hat yai", "pattani", "yala", "narathiwat", "satun"],
    phone: null,
    sourceUrl: null,
    checkedOn: CHECKED,
    note: `Wilayah Thailand selatan belum dipastikan dari sumber resmi. ${UNVERIFIED}`,
  },
  {
    id: "KBRI-MANILA",
    country: "Filipina",
    kind: "KBRI",
    name: "KBRI Manila",
    city: "Manila",
    areas: ["luzon", "quezon city", "makati"],
    phone: null,
    sourceUrl: null,
    checkedOn: CHECKED,
    note: UNVERIFIED,
  },
  {
    id: "KJRI-DAVAO",
    country: "Filipina",
    kind: "KJRI",
    name: "KJRI Davao City",
    city: "Davao",
    areas: ["mindanao", "general santos"],
    phone: null,
    sourceUrl: null,
    checkedOn: CHECKED,
    note: `Wilayah Mindanao belum dipastikan dari sumber resmi. ${UNVERIFIED}`,
  },
];

const GULF_SOURCE =
  "https://www.frequentbusinesstraveler.com/2012/08/how-to-call-for-help-around-the-world-emergency-numbers-and-instructions-for-travelers/";
const COMMON = "Nomor darurat umum negara ini; sumber publik belum ditemukan di arsip: periksa sebelum dipakai.";

export const COUNTRY_EMERGENCY_NUMBERS: CountryEmergencySeed[] = [
  { country: "Malaysia", ambulance: "999", police: "999", fire: "994", sourceUrl: null, checkedOn: CHECKED, note: COMMON },
  { country: "Taiwan", ambulance: "119", police: "110", fire: "119", sourceUrl: null, checkedOn: CHECKED, note: COMMON },
  {
    country: "Hong Kong",
    ambulance: "999",
    police: "999",
    fire: "999",
    sourceUrl: "https://sokoguru.id/berita/waspada-topan-super-ragasa-mengintai-kjri-keluarkan-imbauan-bagi-wni-di-hong-kong-dan-macau",
    checkedOn: CHECKED,
    note: "Kontak darurat Hong Kong dan Macau 999 menurut imbauan KJRI Hong Kong, 2025.",
  },
  { country: "Singapura", ambulance: "995", police: "999", fire: "995", sourceUrl: null, checkedOn: CHECKED, note: COMMON },
  {
    country: "Arab Saudi",
    ambulance: "997",
    police: "999",
    fire: "998",
    sourceUrl:
      "https://pcimsaudi.org/kabar-pcim/kjri-jeddah-gelar-sosialisasi-dan-pembinaan-wni-di-madinah-tekankan-etika-lokal-hingga-peluang-karir-diplomat",
    checkedOn: CHECKED,
    note: "Ambulans 997 menurut KJRI Jeddah (Januari 2026); polisi dan pemadam dari daftar umum, periksa. Di beberapa wilayah berlaku 911.",
  },
  { country: "Uni Emirat Arab", ambulance: "998", police: "999", fire: "997", sourceUrl: null, checkedOn: CHECKED, note: COMMON },
  {
    country: "Qatar",
    ambulance: "999",
    police: "999",
    fire: "999",
    sourceUrl: GULF_SOURCE,
    checkedOn: CHECKED,
    note: "Daftar umum nomor darurat, 2012: periksa apakah masih berlaku.",
  },
  { country: "Kuwait", ambulance: "112", police: "112", fire: "112", sourceUrl: null, checkedOn: CHECKED, note: COMMON },
  {
    country: "Oman",
    ambulance: "9999",
    police: "9999",
    fire: "9999",
    sourceUrl: null,
    checkedOn: CHECKED,
    note: `${COMMON} Daftar umum 2012 menyebut 999.`,
  },
  {
    country: "Bahrain",
    ambulance: "999",
    police: "999",
    fire: "999",
    sourceUrl: GULF_SOURCE,
    checkedOn: CHECKED,
    note: "Daftar umum nomor darurat, 2012: periksa apakah masih berlaku.",
  },
  { country: "Brunei Darussalam", ambulance: "991", police: "993", fire: "995", sourceUrl: null, checkedOn: CHECKED, note: COMMON },
  { country: "Korea Selatan", ambulance: "119", police: "112", fire: "119", sourceUrl: null, checkedOn: CHECKED, note: COMMON },
  {
    country: "Jepang",
    ambulance: "119",
    police: "110",
    fire: "119",
    sourceUrl:
      "https://kompas.tv/amp/internasional/334950/korut-tembakkan-rudal-lintasi-jepang-kbri-tokyo-wni-tetap-tenang-ikuti-instruksi-pemerintah?page=all",
    checkedOn: CHECKED,
    note: "Menurut imbauan KBRI Tokyo, Oktober 2022.",
  },
  {
    country: "Turki",
    ambulance: "112",
    police: "155",
    fire: "110",
    sourceUrl: GULF_SOURCE,
    checkedOn: CHECKED,
    note: "Daftar umum 2012; Turki kini memakai 112 untuk semua keadaan darurat: periksa.",
  },
  { country: "Polandia", ambulance: "112", police: "112", fire: "112", sourceUrl: null, checkedOn: CHECKED, note: COMMON },
  { country: "Kamboja", ambulance: "119", police: "117", fire: "118", sourceUrl: null, checkedOn: CHECKED, note: COMMON },
  { country: "Myanmar", ambulance: "192", police: "199", fire: "191", sourceUrl: null, checkedOn: CHECKED, note: COMMON },
  { country: "Laos", ambulance: "1195", police: "1191", fire: "1190", sourceUrl: null, checkedOn: CHECKED, note: COMMON },
  { country: "Thailand", ambulance: "1669", police: "191", fire: "199", sourceUrl: null, checkedOn: CHECKED, note: COMMON },
  { country: "Filipina", ambulance: "911", police: "911", fire: "911", sourceUrl: null, checkedOn: CHECKED, note: COMMON },
];
