/**
 * Vocabulary learnt from how workers and families really write (the training split of
 * test/corpus/triage-corpus.tsv), grouped by language or region. Each entry names the tag it
 * points to, the pattern (the language of triage-rules.ts, matched after normalize-text.ts has
 * mapped chat, Malay, Javanese and Sundanese words to standard Indonesian) and an example
 * message; a unit test checks every example still finds its tag. To extend: add an entry
 * with a real-looking example, run `npm run eval:triage`.
 */
import type { Spec, Tag } from "./triage-rules.js";

export interface VocabularyEntry {
  tag: Tag;
  rule: Spec;
  example: string;
}

/** Euphemisms for a death: burial, the body, "no longer here", "called by God". */
const DEATH_EUPHEMISMS: VocabularyEntry[] = [
  { tag: "MENINGGAL", rule: "pergi ~1 untuk ~1 selama", example: "kakak saya sudah pergi untuk selamanya di kuwait" },
  { tag: "MENINGGAL", rule: "nafas|napas ~1 terakhir", example: "ibu kami menghembuskan nafas terakhir di rumah sakit riyadh" },
  { tag: "MENINGGAL", rule: "tidak ~1 tertolong|terselamatkan", example: "suami saya jatuh dari perancah dan tidak tertolong" },
  { tag: "MENINGGAL", rule: "ajal|berduka|dukacita|tenggelam", example: "keluarga kami berduka, adik kami di malaysia" },
  {
    tag: "MENINGGAL",
    rule: "dikubur|dikuburkan|dimakamkan|pemakaman|kuburan|peti|dikebumikan|pengebumian",
    example: "suami saya sudah dikubur di sana katanya, agen minta uang ongkos kuburan",
  },
  { tag: "MENINGGAL", rule: "dipanggil ~1 allah|tuhan|yang", example: "adik ipar saya dipanggil Allah kemarin di hongkong" },
  { tag: "MENINGGAL", rule: "sudah|telah ~1 tidak ~1 ada", example: "anak sy sudah gak ada pak, katanya jatuh dari lantai 5" },
  { tag: "MENINGGAL", rule: "tidak ~1 ada ~1 nyawa", example: "istri saya sudah tidak ada nyawanya di kamar mandi" },
  { tag: "MENINGGAL", rule: "arwah|mendiang|seda|dikremasi|kremasi", example: "abang saya arwah di sarawak, bos tak nak tanggung kos" },
  { tag: "MENINGGAL", rule: "nyusul|menyusul ~2 ibu|bapak|ayah|almarhum", example: "(also BUNUH_DIRI) aku pengen nyusul ibu aja" },
];

