/**
 * The triage vocabulary as data: which words and phrases point to which case kind, so that a
 * language-aware officer can read, argue with and extend it without touching the matcher.
 *
 * Pattern language (matched on normalizeTokens output, i.e. standard Indonesian words):
 *   "a|b|c"   one word out of several          "pukul*"  any word starting with "pukul"
 *   "#"       a number                         "~N"      up to N other words may come between
 * A rule may be `soft`: it is ignored in a pure question ("apakah PT ini bodong?"), where the
 * same words describe the topic, not the asker's problem. `notPrev`/`notNext` cancel a match
 * when a phrase ends just before / starts just after it ("hp mati", "paspor ... ditahan");
 * a trailing (notPrev) or leading (notNext) "~N" lets that phrase be up to N words away.
 * `with` names a second pattern that must also occur somewhere in the message.
 * Alternatives are single words: write "babak belur" as its own pattern, not inside "a|b".
 *
 * Words written in Malay, Javanese, Sundanese, English or chat spelling are mapped to standard
 * Indonesian first (src/core/normalize-text.ts); rules learnt from real messages, grouped by
 * language or region with an example each, are in triage-vocabulary.ts.
 */
import type { CaseKind } from "./case-kinds.js";

/** Internal tags next to the case kinds. */
export type Tag = CaseKind | "QUESTION" | "HELP" | "CUE" | "DISTRESS" | "ALARM" | "CAREGIVING" | "NOT_CURRENT" | "STREET";

export interface RuleSpec {
  p: string;
  soft?: boolean;
  /** Info topics that only count when the message asks something. */
  ask?: boolean;
  notPrev?: string[];
  notNext?: string[];
  /** Another pattern that must also occur somewhere in the message. */
  with?: string;
}
export type Spec = string | RuleSpec;

// Word groups shared by several rules.
export const PERSON =
  "saya|dia|suami|istri|anak|adik|kakak|ibu|bapak|ayah|mama|emak|mamak|teman|kawan|keluarga|saudara|sepupu|keponakan|ponakan|bojo|kami|mereka|pmi|pekerja";
export const RELATIVE =
  "suami|istri|anak|adik|kakak|ibu|bapak|ayah|mama|emak|mamak|keluarga|saudara|sepupu|keponakan|ponakan|bojo|dia|teman";
export const DOC = "paspor|dokumen|ktp|ijazah|visa|permit|kk|akta|surat|kartu|sertifikat|identitas|buku|atm";
export const MONEY = "gaji|upah|uang|tabungan|bonus|tiket|thr|lembur";
export const RECRUITER = "agen|pt|sponsor|calo|perekrut|lpk|perusahaan|p3mi|pjtki|pptkis";
export const DEVICE =
  "hp|hape|handphone|ponsel|nomor|nomer|wa|whatsapp|telepon|baterai|batre|batrai|batere|baterei|lampu|listrik|internet|wifi|sinyal|mesin|motor|mobil|tv|ac|kipas|laptop|komputer|kartu|jam|charger";
/** Stories on a screen or page: a death or killing there is nobody's emergency. */
export const FICTION = "film|drama|drakor|sinetron|novel|game|komik|tokoh|tokohnya|adegan";
/** "saya lihat berita ada TKW dibunuh": news seen, not news received about one's own. */
const SEEN_IN_MEDIA = "lihat|melihat|nonton|menonton|baca|membaca ~1 berita|video|film|sinetron|drama|tiktok|youtube ~6";
/** The worker accused of the violence: a legal case (DITAHAN), not harm done to them. */
const ACCUSED = "dituduh|tuduh|menuduh|tuduhan|difitnah ~2";
/** "tidak pernah pukul": the harm denied. */
const NEVER = "tidak|bukan|belum ~0 pernah";
/** Online-scam compound countries and towns; Indonesia places no workers there legally. */
export const SCAM_PLACES = "kamboja|kemboja|cambodia|phnom|myanmar|myawaddy|myawadi|laos|sihanoukville|poipet|bavet";

