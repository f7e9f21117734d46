import { describe, expect, it } from "vitest";
import { isEmergencyKind, isInfoKind, type CaseKind } from "../../src/core/case-kinds.js";
import { normalizeText } from "../../src/core/normalize-text.js";
import { triage, type Triage, type Urgency } from "../../src/core/triage.js";

interface Row {
  text: string;
  intent: Triage["intent"];
  kind: CaseKind;
  /** Kinds that must be among extraKinds (others may be there too). */
  extra?: CaseKind[];
  urgency: Urgency;
}

const C = (text: string, kind: CaseKind, urgency: Urgency, extra?: CaseKind[]): Row => ({
  text,
  intent: "complaint",
  kind,
  urgency,
  extra,
});
const E = (text: string, kind: CaseKind, extra?: CaseKind[]): Row => C(text, kind, "EMERGENCY", extra);
const Q = (text: string, kind: CaseKind): Row => ({ text, intent: "question", kind, urgency: "LOW" });
const U = (text: string): Row => ({ text, intent: "unclear", kind: "LAINNYA", urgency: "LOW" });

const ROWS: Row[] = [
  // --- TPPO: trafficking, confinement, forced work, scam compounds ---
  E("sy dikunci di kamar tdk blh keluar", "TPPO"),
  E("hp sy mau mati, majikan sy mau bunuh sy tolong", "KEKERASAN"),
  E("suami majikan nak bunuh aku", "KEKERASAN"),
  E("adik saya dijual ke kamboja disuruh nipu online", "TPPO"),
  E("tolong pak anak saya di kamboja kerja scam online, tidak boleh pulang, minta tebusan 50 juta", "TPPO", ["PEMULANGAN"]),
  E("Suami saya disekap di Myanmar, hp nya diambil, disuruh kerja judi online 16 jam", "TPPO"),
  E("sy dipaksa kerja tanpa gaji, tidak boleh keluar rumah, paspor di pegang majikan", "TPPO", ["GAJI", "DOKUMEN_DITAHAN"]),
  E("kakak sy dikurung majikan di rumah, tdk dikasih pegang hp", "TPPO"),
  E("ini TPPO pak, ada 5 orang dari lombok dikirim lewat batam ke malaysia tanpa dokumen", "TPPO", ["DOKUMEN_TIDAK_RESMI"]),
  E("anak saya diajak kerja jadi admin di kamboja, skrg paspornya ditahan dan disuruh bayar 30 juta kalau mau pulang", "TPPO", [
    "DOKUMEN_DITAHAN",
  ]),
  E("sy di jual agen ke majikan lain", "TPPO"),
  E("human trafficking, my sister locked in house in saudi", "TPPO"),
  E("adikku ra oleh metu seko omah majikan, hp e disita", "TPPO"),
  E("dia dipaksa jadi psk di malaysia", "TPPO", ["KEKERASAN_SEKSUAL"]),
  E("anak saya kerja di kamboja, katanya jadi admin", "TPPO"),
  E("polisi tangkap suami saya di kuching", "DITAHAN"),
  E("istri saya ditahan agen di penampungan, tidak boleh pulang sudah 4 bulan", "TPPO", ["PEMULANGAN"]),
  E("kita disuruh kerja di kapal, tidak boleh turun ke darat, tidak digaji", "TPPO", ["GAJI"]),
  E("sy tdk boleh pulang sebelum bayar hutang 50 juta", "TPPO"),

  // --- physical violence ---
  E("majikan suka mukul", "KEKERASAN"),
  E("sy sering dipukuli sama majikan perempuan, badan sy lebam2", "KEKERASAN"),
  E("istri saya disiram air panas sama majikannya di saudi", "KEKERASAN"),
  E("tlg pak ibu sy ditampar dan ditendang anak majikan", "KEKERASAN"),
  E("my employer hit me every day, please help", "KEKERASAN"),
  E("sy di siksa, tidak dikasih makan 2 hari", "KEKERASAN"),
  E("majikan ngancam mau bunuh saya kalau lapor", "KEKERASAN"),
  E("adikku arep dipateni majikan", "KEKERASAN"),
  E("kepala sy berdarah dipukul pakai sapu sm nyonya", "KEKERASAN"),
  E("majikan kasar suka main tangan", "KEKERASAN"),
  E("saya dicubit dan dijewer tiap hari, kepala dibenturkan ke tembok", "KEKERASAN"),

  // --- sexual violence ---
  E("sy diperkosa anak majikan, sy takut hamil", "KEKERASAN_SEKSUAL"),
  E("majikan laki2 suka raba2 badan saya kalau istrinya pergi", "KEKERASAN_SEKSUAL"),
  E("adik saya dilecehkan sopir majikan", "KEKERASAN_SEKSUAL"),
  E("ada pelecehan di tempat kerja, bos sering pegang pantat saya", "KEKERASAN_SEKSUAL"),
  E("saya hamil karena diperkosa majikan, sekarang di penampungan agen", "KEKERASAN_SEKSUAL", ["KESEHATAN"]),

  // --- death ---
  E("dia meninggal kemarin jenazahnya blm dipulangkan", "MENINGGAL", ["PEMULANGAN"]),
  E("innalillahi, suami saya meninggal di taiwan tgl 3, tolong bantu pemulangan jenazah", "MENINGGAL", ["PEMULANGAN"]),
  E("Bapak saya wafat di Malaysia karena sakit, kami tidak punya biaya memulangkan jenazah", "MENINGGAL", ["PEMULANGAN"]),
  E("teman sy tewas jatuh dari lantai 5 rumah majikan", "MENINGGAL", ["SAKIT_BERAT"]),
  E("mau lapor, ayah saya meninggal dunia di kapal, beliau ABK", "MENINGGAL"),
  E("Anak saya meninggal di Hongkong, asuransi nya belum cair", "MENINGGAL", ["ASURANSI"]),
  E("kakakku mati di arab, majikan tidak mau kasih tau kenapa", "MENINGGAL"),
  E("anak saya meninggal dibunuh majikan", "MENINGGAL", ["KEKERASAN"]),
  E("anak saya dijual ke kamboja dan sekarang sudah meninggal", "MENINGGAL", ["TPPO"]),

  // --- severe illness, injury, work accident ---
  E("suami sy kecelakaan kerja di pabrik korea, tangannya putus", "SAKIT_BERAT"),
  E("ibu saya stroke di hongkong, sekarang dirawat di rs", "SAKIT_BERAT"),
  E("adik sy koma di icu sudah 3 hari", "SAKIT_BERAT"),
  E("sy jatuh dari tangga, kaki patah, majikan tdk mau bawa ke dokter", "SAKIT_BERAT"),
  E("anak saya sakit parah di saudi minta dipulangkan", "SAKIT_BERAT", ["PEMULANGAN"]),
  E("istri saya pendarahan habis keguguran di penampungan", "SAKIT_BERAT"),
  E("sy tidak punya bpjs, sekarang kecelakaan motor di taiwan", "SAKIT_BERAT", ["ASURANSI"]),

  // --- detention, deportation, legal cases ---
  E("sy ditangkap polisi imigrasi", "DITAHAN"),
  E("suami saya dipenjara di malaysia krn tidak ada permit", "DITAHAN", ["DOKUMEN_TIDAK_RESMI"]),
  E("adik sy kena razia di johor, skrg di depo imigrasi mau dideportasi", "DITAHAN"),
  E("anak saya terancam hukuman mati di saudi, tolong bantu cari pengacara", "DITAHAN"),
  E("teman saya ditahan polisi karena dituduh mencuri emas majikan", "DITAHAN"),
  E("sy dideportasi dari malaysia, sekarang di nunukan tidak punya uang", "DITAHAN"),
  E("bojoku ditahan nang kantor polisi hongkong", "DITAHAN"),

  // --- suicidal statements ---
  E("sy gk kuat lagi pengen mati aja", "BUNUH_DIRI"),
  E("rasanya mau bunuh diri aja pak, gaji 8 bulan tidak dibayar", "BUNUH_DIRI", ["GAJI"]),
  E("aku wis ora kuat urip, pengen gantung diri", "BUNUH_DIRI"),
  E("lebih baik saya mati daripada kembali ke rumah majikan", "BUNUH_DIRI"),
  E("istri saya bilang mau minum racun kalau tidak dipulangkan", "BUNUH_DIRI", ["PEMULANGAN"]),
  E("I want to kill myself", "BUNUH_DIRI"),
  E("saya ingin mengakhiri semua ini", "BUNUH_DIRI"),

  // --- wages ---
  C("gaji gk dibyr udh 5 bln", "GAJI", "NORMAL"),
  C("gajiku dipotong terus sama agen, tiap bulan cuma dapat 1 juta", "GAJI", "NORMAL", ["OVERCHARGING"]),
  C("majikan blm bayar gaji sy 3 bulan", "GAJI", "NORMAL"),
  C("salary not paid 4 months, employer say no money", "GAJI", "NORMAL"),
  C("kapan gaji saya dibayar pak? sudah 2 bulan", "GAJI", "NORMAL"),
  C("upah lembur tidak pernah dibayar", "GAJI", "NORMAL"),
  C("gaji durung dibayar karo bose", "GAJI", "NORMAL"),
  C("gaji saya tidak sesuai kontrak, dijanjikan 8 juta cuma dikasih 5", "GAJI", "NORMAL", ["PHK_KONTRAK"]),
  C("gaji ditahan", "GAJI", "NORMAL"),
  C("gaji ditahan majikan 3 bulan", "GAJI", "NORMAL"),
  C("bojoku ora dibayar wis 4 sasi", "GAJI", "NORMAL"),
  C("gaji tak bayar dah 3 bulan, majikan kata takde duit", "GAJI", "NORMAL"),
  C("my madam not give salary 3 month", "GAJI", "NORMAL"),
  C("hp saya mati jadi baru bisa kabari sekarang, gaji sy blm dibayar", "GAJI", "NORMAL"),

  // --- termination, contract, work not as agreed ---
  C("sy di phk sepihak padahal kontrak masih 1 thn", "PHK_KONTRAK", "NORMAL"),
  C("kerja tidak sesuai perjanjian, dijanjikan kerja di pabrik ternyata jadi pembantu", "PHK_KONTRAK", "NORMAL"),
  C("sy disuruh kerja di 3 rumah, tidak ada libur sama sekali", "PHK_KONTRAK", "NORMAL"),
  C("dipecat majikan tanpa alasan, skrg di agen", "PHK_KONTRAK", "NORMAL"),
  C("saya mau pindah majikan, kerja 18 jam sehari", "PHK_KONTRAK", "NORMAL"),

  // --- documents withheld ---
  C("paspor ditahan agen", "DOKUMEN_DITAHAN", "NORMAL"),
  C("ditahan paspornya sama majikan", "DOKUMEN_DITAHAN", "NORMAL"),
  C("paspor sy di pegang majikan, mau pulang gk dikasih", "DOKUMEN_DITAHAN", "HIGH", ["PEMULANGAN"]),
  C("ktp dan ijazah saya ditahan PT, katanya harus bayar dulu 5 juta", "DOKUMEN_DITAHAN", "NORMAL", ["OVERCHARGING"]),
  C("majikan tidak mau kembalikan paspor saya padahal kontrak sudah habis", "DOKUMEN_DITAHAN", "NORMAL"),
  C("passport kept by agency, cannot go home", "DOKUMEN_DITAHAN", "NORMAL", ["PEMULANGAN"]),

  // --- failed departure ---
  C("sudah setahun di penampungan belum juga diberangkatkan", "GAGAL_BERANGKAT", "NORMAL"),
  C("gagal berangkat pak, uang 15jt sudah disetor ke PT", "GAGAL_BERANGKAT", "NORMAL"),
  C("keberangkatan saya ditunda terus tanpa kejelasan", "GAGAL_BERANGKAT", "NORMAL"),
  C("visa sudah keluar tapi tdk jadi berangkat, PT bilang job nya batal", "GAGAL_BERANGKAT", "NORMAL"),
  C("CPMI dari lampung, sudah medical dan bayar, tidak kunjung diberangkatkan", "GAGAL_BERANGKAT", "NORMAL"),

  // --- job fraud, illegal recruiters ---
  C("sy ditipu sponsor, uang 20 juta dibawa kabur", "PENIPUAN_LOWONGAN", "NORMAL"),
  C("ada lowongan kerja ke jepang lewat facebook, sudah transfer 7 juta, orangnya tidak bisa dihubungi", "PENIPUAN_LOWONGAN", "NORMAL"),
  C("PT nya bodong pak, izinnya sudah dicabut, uang kami 30 orang hilang", "PENIPUAN_LOWONGAN", "NORMAL"),
  C("katanya kerja di korea gaji 25jt, ternyata penipuan", "PENIPUAN_LOWONGAN", "NORMAL"),
  C("saya korban penipuan lowongan kerja luar negeri", "PENIPUAN_LOWONGAN", "NORMAL"),
  C("PT nya nipu, sudah bayar 25 juta tidak berangkat2, sekarang agennya kabur", "PENIPUAN_LOWONGAN", "NORMAL", [
    "GAGAL_BERANGKAT",
    "OVERCHARGING",
  ]),

  // --- overcharging ---
  C("biaya penempatan ke taiwan diminta 60 juta padahal katanya gratis", "OVERCHARGING", "NORMAL"),
  C("potongan agen 7 bulan gaji, ini overcharging kan?", "OVERCHARGING", "NORMAL"),
  C("sy disuruh bayar 35jt sama PT, apa itu resmi?", "OVERCHARGING", "NORMAL"),
  C("ada pungli di bandara waktu pulang", "OVERCHARGING", "NORMAL"),
  C("sy minta tolong, agen minta uang 10jt kalau mau ganti majikan", "OVERCHARGING", "NORMAL", ["PHK_KONTRAK"]),

  // --- wants to go home, no money for the ticket ---
  C("sy mau pulang pak, kontrak sudah habis tapi majikan gk kasih pulang", "PEMULANGAN", "HIGH"),
  C("tolong pulangkan saya, tidak ada uang untuk tiket", "PEMULANGAN", "HIGH"),
  C("ingin dipulangkan krn tidak betah", "PEMULANGAN", "NORMAL"),
  C("I want to go home, please help me", "PEMULANGAN", "NORMAL"),
  C("pengen mulih wis ora betah", "PEMULANGAN", "NORMAL"),

  // --- stranded ---
  C("sy terlantar di bandara kuala lumpur tdk ada uang", "TERLANTAR", "HIGH"),
  C("diusir majikan tengah malam, skrg tidur di masjid", "TERLANTAR", "HIGH"),
  C("kami 10 orang ditinggal agen di jakarta, tidak ada tempat tinggal dan tidak ada uang untuk makan", "TERLANTAR", "HIGH"),

  // --- lost contact ---
  C("sudah 6 bulan anak saya tidak ada kabar, terakhir kerja di malaysia", "HILANG_KONTAK", "HIGH"),
  C("istri saya hilang kontak sejak bulan maret", "HILANG_KONTAK", "HIGH"),
  C("nomor suami saya tidak aktif sudah 2 minggu, agen juga tidak tahu keberadaannya", "HILANG_KONTAK", "HIGH"),
  C("hp nya mati terus, wa tdk dibalas sudah sebulan", "HILANG_KONTAK", "HIGH"),
  C("mau lapor adik sy menghilang dari rumah majikan di singapura", "HILANG_KONTAK", "HIGH"),

  // --- ran away ---
  C("sy kabur dari majikan krn tidak tahan, skrg di rumah teman", "KABUR", "HIGH"),
  C("teman saya lari dari rumah majikan, sekarang tidak punya dokumen", "KABUR", "HIGH", ["DOKUMEN_TIDAK_RESMI"]),

  // --- undocumented, forged documents, overstay ---
  C("sy berangkat lewat jalur ilegal, sekarang mau pulang tapi tidak punya paspor", "DOKUMEN_TIDAK_RESMI", "NORMAL", ["PEMULANGAN"]),
  C("visa saya sudah mati 3 bulan, overstay", "DOKUMEN_TIDAK_RESMI", "NORMAL"),
  C("dokumen sy dipalsukan PT, umur dituakan", "DOKUMEN_TIDAK_RESMI", "NORMAL"),
  C("saya PMI non prosedural di malaysia, mau urus dokumen", "DOKUMEN_TIDAK_RESMI", "NORMAL"),
  C("sy overstay sudah 2 thn di malaysia, mau pulang", "DOKUMEN_TIDAK_RESMI", "NORMAL", ["PEMULANGAN"]),

  // --- health (not severe), depression, pregnancy ---
  C("sy sakit sudah seminggu, majikan tidak mau bawa ke dokter", "KESEHATAN", "NORMAL"),
  C("saya depresi kerja disini, sering nangis", "KESEHATAN", "NORMAL"),
  C("sy hamil 3 bulan, agen suruh pulang", "KESEHATAN", "NORMAL"),
  C("anak saya di taiwan kena TBC, butuh obat", "KESEHATAN", "NORMAL"),

  // --- social security ---
  C("klaim bpjs ketenagakerjaan suami saya ditolak", "ASURANSI", "NORMAL"),
  C("santunan kematian dari bpjs belum cair sudah 4 bulan", "ASURANSI", "NORMAL"),
  C("tolong bantu urus jht saya, sudah pulang dari korea", "ASURANSI", "NORMAL"),

  // --- other complaints ---
  C("majikan saya galak sekali, suka marah2", "LAINNYA", "NORMAL"),
  C("majikan sering membentak", "LAINNYA", "NORMAL"),
  C("sy diancam majikan", "LAINNYA", "NORMAL"),
  C("tolong!!! darurat", "LAINNYA", "HIGH"),
  C("SOS", "LAINNYA", "HIGH"),
  C("tolong pak", "LAINNYA", "NORMAL"),
  C("mau mengadu soal agen", "LAINNYA", "NORMAL"),
  C("makan dikasih sisa, kerja dari subuh", "LAINNYA", "NORMAL"),
  C("capek setengah mati kerja dari jam 4 pagi", "LAINNYA", "NORMAL"),

  // --- several problems in one message ---
  C("gaji blm dibayar 3 bln, paspor ditahan majikan, sy mau pulang", "GAJI", "HIGH", ["DOKUMEN_DITAHAN", "PEMULANGAN"]),
  E("sy dipukul majikan, gaji 4 bulan tdk dibayar, paspor di tahan, pengen pulang", "KEKERASAN", ["GAJI", "DOKUMEN_DITAHAN", "PEMULANGAN"]),
  E("anak saya kabur dari majikan karena sering dipukul, sekarang tidak ada kabar", "KEKERASAN", ["KABUR", "HILANG_KONTAK"]),
  E("suami sy sakit keras di malaysia, dokumen tidak lengkap, minta dipulangkan", "SAKIT_BERAT", ["PEMULANGAN"]),
  C("gaji dipotong, kerja 20 jam sehari, tidak ada libur, mau ganti majikan", "GAJI", "NORMAL", ["PHK_KONTRAK"]),
  E(
    "Assalamualaikum wr wb, mohon maaf mengganggu pak/bu. Saya mau cerita, saya dari Indramayu, berangkat ke Saudi tahun 2019 " +
      "lewat sponsor. Awalnya majikan baik, tapi sejak tahun lalu saya sering dimarahi, gaji dipotong, dan minggu lalu saya " +
      "dipukul pakai sapu sampai kepala berdarah. Saya takut sekali. Mohon bantuannya.",
    "KEKERASAN",
    ["GAJI"],
  ),

  // --- a question that carries a complaint is a complaint ---
  C("apakah bisa bantu, gaji saya belum dibayar", "GAJI", "NORMAL"),
  C("gimana caranya lapor kalau paspor ditahan agen?", "DOKUMEN_DITAHAN", "NORMAL"),
  E("mau tanya, adik saya meninggal di taiwan, bagaimana pengurusan jenazahnya?", "MENINGGAL"),

  // --- information requests ---
  Q("info loker taiwan", "INFO_LOWONGAN"),
  Q("apakah ada lowongan ke jepang utk lulusan SMA?", "INFO_LOWONGAN"),
  Q("brp gaji kerja di hongkong skrg?", "INFO_LOWONGAN"),
  Q("mau kerja di korea bagaimana ya", "INFO_LOWONGAN"),
  Q("apakah PT maju jaya resmi?", "INFO_P3MI"),
  Q("gimana cara cek PT terdaftar di BP2MI atau tidak", "INFO_P3MI"),
  Q("apakah pt ini resmi atau bodong?", "INFO_P3MI"),
  Q("cara daftar kerja ke jepang gimana", "INFO_PROSEDUR"),
  Q("syarat jadi PMI apa saja?", "INFO_PROSEDUR"),
  Q("mau tanya soal e-PMI dan OPP", "INFO_PROSEDUR"),
  Q("berapa biaya ke taiwan?", "INFO_PROSEDUR"),
  Q("kapan pendaftaran G to G korea dibuka?", "INFO_PROSEDUR"),
  Q("dimana ada pelatihan bahasa korea?", "INFO_PELATIHAN"),
  Q("ada kursus caregiver di BLK pekalongan?", "INFO_PELATIHAN"),
  Q("bagaimana cara mengajukan KUR untuk purna PMI?", "INFO_PEMBERDAYAAN"),
  Q("sy purna pmi mau buka usaha, ada bantuan modal?", "INFO_PEMBERDAYAAN"),
  Q("bapak saya sudah pulang dari saudi, mau tanya usaha apa yang bisa", "INFO_PEMBERDAYAAN"),
  Q("klinik medical yang resmi di semarang dimana ya?", "INFO_KLINIK"),
  Q("medical check up CPMI di mana?", "INFO_KLINIK"),
  Q("rumah sakit mana yang bisa medical untuk CPMI?", "INFO_KLINIK"),
  Q("saya mau daftar jadi pmi ke hongkong", "INFO_PROSEDUR"),
  Q("apakah ada lowongan di kamboja?", "INFO_LOWONGAN"),
  Q("mau tanya", "INFO_LAINNYA"),
  Q("selamat siang, saya mau tanya status pengaduan saya", "INFO_LAINNYA"),
  Q("min, kantor BP3MI lampung buka jam berapa?", "INFO_LAINNYA"),

  // --- greetings and noise ---
  U("halo"),
  U("assalamualaikum"),
  U("p"),
  U("😭😭"),
  U("menu"),
  U("selamat pagi"),
  U("ok"),
  U("terima kasih"),
  U("apa kabar min"),
  U("hp saya mati"),
  U("mati lampu terus di mess"),
  U("terimakasih atas bantuannya"),
  U("Siti Aminah"),
  U("kab pekalongan"),
  U("terima kasih sudah dibantu, masalah sudah selesai"),
  U("saya sudah pulang ke indonesia dengan selamat"),
  U("majikan saya baik alhamdulillah"),
];