/** Unwanted touching and night visits told without a sexual word. */
const HARASSMENT_WITHOUT_EXPLICIT_WORDS: VocabularyEntry[] = [
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "tidur ~1 dengan|sama|bareng ~2 majikan|bos|agen|tamu|mereka|sopir",
    example: "agen suruh saya tidur sama tamu",
  },
  { tag: "KEKERASAN_SEKSUAL", rule: "telanjang|bugil|digauli|rogol", example: "anak majikan minta saya kirim foto telanjang" },
  { tag: "KEKERASAN_SEKSUAL", rule: "masuk ~3 kamar ~1 mandi ~3 saya|mandi", example: "anak majikan masuk kamar mandi waktu saya mandi" },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "pegang|dipegang|raba|diraba|peluk|dipeluk|meremas|diremas|cium|dicium ~2 badan|tubuh|dada|pribadi|paksa|belakang",
    example: "bapak majikan suka pegang-pegang badan saya kalau istrinya pergi",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "grepe|digrepe|digrepein|grepein|digerayang|dipeluk",
    example: "aku digrepe sama kakek yg aku jaga tiap mandiin dia",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "disentuh|sentuh|menyentuh ~2 pribadi|badan|dada|kemaluan",
    example: "adik saya disentuh2 bagian pribadinya sama majikan waktu tidur",
  },
  { tag: "KEKERASAN_SEKSUAL", rule: "pijit|pijat ~4 malam|kamar", example: "suami majikan nyuruh saya pijit dia tengah malam di kamarnya" },
  { tag: "KEKERASAN_SEKSUAL", rule: "dicium|cium ~1 paksa", example: "sy dicium paksa sm sopir majikan di garasi" },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "masuk|datang|buka ~2 kamar ~4 malam|tengah|jam",
    example: "anak laki2 majikan sering masuk kamar saya malam-malam",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "kamar ~2 malam ~3 tangan|pijit|pijat|kasur|tidur",
    example: "majikan datang ke kamar malam2 lalu tidur di kasur saya",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "duduk|naik ~2 kasur|ranjang ~2 saya",
    example: "tuan rumah buka pintu kamar jam 2 pagi terus duduk di kasur saya",
  },
  { tag: "KEKERASAN_SEKSUAL", rule: "buka ~1 baju|celana", example: "dia minta saya buka baju kalau mau dikasih hp saya kembali" },
  { tag: "KEKERASAN_SEKSUAL", rule: "video|film|foto ~1 porno|jorok|bugil", example: "saya dipaksa nonton video porno sama majikan laki2" },
  { tag: "KEKERASAN_SEKSUAL", rule: "ngintip|intip|diintipin ~3 mandi|kamar", example: "majikan laki2 ngintip saya mandi" },
  { tag: "KEKERASAN_SEKSUAL", rule: "ajak ~1 tidur", example: "boss ajak saya tidur sama dia kalau nak gaji penuh" },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "colek|dicolek|mencolek|toel|ditoel ~2 dada|pantat|badan|paha|bokong|payudara",
    example: "anak majikan suka colek2 dada saya",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "paksa|dipaksa ~1 cium|mencium|dicium|peluk|memeluk|dipeluk",
    example: "sopir majikan maksa cium saya di mobil",
  },
  { tag: "KEKERASAN_SEKSUAL", rule: "begituan|gituan|ngamar", example: "majikan laki2 ngajak saya begituan, kalau nolak gaji dipotong" },
  { tag: "KEKERASAN_SEKSUAL", rule: "hamil ~3 dipaksa|diperkosa|paksa|paksaan", example: "saya hamil karena dipaksa anak majikan" },
];