export const RULES: Record<Tag, Spec[]> = {
  // ---- emergencies ----
  TPPO: [
    "tppo",
    "perdagangan ~1 orang|manusia",
    "perdagangkan|diperdagangkan",
    "disekap|sekap|menyekap|penyekapan|dikurung|kurung|mengurung|dikerangkeng",
    "dikunci ~3 kamar|rumah|dalam|luar|gudang|mess|asrama|ruangan|kantor|majikan|agen",
    { p: "tidak ~1 boleh|bisa|dibolehkan|diizinkan|diijinkan|dikasih|kasih|izinkan|diperbolehkan ~1 keluar", notNext: ["negeri|bandara"] },
    { p: "dilarang ~1 keluar", notNext: ["negeri"] },
    {
      p: "dijual|diperjualbelikan|dijualbelikan",
      notPrev: ["hp|rumah|tanah|motor|mobil|sawah|barang|emas|perhiasan|kendaraan|laptop|ternak ~2"],
    },
    "menjual|jual ~2 orang|manusia|perempuan|wanita|pmi",
    "kerja ~1 paksa|rodi",
    { p: "dipaksa ~2 kerja|bekerja|menipu|scam|judi|jadi|psk", notNext: ["~1 istri|pacar|simpanan"] },
    "disuruh ~2 menipu|penipuan|scam|scamming|judi|tipu",
    "perbudakan|diperbudak|eksploitasi|dieksploitasi",
    "jadi|dijadikan|seperti|kayak|diperlakukan ~1 budak",
    "jeratan|jerat ~1 hutang|utang",
    "judi ~1 online|onlen|daring",
    "judol",
    "scam ~1 online|onlen",
    "online ~1 scam",
    "kerja|perusahaan|kantor|company ~3 scam|judi",
    { p: "scammer", notPrev: ["kena|korban|ditipu|tertipu|oleh ~1"] },
    "diculik|penculikan|disandera|sandera|tebusan|ditebus|menebus",
    { p: `${PERSON} ~1 ditahan ~2 majikan|agen|pt|sponsor|penampungan|perusahaan`, notPrev: [`${DOC}|${MONEY} ~2`] },
    "hp ~2 disita|dirampas|ditahan",
    "hp ~2 diambil ~2 majikan|agen|bos|pt",
    "tidak ~2 boleh|bisa|dikasih|diizinkan ~2 pegang|pakai|main ~1 hp",
    "dijadikan|jadi ~1 psk|pelacur",
    "jaminan ~1 hutang|utang",
    // Debt bondage: not allowed home until a debt or "compensation" is paid.
    "tidak ~1 boleh|bisa|diizinkan|dibolehkan|diperbolehkan|dikasih ~1 pulang ~6 hutang|utang|tebus|tebusan|denda|bayar",
    // Fishing crews kept at sea.
    { p: "tidak ~2 boleh|bisa|pernah|diizinkan ~1 turun|mendarat|sandar|bersandar|menginjak|injak", with: "kapal|abk|laut|perahu" },
    // Online-scam compounds: the destination alone is not enough, the kind of work gives it away.
    {
      p: `${SCAM_PLACES}|thailand`,
      with: "online|onlen|scam|scammer|judi|admin|operator|menipu|tebusan|ditebus|telemarketing|crypto|kripto|cs|korban|target|disetrum|dikurung",
    },
    { p: SCAM_PLACES, with: "kerja|bekerja|dijanjikan|diajak|direkrut|dibawa|dikirim|berangkat", soft: true },
  ],
  KEKERASAN: [
    {
      p: "dipukul|memukul|memukuli|mukul|pukulan|digebuk|digebukin|gebukin|dihajar|hajar|menghajar|ngehajar",
      notPrev: [ACCUSED, NEVER, "bukan"],
    },
    "ditampar|tampar|nampar|menampar|tamparan|ditempeleng|ditendang|tendang|nendang|menendang|ditinju|ditonjok|tonjok",
    "dijambak|jambak|menjambak|dicekik|cekik|mencekik|disiksa|siksa|siksaan|menyiksa|penyiksaan",
    "dianiaya|aniaya|menganiaya|penganiayaan|teraniaya|disetrika|ditusuk|dibacok|dicambuk|dicambuki|disabet|dipecut|diinjak|dibanting",
    "disundut|dilempar|dikeroyok|disakiti|dilukai|melukai|dicakar|ditoyor|kdrt|lebam|memar",
    "babak belur",
    { p: "pukul", notNext: ["#|rata|jam"], notPrev: [ACCUSED, NEVER, "bukan"] },
    "main ~1 tangan",
    "dibenturkan|dibenturin|dicubit|dicubiti|dijewer",
    "dipaksa ~2 aborsi|menggugurkan|gugurkan",
    { p: "kekerasan", notNext: ["seksual"] },
    "disiram",
    "diancam|ancam|mengancam|ngancam ~3 dibunuh|bunuh|pisau|pukul|dipukul|senjata|parang|siksa",
    { p: "dibunuh|membunuh|pembunuhan", notPrev: [`${FICTION} ~6`, SEEN_IN_MEDIA] },
    // "majikan mau bunuh sy": the bare verb with a person after it ("bunuh diri" is BUNUH_DIRI).
    { p: `mau|ingin|akan|mo|hendak|nak|coba ~1 bunuh saya|kami|${RELATIVE}`, notPrev: [`${FICTION} ~6`, SEEN_IN_MEDIA] },
    "tidak ~2 dikasih|diberi|dibiarkan|kasih|beri|memberi ~1 makan|makanan|minum",
  ],
  KEKERASAN_SEKSUAL: [
    "diperkosa|perkosa|memperkosa|pemerkosaan|perkosaan|pemerkosa|pelecehan|dilecehkan|melecehkan|lecehkan",
    "dicabuli|cabul|mencabuli|pencabulan|diraba|meraba|raba|digerayangi|gerayangi|dinodai|disetubuhi|menyetubuhi",
    "kekerasan seksual",
    {
      p: "dipaksa|disuruh|diajak|memaksa|paksa|menyuruh|mengajak ~3 berhubungan|tidur|melayani|ml|seks|sex|telanjang|bugil|nafsu",
      notNext: ["~1 luar|balkon|lantai|dapur|gudang|teras"],
    },
    "dipegang|pegang|memegang ~3 dada|payudara|pantat|kemaluan|paha|bokong",
    "diintip|mengintip",
    "psk|pelacur|pelacuran|prostitusi|dilacurkan",
    "dihamili|menghamili",
    "masuk ~1 kamar ~1 saya ~2 malam|tengah",
    "hamil ~1 oleh|sama|dari|dengan|karena ~1 majikan|agen|bos",
  ],
  MENINGGAL: [
    {
      p: "meninggal",
      notPrev: [
        `${DEVICE}|visa|paspor|permit|kontrak|izin|ijin|hukuman|vonis|divonis|dihukum|hampir|nyaris|setengah|ingin|mau|baik|mending|mendingan|rasanya|rela`,
        `${DEVICE}|visa|paspor|permit|kontrak|izin|ijin saya|dia|kami|kamu|sudah|lagi|terus|juga`,
        `hp|nomor|nomer|wa|whatsapp|telepon ${RELATIVE} saya|kami`,
        "hukuman|vonis|divonis|dihukum|ancaman ~2",
        "visa|paspor|permit|kontrak|izin|ijin ~2",
        "hp|nomor|nomer|wa|whatsapp|telepon ~3",
        "lampu|listrik|ac|kipas|mesin|tv|laptop|komputer|internet|wifi|sinyal|baterai|batre|charger ~3",
        `${FICTION} ~6`,
        SEEN_IN_MEDIA,
      ],
      notNext: ["lampu|listrik|rasa|saja|suri"],
    },
    "wafat|tewas|jenazah|mayat|almarhum|almarhumah|alm|jasad|berpulang|meninggoy",
    // "santunan kematian", "akta kematian": paperwork about a death, not the news of one.
    { p: "kematian", notPrev: ["santunan|klaim|jaminan|asuransi|akta|surat|biaya|sertifikat ~1"] },
    "innalillahi|inalillahi|innalilahi|innalillah|inalilahi",
    "tidak ~1 bernyawa",
    { p: "dibunuh", notPrev: ["mau|akan|diancam|ancam|mengancam|hendak|ingin|mau ~1", `${FICTION} ~6`, SEEN_IN_MEDIA] },
  ],
  SAKIT_BERAT: [
    "kritis|koma|stroke|lumpuh|pingsan|sekarat|kejang|icu|opname|amputasi|diamputasi|keguguran",
    "pendarahan|perdarahan|kanker|tumor|cacat|dirawat|kecelakaan|aborsi|digugurkan",
    "masuk|dibawa|dilarikan|opname ~2 rumah sakit",
    "masuk|dibawa|dilarikan|opname ~2 icu|ugd|igd|klinik",
    {
      // Caregivers and nurses are often at a hospital for someone else.
      p: "di ~1 rumah sakit",
      soft: true,
      notPrev: ["kerja|bekerja|perawat|nurse|caregiver ~1", "merawat|jaga|menjaga|menemani|nemenin|nungguin|menunggu|antar|mengantar ~4"],
      notNext: ["~2 jaga|menjaga|menemani|merawat|nemenin|nungguin|menunggu|kerja|bekerja"],
    },
    { p: "di ~1 icu|ugd|igd", soft: true },
    { p: "operasi|dioperasi", soft: true, notNext: ["imigrasi|polisi|razia|gabungan|penertiban|pati"] },
    "patah ~2 tulang|kaki|tangan|leher|punggung|rusuk|jari|lengan|pinggang",
    "tulang|kaki|tangan|leher|punggung|jari ~2 patah|retak|remuk|hancur|putus|terpotong",
    "jatuh|terjatuh ~4 lantai|tangga|gedung|atas|ketinggian|balkon|jendela|atap",
    "luka ~1 parah|berat|serius|bakar",
    "terbakar|kesetrum|tersetrum|tertimpa|terjepit|tergilas|tersiram|melepuh",
    "sakit ~3 parah|keras|berat|serius|kronis",
    "hampir|nyaris meninggal",
    "tidak ~1 sadar|sadarkan",
    "tidak ~2 bisa|boleh ~1 jalan|bergerak|gerak|digerakkan|menggerakkan|gerakkan|bangun|berdiri|bernafas|bernapas",
    "gagal ginjal|jantung",
    "cuci darah",
    "serangan jantung",
    "muntah|batuk ~1 darah",
    "sesak ~1 napas|nafas",
  ],
  DITAHAN: [
    // "takut dideportasi": a fear, not a detention.
    {
      p: "ditangkap|dipenjara|penjara|tahanan|penahanan|detensi|rudenim|dideportasi|deportasi|deportan",
      notPrev: ["takut|khawatir|cemas|terancam|ancaman ~1"],
    },
    "dihukum|divonis|vonis|terdakwa|tersangka|pengadilan|mahkamah|sidang|persidangan|pengacara|lawyer|dibui|lokap|syurtah|sijn",
    "masuk|di|dalam ~1 sel",
    "tertahan ~3 imigrasi|bandara|polisi|penjara|kantor",
    "qishas|qisas|pancung|dituduh|tuduhan|difitnah",
    { p: "razia|dirazia", notPrev: ["takut|khawatir|cemas|terancam ~1"] },
    "hukuman ~2 meninggal|gantung|pancung|cambuk|penjara|berat",
    "kasus ~1 hukum|pidana",
    "ditahan ~3 polisi|imigrasi|kantor|penjara|bandara|kepolisian|aparat|petugas",
    {
      p: "ditahan",
      notPrev: [`${DOC}|${MONEY}|hp|barang ~4`],
      notNext: ["~2 majikan|agen|pt|sponsor|penampungan|perusahaan", `~1 ${DOC}|${MONEY}`],
    },
    "dibawa ~2 polisi|imigrasi",
    "dilaporkan ~2 polisi",
    "polisi|imigrasi|aparat ~3 tangkap|menangkap|nangkap|tahan|menahan|bawa|membawa",
    { p: "tangkap|menangkap|nangkap", notNext: ["layar"] },
  ],
  BUNUH_DIRI: [
    "bunuh diri",
    "gantung diri",
    "akhiri|mengakhiri ~2 hidup|nyawa|semua",
    "lebih baik ~2 tidak ~1 ada|hidup|lahir",
    "minum ~1 racun",
    "racun ~1 diri",
    // "hp sy mau mati": a phone or battery running out, not a person.
    { p: "ingin|mau|mending|mendingan|rela meninggal", notPrev: [`${DEVICE} ~2`] },
    { p: "ingin|mau cepat|segera meninggal", notPrev: [`${DEVICE} ~2`] },
    "lebih baik ~1 meninggal",
    "meninggal saja",
    "tidak ~1 kuat|tahan|sanggup ~2 hidup",
    "capek|cape|lelah ~1 hidup",
    "tidak ~1 ingin|mau ~1 hidup",
    "guna ~1 hidup",
    "ingin|mau ~2 loncat|lompat|terjun|gantung",
  ],

  // ---- complaints ----
  GAJI: [
    "gaji|upah|lembur|thr ~4 belum|ditahan|dipotong|potong|potongan|telat|terlambat|ditunda|nunggak|tunggak|menunggak|macet|dirampas|diambil|hilang",
    "gaji|upah|lembur|thr ~3 tidak ~2 dibayar|bayar|dikasih|diberi|diberikan|dikirim|sesuai|cukup|full|penuh|keluar|turun|masuk|cair|dapat|terima|dihitung|hitung|kira|dikira|dicatat",
    { p: "gaji|upah ~2 kurang|sedikit|dikit|dibawah|rendah|kecil", soft: true },
    { p: "belum|tidak ~2 dibayar|digaji|gaji", notPrev: ["bpjs|asuransi|santunan|klaim|jht|jkk|jkm ~3"] },
    "belum|tidak ~2 terima|menerima|dapat|dikasih ~1 gaji|upah",
    "dipotong",
    "potong|potongan ~1 gaji",
    "kapan ~3 gaji|dibayar|digaji",
    "tanpa ~1 gaji|upah|dibayar|digaji",
  ],
  PHK_KONTRAK: [
    {
      p: "phk|dipecat|pecat|memecat|diberhentikan|memberhentikan|berhentikan|pemutusan|terminate|diterminate|sepihak",
      notPrev: ["takut|khawatir|cemas ~3"],
    },
    "diputus|putus|memutus|memutuskan|mengakhiri|diakhiri ~1 kontrak",
    "kontrak ~3 diputus|dibatalkan|diubah|dilanggar|diganti",
    "tidak ~1 sesuai ~3 perjanjian|kontrak|pk|janji|dijanjikan|job|jobdesk|pekerjaan|kesepakatan",
    "pekerjaan|kerja|job|jobdesk ~2 tidak ~1 sesuai",
    "pekerjaan|kerja|job|jobdesk ~1 beda|berbeda|lain",
    "dijanjikan ~6 ternyata|malah|namun",
    "dipindah|dipindahkan|dioper ~3 majikan|rumah|tempat|perusahaan|agen",
    { p: "ganti|pindah ~1 majikan", soft: true },
    "tidak|belum ~3 libur|istirahat|cuti|off",
    "jam kerja ~3 panjang|lama|berlebih|lebih|tidak",
    "kerja ~2 # ~1 jam",
    "kerja ~2 nonstop",
    "kerja ~2 siang ~1 malam",
    "kerja|bekerja ~2 tanpa ~1 istirahat|libur",
    "rumah ~1 lain|saudara",
  ],
  DOKUMEN_DITAHAN: [
    `${DOC} ~3 ditahan|disita|dipegang|diambil|disimpan|dibawa|dirampas|ditahan`,
    `${DOC} ~3 tidak|belum ~2 dikembalikan|dikasih|diberi|diberikan|dibalikin|kembali`,
    `tidak|belum ~2 dikembalikan|dikasih|diberi|diberikan|dibalikin|kembalikan ~2 ${DOC}`,
    `majikan|${RECRUITER} ~2 tahan|menahan|pegang|memegang|simpan|menyimpan|ambil|mengambil ~2 ${DOC}`,
    `ditahan|disita ~1 ${DOC}`,
  ],
  GAGAL_BERANGKAT: [
    "gagal|batal|dibatalkan ~2 berangkat|terbang|diberangkatkan|keberangkatan",
    "tidak jadi ~1 berangkat|diberangkatkan|terbang",
    "belum ~2 diberangkatkan",
    "tidak ~2 diberangkatkan",
    { p: "belum|tidak ~2 berangkat|terbang", soft: true },
    "tidak ~1 kunjung ~1 berangkat|diberangkatkan|terbang",
    "keberangkatan|berangkat ~3 ditunda|tertunda|diundur|batal|dibatalkan|molor|digantung",
    "ditunda|diundur ~2 berangkat|keberangkatan",
    "keberangkatan ~2 tidak ~1 jelas",
  ],
  PENIPUAN_LOWONGAN: [
    { p: "penipuan", notPrev: ["disuruh|dipaksa|melakukan|kerja|bagian ~2"] },
    { p: "ditipu|tertipu|tipu|penipu|tipuan", notPrev: ["disuruh|dipaksa ~1"] },
    { p: "menipu", notPrev: ["disuruh|dipaksa|jadi|kerja|untuk|bagian ~2"] },
    "calo",
    "perekrut ~2 ilegal|liar|gelap",
    "janji ~2 palsu",
    { p: "bodong|abal|gadungan|fiktif", soft: true },
    { p: `${RECRUITER}|lowongan|loker|job ~3 palsu|ilegal|liar`, soft: true },
    { p: `${RECRUITER}|lowongan|loker|job ~3 tidak ~1 resmi|terdaftar|berizin`, soft: true },
    `${RECRUITER} ~3 kabur|menghilang|hilang|lari`,
    `${RECRUITER} ~3 tidak ~2 dihubungi`,
    "uang ~3 dibawa ~1 kabur|lari",
    "dibawa ~1 kabur|lari|pergi",
    "bawa|membawa ~1 kabur|lari ~2 uang",
    "melarikan ~1 uang",
    "kena|korban|ditipu|tertipu ~1 scam",
    "transfer|bayar|setor|disetor ~6 tidak ~2 dihubungi|menghilang|hilang",
  ],
  OVERCHARGING: [
    "overcharging|overcharge|overcharged|pungli|pungutan",
    "kelebihan ~1 bayar|biaya",
    "biaya ~2 tambahan|berlebih|berlebihan|melebihi",
    "biaya ~2 tidak ~1 resmi|wajar|sesuai",
    { p: "biaya ~3 mahal|tinggi|besar|terlalu|kemahalan", soft: true },
    "dimintai|diminta|disuruh|dipaksa|ditarik ~2 bayar|membayar|biaya|uang|setor|transfer|jaminan",
    "potongan|dipotong|potong ~4 agen|pt|sponsor|penempatan|pinjaman|hutang|utang|bank|biaya",
    { p: "bayar|membayar|setor|disetor|transfer|mentransfer ~3 juta", soft: true },
    "hutang|utang|pinjaman ~3 agen|pt|sponsor|koperasi",
    "diminta|dimintai|ditarik|ditagih ~3 juta",
    `${RECRUITER} ~2 minta|meminta|narik|menarik ~2 uang|biaya|bayar|juta|#`,
  ],
  // War, disaster, epidemic or mass deportation where the worker is: return for many at once.
  EVAKUASI: [
    "evakuasi|dievakuasi|mengevakuasi",
    "perang|peperangan|serangan ~1 rudal|bom|udara",
    "deportasi ~1 massal",
    "dideportasi ~1 massal|besar-besaran|ramai-ramai",
    { p: "bencana|gempa|banjir|tsunami|wabah ~3 pulang|dipulangkan|pulangkan|terjebak" },
  ],
  PEMULANGAN: [
    { p: "ingin|mau|minta|harus|segera|bisa|kapan ~2 pulang|dipulangkan|pulangkan", notPrev: ["sudah|telah ~1"] },
    { p: "dipulangkan|pulangkan|memulangkan|pemulangan|repatriasi", notPrev: ["sudah|telah ~1"] },
    "tiket|ongkos ~2 pulang",
    "biaya|uang ~2 pulang|tiket",
    { p: "pulang ~1 ke ~1 indonesia|kampung|rumah|tanah", notPrev: ["sudah|telah|baru|pernah ~2"] },
    "tidak ~1 boleh|bisa|diizinkan|dikasih|diijinkan|dibolehkan|kasih|izinkan ~1 pulang",
  ],
  TERLANTAR: [
    "terlantar|telantar|ditelantarkan|menelantarkan|terdampar|terkatung|gelandangan|diusir|mengusir|kelaparan",
    "tidur ~2 jalan|jalanan|masjid|bandara|emperan|taman|terminal|stasiun|luar|kolong|trotoar",
    "tidak ~1 punya|ada ~1 tempat ~1 tinggal|tidur|berteduh",
    "tidak ~1 punya|ada ~1 uang ~2 makan|makanan",
    "tidak ~1 ada ~1 makanan",
    "ditinggal ~3 bandara|jalan|agen|sponsor|sendirian",
  ],
  HILANG_KONTAK: [
    "hilang ~1 kontak|komunikasi|kabar",
    "putus ~1 kontak|komunikasi|hubungan",
    "tanpa ~1 kabar",
    "keberadaan",
    {
      p: "tidak|belum ~2 kabar|berkabar|komunikasi|menghubungi|telepon|ditelepon|nelpon|dihubungi|dikontak|menelpon|diangkat|dibalas|dibales|membalas",
      notPrev: [
        `${RECRUITER}|majikan|kantor ~2`,
        "orang|oknum|penipu|perekrut|rekruter",
        "wifi|internet|sinyal|pulsa|kuota ~6",
        "berangkat|diberangkatkan|terbang|keberangkatan ~8",
      ],
      notNext: [`~3 ${RECRUITER}|keberangkatan|berangkat|visa|gaji`],
    },
    { p: `${RELATIVE} ~2 hilang|menghilang`, notPrev: [`${DOC}|hp|uang|gaji ~1`] },
    `hp|nomor|wa|telepon ${RELATIVE} ~2 meninggal|nonaktif|aktif`,
    "hp|nomor|wa ~0 meninggal|nonaktif",
  ],
  DOKUMEN_TIDAK_RESMI: [
    "paspor|dokumen|ktp|visa|identitas|data|umur|usia|nama|ijazah|surat|akta|kk|permit ~2 palsu|dipalsukan|dipalsu|aspal|editan",
    "pemalsuan",
    "pmi|kerja|bekerja|masuk|berangkat|tinggal|jalur|lewat ~2 ilegal|illegal|gelap|belakang|tikus",
    "pmi|kerja|bekerja|masuk|berangkat|tinggal|jalur|lewat ~1 tidak ~1 resmi|prosedural",
    "non ~1 prosedural|prosedural|nonprosedural|unprosedural|undocumented",
    "overstay|overstayed",
    "over stay",
    "tanpa ~1 dokumen|paspor|visa|permit",
    "tidak ~1 punya|ada ~1 dokumen|paspor|visa|permit",
    "visa|paspor|permit|izin|ijin ~2 meninggal|habis|expired|kadaluarsa|kedaluwarsa",
    "paspor ~2 hilang",
    { p: "visa ~1 turis|kunjungan|ziarah|umroh|umrah|pelancong|wisata|holiday", soft: true },
    "pendatang ~1 haram",
  ],
  KESEHATAN: [
    { p: "sakit", notPrev: ["rumah", "majikan|nenek|kakek|oma|opa|ama|akong|pasien|jompo|lansia ~2"], notNext: ["hati"], soft: true },
    {
      p: "demam|batuk|pilek|flu|pusing|sesak|sedih|kesepian|insomnia|mual|muntah|diare|gatal|alergi|asma|maag|lemas|nyeri|tipes|tifus|tipus|dbd|hepatitis|tbc|hiv|berobat|obat|dokter|melahirkan|hamil",
      soft: true,
    },
    "depresi|stress|trauma|halusinasi|odgj",
    "gangguan ~1 jiwa|mental",
  ],
  ASURANSI: [
    { p: "bpjs|asuransi|jamsostek|bpjamsostek|jht|jkk|jkm|santunan|klaim", soft: true },
    "jaminan sosial",
    "bpjs|asuransi|klaim|santunan|jht ~4 ditolak|dipersulit|susah|sulit|gagal",
    "bpjs|asuransi|klaim|santunan|jht ~4 belum|tidak ~1 cair|keluar|dibayar",
    "tidak ~1 punya|ada ~1 bpjs|asuransi",
  ],
  KABUR: [
    // "saya tidak kabur" denies it; "mata saya kabur" is blurred sight.
    {
      p: "kabur|minggat",
      notPrev: [
        `${RECRUITER}|penipu|uang|dibawa|bawa|membawa ~2`,
        "tidak|bukan|belum",
        "mata|pandangan|penglihatan ~3",
        "takut|khawatir|supaya|biar|agar ~2",
      ],
    },
    "melarikan diri",
    "lari ~1 dari ~2 majikan|rumah|agen|penampungan|tempat",
  ],
  LAINNYA: [],

  // ---- information topics ----
  INFO_KLINIK: ["klinik|medical|medikal|mcu|sarkes|unfit", "cek|tes|test|periksa|pemeriksaan ~1 kesehatan|medis|darah|medical"],
  INFO_PEMBERDAYAAN: [
    "kur|wirausaha|kewirausahaan|pemberdayaan|purna|umkm",
    { p: "modal|pinjaman|kredit|usaha|bisnis|berdagang", ask: true },
  ],
  INFO_PELATIHAN: [
    "pelatihan|kursus|blk|training|diklat|sertifikasi|kompetensi",
    "belajar|les|tes|ujian ~2 bahasa",
    { p: "lpk|eps|topik|jlpt", ask: true },
  ],
  INFO_P3MI: [
    "p3mi|pptkis|pjtki",
    `${RECRUITER} ~6 resmi|terdaftar|legal|berizin|izin|ijin|terverifikasi|asli|terpercaya|sah`,
    "daftar|cek ~1 pt|perusahaan|agen",
  ],
  INFO_PROSEDUR: [
    "prosedur|persyaratan|syarat|opp|epmi|ektkln|ktkln|siskop2mi|sisko",
    "e ~0 pmi|ktkln",
    "id pmi",
    "orientasi ~1 pra",
    "perjanjian ~1 penempatan|kerja",
    "ingin|mau ~3 daftar|mendaftar|pendaftaran",
    {
      p: "alur|tahapan|langkah|proses|legalisasi|rekomendasi|ak1|dokumen|berkas|biaya|paspor|visa|daftar|mendaftar|pendaftaran",
      ask: true,
    },
    { p: "cara ~3 kerja|bekerja|berangkat|daftar|mendaftar|jadi|menjadi|urus|mengurus|bikin|membuat", ask: true },
  ],
  INFO_LOWONGAN: [
    "lowongan|loker|vacancy|rekrutmen|perekrutan",
    "job order",
    "peluang|kesempatan ~1 kerja",
    { p: "kerja|bekerja ~3 luar|keluar ~1 negeri", ask: true },
    { p: "magang|ssw|g2g", ask: true },
    { p: "berapa ~2 gaji", ask: true },
    { p: "gaji ~3 berapa", ask: true },
  ],
  INFO_LAINNYA: [],

  // ---- helpers ----
  QUESTION: [
    "apakah|bagaimana|cara|syarat|persyaratan|info|informasi|berapa|dimana|bisakah|adakah|bolehkah|tanya|bertanya|menanyakan",
    "kapan|siapa|kenapa|mengapa",
    { p: "apa", notNext: ["kabar"] },
    "di mana",
  ],
  HELP: [
    { p: "tolong", notNext: ["info|informasi|tanya|jelaskan|tahu"] },
    { p: "bantu|bantuan", notPrev: ["atas|terimakasih|makasih|kasih"] },
    "sos|darurat",
    "mohon ~1 dibantu",
  ],
  CUE: [
    { p: "masalah|bermasalah|kasus", notNext: ["~2 selesai|beres|teratasi|clear"] },
    {
      p: "mengadu|adukan|aduan|pengaduan|melapor|laporkan|lapor|laporan|keluhan|mengeluh|komplain|complain",
      // "boleh lapor pakai nama samaran?", "pengaduan bisa pakai bahasa jawa?": about the service.
      notPrev: ["status|cek|nomor|tiket ~1", "boleh|bisa|cara|caranya"],
      notNext: ["bisa|boleh|diproses|pakai|gratis"],
    },
    "dimarahi|dimaki|dibentak|dihina|galak|kasar|jahat|zalim|dizalimi|sengsara|menderita|tersiksa|capek|kecapekan",
    "marah|memarahi|membentak|memaki|menghina|diancam|mengancam|ancaman",
    "tidak ~1 betah|adil|manusiawi",
    "diperlakukan|diskriminasi|pelanggaran|dirugikan",
    "makan ~2 sisa|kurang|sedikit|basi",
  ],
  DISTRESS: [
    "darurat|segera|secepatnya|takut|ketakutan|menangis|lapar|kelaparan|diancam|ancam|terancam|stress|depresi|panik|bahaya|sos|urgent|emergency",
    "putus asa",
    "sengsara|menderita|tersiksa|trauma|sendirian",
    "tidak ~1 kuat|tahan|sanggup",
    "tidak ~1 punya|ada ~1 uang",
    "tidak ~1 boleh|diizinkan|dikasih|kasih|izinkan ~1 pulang",
    "tolong tolong",
    "pulang ~2 tidak ~1 dikasih|boleh|diizinkan|dibolehkan|kasih",
  ],
  // The writer calls it an emergency without saying what happened: at least HIGH.
  ALARM: ["darurat|sos|emergency|urgent|bahaya|gawat"],
  // The person taken ill or deceased is the elderly person the worker cares for, not the worker.
  CAREGIVING: [],
  // The death or injury told is not the worker's emergency now: a relative who died at home, or a
  // death years ago or an injury healed, told for a claim.
  NOT_CURRENT: [],
  // On the street with nothing: a runaway or stranded worker in danger tonight.
  STREET: [],
};