describe("triage table", () => {
  it("has enough rows", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(120);
  });

  for (const row of ROWS) {
    it(`${row.intent} ${row.kind} ${row.urgency}: ${row.text.slice(0, 90)}`, () => {
      const result = triage(row.text);
      expect({ intent: result.intent, kind: result.kind, urgency: result.urgency }).toEqual({
        intent: row.intent,
        kind: row.kind,
        urgency: row.urgency,
      });
      for (const extra of row.extra ?? []) expect(result.extraKinds).toContain(extra);
      // Invariants of every result.
      expect(result.extraKinds).not.toContain(result.kind);
      expect(new Set(result.extraKinds).size).toBe(result.extraKinds.length);
      expect(result.emergency === null).toBe(result.urgency !== "EMERGENCY");
      if (result.intent === "question") expect(isInfoKind(result.kind)).toBe(true);
      if (result.intent !== "unclear") expect(result.signals.length).toBeGreaterThan(0);
    });
  }
});

describe("emergencies are never missed", () => {
  const emergencyRows = ROWS.filter((r) => isEmergencyKind(r.kind) || r.urgency === "EMERGENCY");

  it("covers every emergency kind several times", () => {
    for (const kind of ["TPPO", "KEKERASAN", "KEKERASAN_SEKSUAL", "MENINGGAL", "SAKIT_BERAT", "DITAHAN", "BUNUH_DIRI"]) {
      expect(emergencyRows.filter((r) => r.kind === kind).length, kind).toBeGreaterThanOrEqual(4);
    }
  });

  it("every emergency row comes out EMERGENCY with an emergency kind", () => {
    const missed = emergencyRows
      .map((r) => ({ text: r.text, result: triage(r.text) }))
      .filter(({ result }) => result.urgency !== "EMERGENCY" || result.emergency === null || !isEmergencyKind(result.kind));
    expect(missed.map((m) => m.text)).toEqual([]);
  });
});