/** Confinement and forced labour told as "not allowed to go home / out" after years. */
const CONFINEMENT: VocabularyEntry[] = [
  {
    tag: "TPPO",
    rule: "gembok|digembok|terjebak|dijebak|sindikat|terkurung",
    example: "pagar rumah selalu digembok, saya tidak bisa keluar",
  },
  {
    tag: "TPPO",
    rule: {
      p: "target ~4 tidak|belum ~2 capai|tercapai|dapat|sampai",
      with: "dipukul|disetrum|denda|didenda|dihukum|disiksa|online|scam|judi",
    },
    example: "kalau target tidak tercapai kami dipukul dan didenda",
  },
  {
    tag: "TPPO",
    rule: "tidak ~2 boleh|bisa|dikasih|diizinkan|pernah ~2 pegang|pakai|punya ~1 telepon|hp",
    example: "tujuh tahun tidak boleh pegang telepon",
  },
  { tag: "TPPO", rule: { p: "tidak ~1 pernah ~1 digaji|dibayar", with: "tahun" }, example: "sudah 7 tahun kerja tidak pernah digaji" },
  {
    tag: "TPPO",
    rule: "tidak ~1 bayar ~4 dijual|dipindah|dipukul|dibunuh",
    example: "kalau tidak bayar anak kami dijual ke perusahaan lain",
  },
  { tag: "TPPO", rule: "penipuan ~1 online|daring", example: "dipaksa jadi operator penipuan daring di kamboja" },
  {
    tag: "TPPO",
    rule: { p: "tidak ~1 boleh|dibolehkan|diizinkan|pernah|dikasih|kasih ~2 pulang", with: "tahun|# ~1 tahun" },
    example: "sy sudah 6 tahun kerja di saudi tidak boleh pulang sama majikan",
  },
  {
    tag: "TPPO",
    rule: { p: "tahun ~6 tidak ~1 pernah ~1 pulang|dibolehkan|diizinkan" },
    example: "9 thn di saudi gak pernah pulang, majikan selalu bilang nanti",
  },
  {
    tag: "TPPO",
    rule: { p: "minta ~1 pulang ~3 dilarang", with: "tahun" },
    example: "sudah 10 tahun, tiap minta pulang selalu dilarang majikan",
  },
  {
    tag: "TPPO",
    rule: { p: "minta ~1 pulang ~3 tidak ~1 boleh|dikasih|diizinkan", with: "tahun" },
    example: "sudah 8 tahun, minta pulang tidak dikasih",
  },
  {
    tag: "TPPO",
    rule: "tidak ~2 boleh|dibolehkan|diizinkan|dibolehin|bisa|pernah ~2 keluar ~1 rumah",
    example: "5 tahun gk pernah dibolehin keluar rumah",
  },
  { tag: "TPPO", rule: "kerja ~2 sampai ~1 lunas", example: "bos bilang kami hutang, harus kerja sampai lunas" },
  { tag: "TPPO", rule: "tidak ~1 boleh ~1 berhenti", example: "kami harus kerja, tidak boleh berhenti" },
  {
    tag: "TPPO",
    rule: "hp ~3 diambil|dirampas|rampas|disimpan|ambil ~3 majikan|bos|agen",
    example: "hp saya diambil majikan, saya tidak bisa kabarin keluarga",
  },
  { tag: "TPPO", rule: "majikan|bos|agen ~1 ambil|mengambil|simpan|menyimpan ~1 hp", example: "majikan ambil hp saya sudah setahun" },
  { tag: "TPPO", rule: "hp ~2 kena ~1 rampas|ambil", example: "x boleh kluar, hp kena rampas" },
  {
    tag: "TPPO",
    rule: "jual|dijual|menjual ~3 saya|kami|dia ~3 majikan|harga|agen",
    example: "agen sy jual sy ke majikan dgn harga 10 ribu riyal",
  },
  { tag: "TPPO", rule: "saya|kami ~1 milik|dibeli|beli", example: "majikan bilang sy milik dia" },
  { tag: "TPPO", rule: "dijaga ~3 orang|parang|senjata|penjaga", example: "kerja tanpa gaji, dijaga orang bawa parang" },
  {
    tag: "TPPO",
    rule: { p: "tidak ~1 mau|pernah ~1 merapat|sandar|bersandar|mendarat", with: "kapal|abk|laut" },
    example: "kerja di kapal ikan 20 jam sehari, kapal tidak mau merapat",
  },
  {
    tag: "TPPO",
    rule: { p: "dilempar|dibuang ~2 laut", with: "pulang" },
    example: "kami di kapal diancam kalau minta pulang dilempar ke laut",
  },
  // A family made to pay for a worker's release: extortion, not an agency fee.
  {
    tag: "TPPO",
    rule: "dilepas|dibebaskan|melepas|lepas ~4 penampungan|agen|bayar|uang|juta",
    example: "agen minta keluarga bayar 25 juta supaya anak kami dilepas dari penampungan",
  },
  {
    tag: "TPPO",
    rule: "bayar|transfer|uang ~4 ganti ~1 rugi ~6 pulang|dilepas|lepas|penampungan",
    example: "PT minta kami transfer 20 juta buat ganti rugi, kalau tidak adik tidak boleh pulang",
  },
  { tag: "TPPO", rule: "denda ~2 kontrak", example: "kalau mau pulang harus bayar denda kontrak 40 juta" },
];

/** Forced repatriation by an employer or agency is a contract problem, not "wants to go home". */
const FORCED_REPATRIATION: VocabularyEntry[] = [
  {
    tag: "PHK_KONTRAK",
    rule: "pulangkan|dipulangkan|memulangkan|pulang ~2 paksa|dipaksa|sepihak",
    example: "majikan mau pulangkan saya paksa padahal kontrak masih 1 tahun",
  },
  { tag: "PHK_KONTRAK", rule: "dipaksa|paksa ~1 pulang", example: "ibu saya dipaksa pulang sama majikan sebelum habis kontrak" },
  { tag: "PHK_KONTRAK", rule: "tanpa ~1 notis|notice|pemberitahuan", example: "kena buang kerja tanpa notis, bos suruh balik indonesia" },
  { tag: "PHK_KONTRAK", rule: "tidak ~1 sama ~2 kontrak", example: "bos tukar kerja saya, tak sama macam dalam kontrak" },
];

/** Wages told as figures: "dikasih 550 ringgit padahal kontrak 1.500". */
const WAGES_AS_FIGURES: VocabularyEntry[] = [
  {
    tag: "GAJI",
    rule: "# ~3 padahal|harus|seharusnya|seharus|sedangkan ~3 kontrak|janji|dijanjikan|perjanjian|tertulis|#",
    example: "dikasih 550 ringgit padahal kontrak 1.500",
  },
  { tag: "GAJI", rule: "gaji|upah ~3 # ~8 tinggal|cuma|hanya ~2 #", example: "upah sebulan RM 900 tapi kena tolak macam2 tinggal RM 400" },
  {
    tag: "GAJI",
    rule: "kontrak|janji|perjanjian|slip|tertulis ~4 # ~6 cuma|hanya|tinggal|kasih|bagi|dibayar|masuk",
    example: "di kontrak 1.200 ringgit, bos bagi 700 saja tiap bulan",
  },
  {
    tag: "GAJI",
    rule: "gaji|upah|dibayar|terima ~2 cuma|hanya|tinggal ~1 #",
    example: "gaji saya cuma 800 real, di kontrak tertulis 1500 real",
  },
  { tag: "GAJI", rule: "bayar ~2 # ~1 bulan ~1 dari ~1 #", example: "majikan baru bayar 2 bulan dari 9 bulan saya kerja" },
  {
    tag: "GAJI",
    rule: "dibayar ~3 # ~1 ringgit|real|riyal|dinar|dolar|yen|ribu ~3 padahal|harusnya",
    example: "kerja 10 jam dibayar 20 ringgit sehari padahal perjanjian 60 ringgit",
  },
  { tag: "GAJI", rule: "gaji|upah ~3 ditunggak|tertunggak|terhutang|nunggak", example: "gaji 11 bulan ditunggak pemilik kapal" },
  { tag: "GAJI", rule: "tidak|belum ~1 kasih|bayar|dibayar|dikasih ~1 gaji", example: "majikan tak bagi gaji sudah 6 bulan" },
  { tag: "GAJI", rule: "gaji ~1 tidak ~1 bayar", example: "gaji x bayar dah 3 bulan" },
  { tag: "GAJI", rule: "cuma|hanya|baru ~1 digaji|dibayar ~1 #|sekali", example: "24 bulan kerja di kapal cuma digaji 6 bulan" },
];