describe("false alarms that matter", () => {
  const notEmergency = [
    "hp saya mati",
    "hpnya mati, nanti saya kabari lagi",
    "hp sy mau mati nanti sy kabari lagi",
    "hape ku mau mati bu, batre tinggal 2 persen",
    "mati lampu terus di mess",
    "paspor ditahan agen",
    "gaji ditahan",
    "paspor saya ditahan majikan",
    "gaji saya ditahan agen 2 bulan",
    "pukul 10 malam saya baru selesai kerja",
    "sy kerja di rumah sakit sebagai perawat di jepang",
    "visa saya mati bulan depan, bagaimana cara perpanjang?",
    "capek setengah mati",
    "sakit hati sama agen, janji tidak ditepati",
    "kisaran gaji di taiwan berapa?",
    "bapak saya dulu kerja di malaysia, sekarang sudah pulang",
    "saya di rumah sakit jaga anak majikan yang sakit",
    "terima kasih sudah dibantu, masalah sudah selesai",
  ];
  for (const text of notEmergency) {
    it(`not an emergency: ${text}`, () => {
      const result = triage(text);
      expect(result.urgency).not.toBe("EMERGENCY");
      expect(result.emergency).toBeNull();
    });
  }

  it("a withheld passport is not a detention, a withheld salary is wages", () => {
    expect(triage("paspor ditahan agen").extraKinds).not.toContain("DITAHAN");
    expect(triage("gaji ditahan").kind).toBe("GAJI");
  });
});