/** Failed departure told as "promised to leave, still nothing". */
const DEPARTURE_PROMISED: VocabularyEntry[] = [
  {
    tag: "GAGAL_BERANGKAT",
    rule: "janji|dijanjikan|janjinya|katanya|dibilang ~3 berangkat|terbang|diberangkatkan ~8 belum|tidak|sampai|masih|sudah|sekarang|hingga",
    example: "dijanjikan berangkat bulan maret, sampai sekarang masih belum ada kabar",
  },
  {
    tag: "GAGAL_BERANGKAT",
    rule: "tidak ~1 jadi ~1 memberangkatkan|berangkatkan",
    example: "visa sudah keluar tapi PT tidak jadi memberangkatkan saya",
  },
  {
    tag: "GAGAL_BERANGKAT",
    rule: { p: "berangkat|terbang ~4 belum ~2 kepastian|juga|ada", notPrev: ["sejak|semenjak|setelah|sesudah|waktu ~1"] },
    example: "janji berangkat desember, sekarang sudah juni belum ada kepastian",
  },
  { tag: "GAGAL_BERANGKAT", rule: "belum ~1 berangkat|budal|budhal", example: "sudah bayar ke PT tapi belum berangkat sudah setahun" },
  {
    tag: "GAGAL_BERANGKAT",
    rule: { p: "medical ~4 belum ~1 juga|berangkat", with: "janji|berangkat" },
    example: "PT janji berangkat setelah medical, sudah medical 3 kali, belum juga",
  },
];

/** Lost contact told as a story: "no news for months since departure". */
const LOST_CONTACT_STORIES: VocabularyEntry[] = [
  {
    tag: "HILANG_KONTAK",
    rule: {
      p: "tidak|belum ~2 ada ~1 kabar|khabar|komunikasi|beja",
      notPrev: ["berangkat|diberangkatkan|terbang|keberangkatan|pt|agen|sponsor ~8"],
    },
    example: "sudah 2 tahun tak ada khabar",
  },
  { tag: "HILANG_KONTAK", rule: "tidak ~1 pernah ~2 telepon|kabar|berkabar|menghubungi", example: "sejak itu tidak pernah telepon lagi" },
  {
    tag: "HILANG_KONTAK",
    rule: "sejak|semenjak ~1 berangkat ~8 tidak|belum ~3 kabar|berkabar|menghubungi|telepon|dihubungi",
    example: "semenjak berangkat bulan januari, istri saya belum pernah kasih kabar",
  },
  { tag: "HILANG_KONTAK", rule: "terakhir ~3 kirim|kabar|telepon|surat", example: "terakhir kirim surat tahun 2012, kami mau cari" },
  {
    tag: "HILANG_KONTAK",
    rule: "carikan|mencari|cari ~2 suami|istri|anak|adik|kakak|ibu|bapak|ayah|keluarga",
    example: "tolong carikan suami saya, dulu kerja di sarawak",
  },
  { tag: "HILANG_KONTAK", rule: "kehilangan ~1 jejak|kontak", example: "kami kehilangan jejak bapak kami" },
  { tag: "HILANG_KONTAK", rule: "centang ~1 satu", example: "wa nya centang satu terus sejak lebaran" },
  { tag: "HILANG_KONTAK", rule: "tidak ~1 dengar ~1 cerita|kabar", example: "dah lama tak dengar cerita dari abang" },
];

/** Malaysia and Brunei: Malay words not covered by the normaliser's dictionary. */
const MALAY: VocabularyEntry[] = [
  {
    tag: "KEKERASAN",
    rule: "sepak|disepak|terajang|diterajang|lempang|dilempang|diikat|disetrum|setrum",
    example: "majikan sepak saya sampai jatuh",
  },
  { tag: "SAKIT_BERAT", rule: "berdarah|terluka", example: "kepala saya berdarah kena lempar piring" },
  { tag: "SAKIT_BERAT", rule: "darah ~2 keluar|banyak|mengalir", example: "darah banyak keluar dari kepala" },
  { tag: "DITAHAN", rule: "depot ~2 imigrasi|tahanan|detensi", example: "suami saya sekarang di depot imigresen" },
  { tag: "BUNUH_DIRI", rule: "sayat|menyayat|iris ~2 tangan|nadi", example: "adik saya menyayat tangannya sendiri di asrama" },
  { tag: "KEKERASAN", rule: "tumbuk|ditumbuk", example: "tauke tumbuk muka saya sampai mata bengkak" },
  {
    tag: "KEKERASAN",
    rule: "siram|menyiram|disiram|disiramin ~3 air ~1 panas|mendidih|keras",
    example: "majikan siram saya pakai air panas",
  },
  {
    tag: "KEKERASAN",
    rule: "lempar|melempar|lempari|dilempari ~3 muka|kepala|wajah|badan|piring|gelas|panci",
    example: "majikan lempar piring ke muka saya sampai berdarah",
  },
  { tag: "KEKERASAN", rule: "ketuk ~2 kepala", example: "boss saya kalau marah suka ketuk kepala saya" },
  { tag: "KEKERASAN", rule: "ditempeleng|tempeleng|digebukan|gebukan", example: "aku di tempeleng terus ama kakek yang aku rawat" },
  { tag: "BUNUH_DIRI", rule: "mau|ingin|rasa ~1 meninggal ~1 saja", example: "sy rasa nak mati je, tak tahan dah kerja sini" },
  { tag: "BUNUH_DIRI", rule: "pengen|ingin|mau ~1 nyusul|menyusul", example: "aku pengen nyusul ibu aja, disini aku sendirian" },
  { tag: "BUNUH_DIRI", rule: "potong ~1 urat ~1 nadi", example: "anak sy sdh 2 kali coba potong urat nadi" },
  { tag: "BUNUH_DIRI", rule: "siapkan ~1 tali", example: "saya sudah siapkan tali, saya mau mengakhiri semuanya" },
  { tag: "PEMULANGAN", rule: "mau|ingin ~2 pulang|mantuk|wangsul", example: "nak balik kampung, anak saya sakit, bos tak bagi cuti" },
  { tag: "PEMULANGAN", rule: "cara ~1 pulang", example: "kontrak habis bulan depan, bagaimana cara pulang kalau agency tidak mau urus?" },
  { tag: "PEMULANGAN", rule: "bantu ~3 pulang", example: "tolong bantu suami saya pulang, kontraknya sudah selesai" },
  { tag: "OVERCHARGING", rule: "caj|cas ~2 agen|ejen", example: "kena caj ejen 5000 ringgit, dipotong dr gaji" },
  {
    tag: "OVERCHARGING",
    rule: "tarik|narik|minta ~2 uang ~4 ganti ~1 majikan",
    example: "agency di taiwan tarik uang 60 ribu NT buat ganti majikan",
  },
  { tag: "OVERCHARGING", rule: "uang ~1 jaminan", example: "sponsor minta uang jaminan 10 juta supaya saya tidak kabur" },
];

/** The Gulf: sponsorship (kafala) words. Normalised: kafil → majikan, iqama → permit, tarhil → detensi. */
const GULF: VocabularyEntry[] = [
  { tag: "DOKUMEN_TIDAK_RESMI", rule: "huroob|huruub|hurub", example: "kafil laporkan saya huroob padahal saya tidak kabur" },
  {
    tag: "DOKUMEN_TIDAK_RESMI",
    rule: "permit ~2 meninggal|habis|mati|expired",
    example: "iqama saya mati 6 bulan, kafil tidak mau perpanjang",
  },
  {
    tag: "DOKUMEN_DITAHAN",
    rule: `majikan|agen ~1 pegang|simpan|tahan ~2 paspor|permit|ktp|dokumen`,
    example: "kafil pegang paspor dan iqama saya, tidak mau kasih",
  },
  {
    tag: "DOKUMEN_DITAHAN",
    rule: "paspor|permit|ktp ~3 kena ~1 pegang|tahan|simpan",
    example: "passport kena pegang majikan, permit pun dia simpan",
  },
  {
    tag: "DOKUMEN_DITAHAN",
    rule: "tidak ~2 kasih|kembalikan ~1 paspor|permit",
    example: "majikan tidak mau kasih paspor waktu saya mau cuti pulang",
  },
];