describe("robustness", () => {
  const odd = [
    "",
    "   ",
    "\n\t",
    "🙏🙏🙏",
    "\u0000\u0001\u0002\uFFFD\uFFFD",
    "%$#@!^&*()_+",
    "constructor toString __proto__ hasOwnProperty valueOf",
    "a".repeat(100_000),
    Array.from({ length: 5000 }, (_, i) => String.fromCharCode(i % 0xd7ff)).join(""),
  ];
  for (const text of odd) {
    it(`does not throw on ${JSON.stringify(text.slice(0, 12))} (${text.length} chars)`, () => {
      const result = triage(text);
      expect(["unclear", "complaint", "question"]).toContain(result.intent);
    });
  }

  it("empty, whitespace and emoji-only are unclear", () => {
    for (const text of ["", "   ", "🙏🙏🙏", "\u0000\u0001"]) expect(triage(text).intent).toBe("unclear");
  });

  it("handles a 100 KB message and still finds the emergency in it", () => {
    const filler = "saya kerja di rumah majikan setiap hari dari pagi sampai malam ";
    const text = filler.repeat(Math.ceil(100_000 / filler.length)) + " kemarin saya dipukul majikan";
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    const result = triage(text);
    expect(result.kind).toBe("KEKERASAN");
    expect(result.urgency).toBe("EMERGENCY");
  });

  it("keeps signals short", () => {
    const result = triage("gaji blm dibayar 3 bln, paspor ditahan majikan, sy mau pulang, sy dipukul, sy diperkosa");
    expect(result.signals.length).toBeLessThanOrEqual(10);
    for (const s of result.signals) expect(s.length).toBeLessThanOrEqual(80);
  });
});

describe("normalizeText", () => {
  const cases: [string, string][] = [
    ["Sy blm dibyr 3bln, tolongggg!!", "saya belum dibayar 3 bulan tolong"],
    ["maaaf pak, saat ini gk bisa", "maaf bapak saat ini tidak bisa"],
    ["Gajiku durung dibayar", "gaji belum dibayar"],
    ["anak2 saya di pukulin mjkn", "anak saya dipukul majikan"],
    ["pasport sy ditahan agency", "paspor saya ditahan agen"],
    ["TKW dari Indramayu", "pmi dari indramayu"],
    ["Café Müller", "cafe muller"],
    ["passport, salary, go home", "paspor gaji pulang"],
    ["hpnya mati", "hp meninggal"],
    ["mau bertanya", "mau bertanya"],
    ["p3mi bp2mi 20jt", "p3mi bp2mi 20 juta"],
    ["constructor toString", "constructor tostring"],
    ["gj sy blm d bayar, sy d pkul mjikan", "gaji saya belum dibayar saya dipukul majikan"],
    ["uwis 7 taun ora oleh mulih, ora tau dibayar", "sudah 7 tahun tidak boleh pulang tidak pernah dibayar"],
    ["abdi teu kenging uih, teu gaduh artos", "saya tidak boleh pulang tidak punya uang"],
  ];
  for (const [raw, expected] of cases) {
    it(`${raw} → ${expected}`, () => expect(normalizeText(raw)).toBe(expected));
  }

  it("normalises 100 KB without trouble", () => {
    const text = "Sy blm dibyr 3bln tolongggg!! ".repeat(3500);
    expect(normalizeText(text).length).toBeGreaterThan(0);
  });
});