/** Taiwan, Hong Kong, Singapore caregiving; fishing crews (ABK). */
const CAREGIVING_AND_FISHING: VocabularyEntry[] = [
  { tag: "DOKUMEN_TIDAK_RESMI", rule: "kaburan", example: "ARC saya sudah habis dan agency tidak urus, saya jadi kaburan" },
  { tag: "DOKUMEN_TIDAK_RESMI", rule: "permit ~2 habis|expired|mati", example: "ARC saya sudah habis dan agency tidak urus" },
  {
    tag: "HILANG_KONTAK",
    rule: "abk ~6 tidak ~1 ada ~1 komunikasi|kabar",
    example: "keponakan saya ABK, sudah 9 bulan tidak ada komunikasi",
  },
  // The person cared for (or the employer) is ill or has died: not the worker's own emergency.
  {
    tag: "CAREGIVING",
    rule: "nenek|kakek|oma|opa|akong|lansia|jompo|pasien ~4 meninggal|wafat|tiada|kritis|stroke|sakit|icu|dirawat|koma",
    example: "nenek yang saya jaga meninggal kemarin, agency bilang saya harus pulang",
  },
  {
    tag: "CAREGIVING",
    rule: "nenek|kakek|oma|opa|akong|lansia|jompo|pasien ~4 rumah sakit",
    example: "akong yang saya jaga masuk rumah sakit, saya disuruh menginap",
  },
  { tag: "CAREGIVING", rule: "majikan ~2 meninggal|wafat", example: "majikan saya meninggal, saya harus bagaimana?" },
  {
    tag: "CAREGIVING",
    rule: "yang ~1 saya ~1 jaga|rawat|urus ~4 meninggal|wafat|tiada|kritis|stroke|sakit|icu|dirawat|koma",
    example: "kakek yang saya rawat sudah wafat, majikan mau pulangkan saya",
  },
  { tag: "CAREGIVING", rule: "sama ~0 meninggal|wafat|sakit|kritis", example: "ama meninggal minggu lalu, agency potong gaji saya" },
];

/** Runaway or stranded worker on the street with nothing: urgent tonight. */
const STREET: VocabularyEntry[] = [
  {
    tag: "STREET",
    rule: "tidur|tinggal|di ~2 jalan|jalanan|emperan|taman|kolong|trotoar",
    example: "sy kabur dr majikan 3 hari lalu, skrg tidur di jalan",
  },
  { tag: "STREET", rule: "luntang|lantung|terlunta", example: "aku lari dari rumah majikan, skrg luntang lantung di jalan" },
  {
    tag: "STREET",
    rule: { p: "tidur ~2 masjid|mushola|musholla|surau|terminal|stasiun|bandara|emperan", with: "kabur|lari|minggat" },
    example: "adik saya kabur dari rumah majikan, sekarang tidur di masjid, tidak ada makan",
  },
  {
    tag: "STREET",
    rule: "ditinggal ~3 bandara ~6 tidak ~1 punya|ada|bisa ~1 uang|makan",
    example: "kami ditinggal agen di bandara, tidak punya uang dan tidak bisa makan",
  },
  { tag: "TERLANTAR", rule: "luntang|lantung|terlunta|emperan|jalanan", example: "adik saya di emperan toko di jeddah, tidak pegang uang" },
  { tag: "TERLANTAR", rule: "numpang ~4 tidak ~1 ada|punya ~1 uang", example: "sekarang numpang di rumah teman tidak ada uang" },
  { tag: "TERLANTAR", rule: "tidak ~1 ada|punya ~1 tempat ~1 tinggal", example: "pabrik tutup, kami tak ada tempat tinggal" },
];

/** War, disaster, epidemic or mass deportation where the worker is (EVAKUASI). */
const EVACUATION: VocabularyEntry[] = [
  {
    tag: "EVAKUASI",
    rule: {
      p: "gempa|banjir|tsunami|badai|topan|taifun|longsor",
      with: "rusak|tenggelam|mengungsi|evakuasi|dievakuasi|pulang|dipulangkan|terjebak|hancur|tempat",
    },
    example: "ada gempa besar di taiwan timur, pabrik rusak, kami mau pulang",
  },
  {
    tag: "EVAKUASI",
    rule: {
      p: "diserang|dibom|bom|rudal|sirene|tembakan|ledakan|serangan",
      with: "kota|rumah|pelabuhan|daerah|dekat|sini|perang|pulang|evakuasi|dievakuasi",
    },
    example: "kakak saya di yaman, kotanya diserang, sudah 3 hari tidak keluar rumah",
  },
  { tag: "EVAKUASI", rule: "konflik ~1 bersenjata", example: "konflik bersenjata di myanmar makin parah, saudara saya mau pulang" },
  {
    tag: "EVAKUASI",
    rule: { p: "kerusuhan|rusuh", with: "pulang|keluarkan|evakuasi|tolong|kota|dibakar" },
    example: "kerusuhan di kota tempat ibu saya kerja, tolong bantu keluarkan dia",
  },
  {
    tag: "EVAKUASI",
    rule: { p: "lockdown|wabah|pandemi|epidemi", with: "pulang|penerbangan|usir|diusir|terjebak|dipulangkan" },
    example: "di sini lockdown karena wabah, penerbangan ditutup, tidak bisa pulang",
  },
  { tag: "EVAKUASI", rule: "ratusan|ribuan ~6 dideportasi|deportasi", example: "ratusan orang indonesia di sabah mau dideportasi" },
  { tag: "EVAKUASI", rule: "mengungsi|pengungsian|pengungsi", example: "kami mengungsi ke sekolah karena banjir" },
];

/** Information questions phrased the way people ask them. */
const QUESTIONS: VocabularyEntry[] = [
  {
    tag: "PENIPUAN_LOWONGAN",
    rule: { p: "orang ~1 menghilang|hilang|kabur", with: "uang|bayar|transfer|setor|juta" },
    example: "sponsor desa minta uang 7 juta buat visa, sekarang orangnya menghilang",
  },
  {
    tag: "PENIPUAN_LOWONGAN",
    rule: { p: "blokir|diblokir|memblokir", with: "uang|bayar|transfer|setor|juta" },
    example: "saya transfer 10 juta buat urus visa, nomor orangnya sekarang sudah blokir saya",
  },
  {
    tag: "PENIPUAN_LOWONGAN",
    rule: { p: "rekrut|merekrut|direkrut ~6 hilang|menghilang|kabur", with: "uang|bayar|transfer|setor|juta" },
    example: "orang yang rekrut saya ke malaysia hilang setelah terima uang",
  },
  {
    tag: "INFO_P3MI",
    rule: "pt|agen|sponsor|lpk ~3 bodong|resmi|legal|terdaftar ~2 apa|atau|tidak",
    example: "gmn cara tau PT itu bodong apa tidak?",
  },
  { tag: "INFO_LOWONGAN", rule: "cara ~1 kerja ~2 di", example: "bagaimana cara kerja di taiwan yang resmi?" },
  { tag: "INFO_PROSEDUR", rule: "syarat|prosedur|proses ~2 ganti|pindah ~1 majikan", example: "syarat ganti majikan di taiwan apa saja?" },
];

export const VOCABULARY: readonly VocabularyEntry[] = [
  ...DEATH_EUPHEMISMS,
  ...HARASSMENT_WITHOUT_EXPLICIT_WORDS,
  ...CONFINEMENT,
  ...FORCED_REPATRIATION,
  ...WAGES_AS_FIGURES,
  ...DEPARTURE_PROMISED,
  ...LOST_CONTACT_STORIES,
  ...MALAY,
  ...GULF,
  ...CAREGIVING_AND_FISHING,
  ...STREET,
  ...EVACUATION,
  ...QUESTIONS,
];
