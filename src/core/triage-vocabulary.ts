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
  {
    tag: "MENINGGAL",
    // "sudah setahun tidak ada kabar" is lost contact, "sudah tidak ada uang" is poverty.
    rule: {
      p: "sudah|telah ~1 tidak ~1 ada",
      notNext: ["~1 kabar|khabar|berita|uang|duit|makan|makanan|kerja|kontak|komunikasi|jadwal|kepastian|tempat|libur|waktu|harapan"],
    },
    example: "anak sy sudah gak ada pak, katanya jatuh dari lantai 5",
  },
  { tag: "MENINGGAL", rule: "tinggal ~0 nama", example: "anak kami pulang tinggal nama pak, katanya sakit di kapal" },
  { tag: "MENINGGAL", rule: "dilarung|larung|layon|layonna", example: "katanya sakit di kapal lalu dilarung ke laut tanpa izin kami" },
  { tag: "MENINGGAL", rule: "tidak ~1 bernafas|bernapas", example: "ayah kami sudah tidak bernafas waktu ditemukan teman sekamarnya" },
  { tag: "MENINGGAL", rule: "belasungkawa", example: "agensi cuma kirim ucapan belasungkawa, tidak jelas sebabnya apa" },
  { tag: "MENINGGAL", rule: "sudah|telah ~1 tenang ~2 sana|alam|sisi", example: "istri saya katanya sudah tenang di sana" },
  {
    tag: "MENINGGAL",
    rule: "ditanam|tanam ~3 sana|situ|kubur|jenazah|mayat",
    example: "mak saya dah tiada kat johor, majikan suruh tanam kat sana je",
  },
  {
    tag: "MENINGGAL",
    rule: "dishalatkan|disholatkan|disolatkan|tahlilan",
    example: "sepupu kami sudah dishalatkan dan akan dikebumikan di sana",
  },
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
    rule: "pegang|dipegang|raba|diraba|peluk|dipeluk|meremas|diremas|cium|dicium|elus|ngelus|mengelus|dielus ~2 badan|tubuh|dada|pribadi|paksa|belakang|pinggang|paha|pantat|bokong|pipi|bibir|leher",
    example: "bapak majikan suka pegang-pegang badan saya kalau istrinya pergi",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "grepe|digrepe|digrepein|grepein|digerayang|dipeluk",
    example: "aku digrepe sama kakek yg aku jaga tiap mandiin dia",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "disentuh|sentuh|menyentuh ~2 pribadi|badan|dada|kemaluan|pantat|paha|pinggang|bokong|payudara",
    example: "adik saya disentuh2 bagian pribadinya sama majikan waktu tidur",
  },
  { tag: "KEKERASAN_SEKSUAL", rule: "pijit|pijat ~4 malam|kamar", example: "suami majikan nyuruh saya pijit dia tengah malam di kamarnya" },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "minta|ajak|suruh|paksa|memaksa ~3 tidur ~0 dengan|bersama|sama|bareng|seranjang",
    example: "majikan laki2 minta saya tidur dengannya",
  },
  { tag: "KEKERASAN_SEKSUAL", rule: "berhubungan ~0 badan|intim", example: "anak majikan memaksa saya berhubungan badan" },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: { p: "kelamin|penis|vagina", notPrev: ["penyakit|infeksi|sakit ~1"] },
    example: "bos kirim foto alat kelaminnya ke saya",
  },
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
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "omong|ngomong|bicara|kata|pesan|chat|ngajak ~2 jorok|mesum|cabul|porno|kotor",
    example: "suami majikan sering colek2 saya dan bilang kata2 jorok",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: { p: "colek|dicolek|mencolek|toel|ditoel", with: "majikan|bos|anak|suami|sopir|kakek|bapak|mandor" },
    example: "suami majikan sering colek2 saya",
  },
  // Touching told by its repetition: "pegang-pegang", "megang-megang", "raba-raba".
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "pegang|raba|elus|colek|grepe|remas ~0 pegang|raba|elus|colek|grepe|remas",
    example: "bos kapal suka megang-megang ABK cewek yang jaga dapur",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "tangan ~1 kemana|nakal|jahil|gerayangan",
    example: "pernah masuk waktu saya tidur terus tangannya kemana-mana",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "buka|tarik|menarik|membuka|singkap ~2 selimut",
    example: "waktu saya tidur ada yang buka selimut saya, ternyata anak majikan",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: {
      p: "jangan ~1 bilang|cerita|kasih|lapor ~2 siapa|siapapun|orang|istri|majikan",
      with: "tidur|kamar|malam|mandi|badan|selimut|peluk|pegang|cium",
    },
    example: "waktu saya tidur dia masuk, dia bilang jangan bilang siapa2",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "malam ~8 coba|suka|sering|selalu|mau ~1 masuk ~1 kamar",
    example: "kalau malam saya ganjal pintu karena bapak majikan suka coba masuk kamar",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: {
      p: "istri|nyonya|madam ~2 pergi|keluar|dinas|kerja|mudik|pulang",
      with: "kamar|pegang|peluk|cium|raba|pinggang|paha|dada|pantat",
    },
    example: "suami majikan minta saya ke kamarnya kalau istrinya dinas luar kota",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "dipaksa|disuruh|diajak ~2 mandi ~1 bareng|bersama|sama",
    example: "dia dipaksa mandi bareng sama anak laki majikan",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "masuk ~3 kamar ~4 ganti ~1 baju|pakaian",
    example: "majikan laki2 masuk kamar saya waktu saya ganti baju, dia tidak mau keluar",
  },
  { tag: "KEKERASAN_SEKSUAL", rule: "kamera ~4 kamar|mandi", example: "saya baru tahu ada kamera kecil di kamar mandi pembantu" },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: { p: "cuma|hanya|pakai ~1 handuk|kolor|sempak|boxer", with: "kamar|depan|lewat|malam" },
    example: "suami majikan suka lewat depan kamar saya cuma pakai handuk",
  },
];

/** A refusal: "tidak izinkan", "tak bagi" (Malay "give"), "tak benarkan" (Malay "allow"). */
const REFUSED = "tidak ~2 izinkan|mengizinkan|diizinkan|kasih|dikasih|boleh|dibolehkan|membolehkan|benarkan|dibenarkan";

/** Confinement and forced labour told as "not allowed to go home / out" after years. */
const CONFINEMENT: VocabularyEntry[] = [
  {
    tag: "TPPO",
    rule: "gembok|digembok|dirantai|terjebak|sindikat|terkurung",
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
    rule: { p: "tahun ~6 tidak ~1 pernah ~1 pulang|dipulangkan|dibolehkan|diizinkan" },
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
  // Debt bondage: work without pay for a debt, a debt that never shrinks, no leaving until it is paid.
  {
    tag: "TPPO",
    rule: "tanpa ~1 gaji|upah|dibayar|digaji ~6 hutang|utang",
    example: "harus kerja 2 tahun tanpa gaji katanya untuk bayar hutang biaya penempatan",
  },
  {
    tag: "TPPO",
    rule: "hutang|utang ~4 tidak|belum ~1 berkurang|turun|habis",
    example: "tiap bulan gaji habis dipotong dan hutang tidak berkurang",
  },
  {
    tag: "TPPO",
    rule: "hutang|utang ~6 tidak ~1 boleh|bisa|diizinkan ~1 pulang|berhenti|keluar",
    example: "agen bilang saya masih punya hutang, tidak boleh berhenti",
  },
  { tag: "TPPO", rule: "tanpa ~1 gaji|upah|dibayar|digaji ~3 # ~1 tahun", example: "kerja di rumah itu tanpa gaji 3 tahun" },
  { tag: "TPPO", rule: "# ~1 tahun ~4 tanpa ~1 gaji|upah|dibayar|digaji", example: "sudah 5 tahun kerja tanpa gaji" },
  // Cut off from family.
  {
    tag: "TPPO",
    rule: "tidak ~1 boleh|dikasih|diizinkan|dibolehkan ~1 telepon|menelepon|telpon",
    example: "sekarang kerja di rumah orang di malaysia dan tidak boleh telpon",
  },
  {
    tag: "TPPO",
    rule: "dilarang ~1 telepon|menelepon|berkomunikasi|menghubungi",
    example: "telepon keluarga pun dilarang majikan, menelepon dilarang",
  },
  // Sold on: moved from employer to employer, rented out, married off abroad, taken somewhere else.
  {
    tag: "TPPO",
    rule: "dipindah|dioper ~0 pindah|oper|dipindah|dioper",
    example: "adik saya sudah 3 kali dipindah-pindah majikan sama agen di riyadh",
  },
  {
    tag: "TPPO",
    rule: "menyewakan|disewakan|dikontrakkan|dipinjamkan ~3 rumah|orang|majikan|tempat",
    example: "majikan menyewakan adik saya ke rumah2 lain tiap hari",
  },
  {
    tag: "TPPO",
    rule: { p: "dinikahkan|dikawinkan|comblang", with: "china|cina|tiongkok|taiwan|kerja|pulang|gaji" },
    example: "sepupu saya dinikahkan dengan laki2 dari china lewat mak comblang, disuruh kerja tanpa gaji",
  },
  { tag: "TPPO", rule: "pengantin ~1 pesanan", example: "adik saya jadi pengantin pesanan ke china, sekarang tidak bisa pulang" },
  {
    tag: "TPPO",
    rule: "ternyata|malah ~2 dibawa|dikirim|diserahkan|dijadikan|diselundupkan ~1 ke|jadi",
    example: "dijanjikan kerja di turki, ternyata dibawa ke irak dan diserahkan ke majikan",
  },
  {
    tag: "TPPO",
    rule: { p: "hiburan ~1 malam", with: "dipaksa|melayani|menemani|disuruh" },
    example: "anak kami kerja di tempat hiburan malam di malaysia, dipaksa melayani tamu",
  },
  { tag: "TPPO", rule: "menemani|temani|melayani ~1 tamu", example: "dijadikan pemandu lagu di karaoke dan disuruh menemani tamu minum" },
  { tag: "TPPO", rule: "jual|dijual ~1 ginjal|organ", example: "anak saya di kamboja dipaksa jual ginjal" },
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
  { tag: "TPPO", rule: "saya|kami ~1 milik|dibeli", example: "majikan bilang sy milik dia" },
  { tag: "TPPO", rule: "dipekerjakan|bekerja|kerja ~2 paksa", example: "adik saya dipekerjakan paksa di kebun tanpa bayaran" },
  {
    tag: "TPPO",
    rule: "tidak ~1 bisa|boleh ~1 kabur|lari|melarikan",
    example: "adik saya kerja tanpa bayaran, tidak bisa kabur karena dijaga",
  },
  {
    tag: "TPPO",
    rule: "dipaksa|disuruh ~2 tanda|menandatangani|tandatangan ~3 hutang|utang",
    example: "kami dipaksa menandatangani surat hutang 50 juta sebelum berangkat",
  },
  {
    tag: "TPPO",
    rule: { p: "pintu|pagar|gerbang ~2 dikunci|digembok|dirantai", with: "keluar|pergi|penampungan|agen|majikan|kami" },
    example: "kakak saya sekarang di rumah penampungan ilegal, pintunya dikunci",
  },
  {
    tag: "TPPO",
    rule: { p: "panti|tempat|rumah ~1 pijat|bordil|karaoke|spa|lokalisasi", with: "dipaksa|melayani|menemani|disuruh" },
    example: "sepupu saya disuruh kerja di tempat pijat dan dipaksa melayani laki2",
  },
  {
    tag: "TPPO",
    rule: "dijaga ~3 orang|parang|senjata|penjaga|tentara|satpam|bersenjata|militer",
    example: "kerja tanpa gaji, dijaga orang bawa parang",
  },
  { tag: "TPPO", rule: "hp ~2 diawasi|dipantau|disadap|dicek", example: "sekarang di kompleks yang dijaga, hp nya diawasi" },
  // Asked to go home, the answer is no, and it has been years.
  {
    tag: "TPPO",
    rule: { p: `${REFUSED} ~1 pulang|dipulangkan`, with: "# ~1 tahun" },
    example: "kakak saya sudah 7 tahun di saudi, majikannya tidak mengizinkan pulang",
  },
  {
    tag: "TPPO",
    rule: { p: "pulang ~3 tidak ~1 kasih|dikasih|boleh|diizinkan|dibolehkan|izinkan", with: "# ~1 tahun" },
    example: "saya nak balik kampung tapi tauke tak bagi, dah 5 tahun tak jumpa anak",
  },
  {
    tag: "TPPO",
    rule: { p: "tidak ~2 lepas|lepaskan|melepas|melepaskan", with: "kontrak|tahun" },
    example: "sy dah habis kontrak 3 tahun lepas tapi bos tak lepaskan",
  },
  {
    tag: "TPPO",
    rule: { p: "baru ~1 boleh ~1 pulang ~1 kalau|setelah|sesudah", with: "# ~1 tahun" },
    example: "majikan bilang saya baru boleh pulang kalau anaknya sudah lulus kuliah, saya sudah 8 tahun di sini",
  },
  {
    tag: "TPPO",
    rule: "tidak ~1 boleh|dibolehkan|diizinkan ~1 ke ~1 mana|manapun",
    example: "kata agen kami tidak boleh ke mana2 sampai ada majikan",
  },
  {
    tag: "TPPO",
    rule: "majikan|agen|bos ~4 kunci|mengunci|menggembok|gembok ~2 pintu|pagar|kami|saya",
    example: "tiap saya bilang mau pulang majikan sembunyikan paspor dan kunci pintu depan",
  },
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
  // Money demanded from a family, with what happens to the worker if it is not paid.
  {
    tag: "TPPO",
    rule: {
      p: "kalau|jika|kalo ~0 tidak ~8 dijual|dikirim|dipindah|dipulangkan|dilepas|dikeluarkan|disiksa|dipukul|dibunuh|tetap|dikasih",
      with: "minta|diminta|dimintai|meminta|tebus|menebus|bayar|transfer|kirim ~3 juta|ringgit|riyal|real|dolar|ribu|uang|#",
    },
    example: "PT minta 20 juta, katanya kalau tidak ditransfer minggu ini adik saya tidak akan dipulangkan",
  },
  {
    tag: "TPPO",
    rule: {
      p: "supaya|biar|agar ~3 keluar|dilepas|dibebaskan|bebas|dikeluarkan",
      with: "minta|diminta|dimintai|meminta|tebus|menebus|bayar|transfer|kirim ~3 juta|ringgit|riyal|real|dolar|ribu|uang|#",
    },
    example: "orang maktab telepon saya minta 5000 riyal supaya istri saya bisa keluar dari sana",
  },
  {
    tag: "TPPO",
    rule: "keluar|bebas|dilepas ~1 harus|wajib ~1 bayar|tebus|membayar",
    example: "anak saya di KK park, mau keluar harus bayar 10.000 dolar",
  },
  { tag: "TPPO", rule: "diperas|memeras|pemerasan|peras", example: "kami diperas agen pak, tiap bulan minta uang" },
  {
    tag: "TPPO",
    rule: {
      p: "supaya|biar|agar|kalau|kalo|jika ~1 mau|ingin|bisa ~3 dipulangkan|pulang|dilepas|keluar|dibebaskan",
      with: "minta|diminta|dimintai|meminta|transfer ~4 juta|ringgit|riyal|dolar|tebusan",
    },
    example: "PT minta kami transfer 15 juta supaya adik bisa pulang dari penampungan",
  },
  {
    tag: "TPPO",
    rule: "ancam|mengancam|diancam ~4 tidak ~2 memulangkan|dipulangkan|pulangkan|melepas|dilepas|melepaskan",
    example: "agen ancam tidak akan memulangkan anak saya kalau kami tidak bayar 10 juta",
  },
  { tag: "TPPO", rule: "diancam|mengancam|ancam ~1 denda", example: "waktu minta dipulangkan PT menolak dan mengancam denda" },
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
  {
    tag: "PHK_KONTRAK",
    rule: {
      p: "agen|majikan|pt|perusahaan|bos ~2 mau|akan|ingin|suruh|kena ~1 pulangkan|memulangkan",
      notNext: ["~1 paspor|permit|ktp|dokumen|ijazah"],
    },
    example: "kontrak saya 2 tahun tapi baru 4 bulan majikan sudah tidak mau, agency mau pulangkan saya",
  },
  { tag: "PHK_KONTRAK", rule: "kena ~0 pulangkan", example: "kalau tak sign kena hantar balik" },
  { tag: "PHK_KONTRAK", rule: "cancel|dicancel|batalkan ~2 permit|kontrak|visa", example: "employer mau cancel work permit saya besok" },
  { tag: "PHK_KONTRAK", rule: "naql|tanazul", example: "kafil mau naql kafala saya ke saudaranya" },
  { tag: "PHK_KONTRAK", rule: "tanpa ~1 persetujuan", example: "kafil mau pindahkan saya ke saudaranya tanpa persetujuan saya" },
  { tag: "PHK_KONTRAK", rule: "pesangon", example: "semua pekerja disuruh pulang, pesangon tidak ada" },
  {
    tag: "PHK_KONTRAK",
    rule: "pabrik|kilang|perusahaan ~1 tutup|bangkrut",
    example: "pabrik tutup mendadak, semua pekerja indonesia disuruh pulang",
  },
  {
    tag: "PHK_KONTRAK",
    rule: "kontrak ~1 baru ~4 gaji|tanda|sign|rendah|kecil",
    example: "tauke suruh kami sign kontrak baru gaji lebih rendah",
  },
  {
    tag: "PHK_KONTRAK",
    rule: "suruh|disuruh|diminta|dipaksa ~2 keluar ~1 dari ~1 rumah",
    example: "agency tiba2 suruh saya keluar dari rumah majikan dan tunggu di asrama",
  },
  {
    tag: "PHK_KONTRAK",
    rule: "padahal|tapi ~2 visa|kontrak|job|pk ~2 perawat|caregiver|pembantu|art|prt|jaga|pabrik|pengasuh",
    example: "majikan suruh saya kerja juga di pabriknya, padahal visa saya perawat",
  },
  {
    tag: "PHK_KONTRAK",
    rule: "libur|cuti|off ~2 cuma|hanya|tidak|belum ~1 sebulan|sekali|kasih|dikasih|boleh|pernah",
    example: "bos suruh kerja 7 hari seminggu, cuti pun tak bagi",
  },
  { tag: "PHK_KONTRAK", rule: "# ~1 hari ~1 seminggu|sepekan", example: "bos suruh kerja 7 hari seminggu" },
  {
    tag: "PHK_KONTRAK",
    rule: "kerja|urus|bersihkan|bersih ~2 # ~1 rumah",
    example: "saya disuruh kerja di 2 rumah, rumah majikan dan rumah anaknya",
  },
  {
    tag: "PHK_KONTRAK",
    rule: "kontrak ~4 tapi|tetapi|ternyata ~1 disuruh|harus|malah",
    example: "job saya di kontrak jaga bayi, tapi disuruh angkat barang di gudang",
  },
  {
    tag: "PHK_KONTRAK",
    rule: "dikembalikan|dipulangkan ~2 agen|penampungan",
    example: "saya dikembalikan ke agensi karena majikan bilang tidak cocok",
  },
  {
    tag: "PHK_KONTRAK",
    rule: "subuh|pagi ~4 sampai|hingga ~3 malam|tengah",
    example: "kerja dari jam 4 pagi sampai jam 11 malam tiap hari",
  },
  {
    tag: "PHK_KONTRAK",
    rule: "padahal ~2 kontrak|perjanjian|job ~2 cuma|hanya|untuk|jaga",
    example: "saya disuruh jaga 3 orang tua sekaligus padahal kontrak cuma 1",
  },
  { tag: "PHK_KONTRAK", rule: "surat ~1 berhenti|pengunduran|resign", example: "majikan minta saya tanda tangan surat berhenti sendiri" },
];

/** Money named by its currency ("1.200 riyal", "RM 650", "HK$ 3.500"). */
const CURRENCY = "ringgit|rm|riyal|real|rial|sar|dinar|dirham|dolar|dollar|usd|nt|ntd|yen|won|hkd|hk|ribu|juta|rupiah|rp";

/** Wages told as figures: "dikasih 550 ringgit padahal kontrak 1.500". */
const WAGES_AS_FIGURES: VocabularyEntry[] = [
  {
    tag: "GAJI",
    rule: {
      p: "# ~3 padahal|harus|seharusnya|seharus|sedangkan ~3 kontrak|janji|dijanjikan|perjanjian|tertulis|#",
      with: `${CURRENCY}|gaji|upah|dibayar|digaji|bayar`,
    },
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
  {
    tag: "GAJI",
    rule: "cuma|hanya|baru ~1 terima|dapat|dibayar ~1 gaji ~1 #|sekali",
    example: "sudah kerja 8 bulan tapi baru terima gaji 3 kali",
  },
  {
    tag: "GAJI",
    rule: {
      p: "cuma|hanya|tinggal|dapat|terima|dibayar|dikasih ~3 # ~8 kontrak|janji|dijanjikan|perjanjian|harusnya|seharusnya|padahal|slip",
      with: CURRENCY,
    },
    example: "sebulan cuma dapat 1.200 riyal, di kontrak tulisnya 1.500",
  },
  {
    tag: "GAJI",
    rule: "dibayar|terima|dapat|digaji|gaji ~2 # ~1 bulan ~2 dari ~1 #",
    example: "saya cuma terima 5 bulan gaji dari 2 tahun kerja",
  },
  {
    tag: "GAJI",
    rule: "lembur ~6 cuma|hanya ~1 tulis|ditulis|dihitung|dicatat|dibayar",
    example: "overtime sy 60 jam sebulan tp slip cuma tulis 20 jam",
  },
  { tag: "GAJI", rule: "gaji|upah|dibayar ~3 setengah|separuh|sebagian", example: "gaji saya cuma dibayar setengah tiap bulan" },
  {
    tag: "GAJI",
    rule: "terima|dapat|dibayar|digaji ~3 sepeser",
    example: "gaji adik saya katanya dikirim ke keluarga, tapi kami tidak pernah terima sepeser pun",
  },
  { tag: "GAJI", rule: "bawah ~1 umr|ump|minimum|standar", example: "upah kami di bawah UMR, katanya potongan asrama" },
  {
    tag: "GAJI",
    rule: "gaji|upah ~3 ditabung|disimpan|ditahan|dipegang",
    example: "sisanya katanya gajinya disimpan majikan sampai pulang",
  },
  {
    tag: "GAJI",
    rule: "tahan|menahan|simpan|menyimpan|pegang|tabung|menabung ~1 gaji|upah",
    example: "tauke tahan gaji 3 bulan, dia kata nak bagi bila habis kontrak",
  },
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
    rule: { p: "tunggu|menunggu|nunggu ~2 visa|jadwal|panggilan|keberangkatan|terbang", with: "bulan|tahun|terus", soft: true },
    example: "PT bilang tunggu visa, tunggu visa terus, sudah 10 bulan saya di kampung",
  },
  {
    tag: "GAGAL_BERANGKAT",
    rule: {
      p: "belum|tidak ~2 ada ~1 jadwal|kepastian|panggilan",
      with: "berangkat|terbang|medical|pt|visa|paspor|sponsor|lpk|agen|bayar",
    },
    example: "sy sdh lunas bayar 18jt, sdh medical, sdh paspor, tp smp skrg blm ada jadwal",
  },
  {
    tag: "GAGAL_BERANGKAT",
    rule: { p: "majikan|job|visa ~1 batal|dibatalkan|cancel|dicancel", with: "opp|pk|berangkat|terbang|medical|tunggu" },
    example: "sudah tanda tangan PK dan ikut OPP, tapi katanya majikan batal",
  },
  {
    tag: "GAGAL_BERANGKAT",
    rule: { p: "disuruh|suruh ~1 pulang ~1 lagi|dulu", with: "terbang|berangkat|diberangkatkan" },
    example: "sudah 3 kali dipanggil ke jakarta untuk terbang ke korea, tiap sampai sana disuruh pulang lagi",
  },
  {
    tag: "GAGAL_BERANGKAT",
    rule: { p: "tangguh|ditangguhkan|tunda|ditunda|diundur|undur|molor", with: "berangkat|terbang|diberangkatkan|visa|jadwal|agen" },
    example: "saya nak ke malaysia ikut ejen, dah bayar, tapi ejen asyik tangguh je",
  },
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
  {
    tag: "HILANG_KONTAK",
    rule: "terakhir ~3 kirim|kabar|telepon|surat|komunikasi|kontak|berkabar|dihubungi",
    example: "terakhir kirim surat tahun 2012, kami mau cari",
  },
  {
    tag: "HILANG_KONTAK",
    rule: "carikan|mencari|cari ~2 suami|istri|anak|adik|kakak|ibu|bapak|ayah|keluarga|tante|om|paman|bibi|bulik|nenek|kakek|mertua|sepupu|keponakan",
    example: "tolong carikan suami saya, dulu kerja di sarawak",
  },
  { tag: "HILANG_KONTAK", rule: "kehilangan ~1 jejak|kontak|kabar|berita", example: "kami kehilangan jejak bapak kami" },
  {
    tag: "HILANG_KONTAK",
    rule: "tidak ~1 diketahui ~2 posisi|keberadaan|nasib|kabar",
    example: "bapak saya ABK, kapalnya tidak diketahui posisinya sejak 3 bulan",
  },
  { tag: "HILANG_KONTAK", rule: "centang ~1 satu", example: "wa nya centang satu terus sejak lebaran" },
  { tag: "HILANG_KONTAK", rule: "tidak ~1 dengar|mendengar ~1 cerita|kabar|suara", example: "dah lama tak dengar cerita dari abang" },
  {
    tag: "HILANG_KONTAK",
    rule: "tidak ~1 tahu ~1 dia|nya|mereka|keberadaan ~1 di ~0 mana",
    example: "sudah 10 bulan kami tidak tahu dia di mana",
  },
  {
    tag: "HILANG_KONTAK",
    rule: "tidak ~1 bisa ~1 hubungi ~1 dia|suami|istri|anak|adik|kakak|ibu|bapak|ayah|mereka",
    example: "dari bulan puasa kami tidak bisa hubungi dia, agen kapal bilang tidak tahu",
  },
  { tag: "HILANG_KONTAK", rule: "masih ~1 hidup ~1 atau", example: "sekarang kami tidak tahu dia masih hidup atau tidak" },
  { tag: "HILANG_KONTAK", rule: "ditelan ~1 bumi", example: "sejak berangkat anak saya hilang seperti ditelan bumi" },
  {
    tag: "HILANG_KONTAK",
    rule: {
      p: "fb|facebook|ig|instagram|wa|whatsapp|nomor|hp ~2 tidak ~1 aktif",
      with: "suami|istri|anak|adik|kakak|ibu|bapak|ayah|keluarga|sepupu|keponakan",
    },
    example: "sejak pindah majikan kakak tidak pernah membalas pesan, fb nya juga tidak aktif lagi",
  },
  {
    tag: "HILANG_KONTAK",
    rule: "rajin ~2 kirim|telepon|kabar ~8 sepi|hilang|berhenti|putus",
    example: "awalnya rajin kirim uang, tiga tahun ini sepi sama sekali",
  },
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
  {
    tag: "DITAHAN",
    rule: "diamankan ~3 aparat|polisi|imigrasi|petugas|tentara",
    example: "adik saya diamankan aparat di sabah karena tidak punya dokumen",
  },
  {
    tag: "DITAHAN",
    rule: "terjerat|tersangkut|terlibat ~1 kasus|narkoba|perkara",
    example: "kakak saya terjerat kasus narkoba di hongkong",
  },
  {
    tag: "DITAHAN",
    rule: "digerebek|digrebek|grebek|gerebek|penggerebekan",
    example: "asrama kami digerebek polisi, banyak teman yang dibawa",
  },
  { tag: "DITAHAN", rule: "dicekal|cekal", example: "anak saya dicekal di bandara karena kasus dengan majikan" },
  { tag: "DITAHAN", rule: "balai ~1 polisi", example: "anak saya kena saman polis dan dibawa ke balai polis" },
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
  { tag: "KEKERASAN", rule: { p: "banting|membanting", notNext: ["tulang"] }, example: "majikan ngamuk dan banting saya ke lantai" },
  { tag: "KEKERASAN", rule: "lempar|melempar|lempari|melempari ~0 saya|kami|dia|aku", example: "bos saya lempar saya pakai kursi" },
  {
    tag: "KEKERASAN",
    rule: "dijemur|jemur ~3 matahari|panas|seharian|atap|hukuman",
    example: "saya dijemur di atap seharian sebagai hukuman",
  },
  { tag: "KEKERASAN", rule: "sundut|menyundut|bonyok", example: "majikan menyundut tangan saya pakai rokok" },
  { tag: "KEKERASAN", rule: "menggigit|gigit ~2 saya|tangan|lengan", example: "anak majikan menggigit tangan saya sampai berdarah" },
  { tag: "SAKIT_BERAT", rule: "badan|tubuh ~1 sebelah", example: "kakak saya tiba2 tidak bisa menggerakkan badan sebelah" },
  {
    tag: "SAKIT_BERAT",
    rule: { p: "demam ~1 tinggi", with: "seminggu|minggu|muntah|kejang|pingsan|sadar|mengigau" },
    example: "adik saya demam tinggi sudah seminggu dan muntah terus, tidak dibawa ke dokter",
  },
  { tag: "BUNUH_DIRI", rule: "mau|ingin|akan ~2 pergi ~1 selama", example: "adik saya bilang mau pergi selamanya" },
  { tag: "BUNUH_DIRI", rule: "ingin ~1 meninggal", example: "i want to die, i can not take it anymore" },
  { tag: "BUNUH_DIRI", rule: "tidur ~1 selama|selamanya", example: "saya mau tidur selamanya" },
  { tag: "BUNUH_DIRI", rule: "obat ~1 tidur ~3 banyak|sebotol|semua|sekaligus|segenggam", example: "saya sudah beli obat tidur banyak" },
  {
    tag: "SAKIT_BERAT",
    rule: "sakit ~1 jantung|ginjal|paru",
    example: "ibu saya sakit jantung di arab, majikan tidak mau bawa ke rumah sakit",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: "mencoba|coba ~1 mencium|cium|memeluk|peluk|meraba|raba",
    example: "sopir majikan menarik saya ke mobil dan mencoba mencium saya",
  },
  { tag: "BUNUH_DIRI", rule: "surat ~1 wasiat|perpisahan", example: "adik saya menulis surat wasiat" },
  {
    tag: "MENINGGAL",
    rule: "ditemukan ~2 gantung|tergantung|tewas|kaku|mengambang",
    example: "anak saya ditemukan gantung diri di kamar majikan",
  },
  {
    tag: "KEKERASAN",
    rule: "jepit|dijepit|menjepit ~3 jari|tangan|kaki|kepala",
    example: "majikan jepit jari saya di pintu karena lupa matikan kompor",
  },
  { tag: "KEKERASAN", rule: "kuku ~2 lepas|copot|dicabut|dicabuti", example: "majikan jepit jari saya di pintu, kuku saya sampai lepas" },
  {
    tag: "KEKERASAN",
    rule: "disiram|siram|menyiram ~3 cairan|bensin|minyak|pembersih|cuka|kimia",
    example: "kakak ipar saya disiram cairan pembersih ke mukanya oleh madam",
  },
  {
    tag: "KEKERASAN",
    rule: { p: "tidur ~3 luar|balkon|teras", with: "hukuman|dingin|dihukum" },
    example: "adik saya dipaksa tidur di luar di balkon waktu musim dingin sebagai hukuman",
  },
  {
    tag: "KEKERASAN_SEKSUAL",
    rule: { p: "istri ~1 simpanan|kedua|siri", with: "dipaksa|disuruh|paksa|menolak" },
    example: "adik saya dipaksa jadi istri simpanan majikan",
  },
  {
    tag: "BUNUH_DIRI",
    rule: "minum|telan|menelan ~1 cairan|pembersih|pemutih|baygon|deterjen|pestisida",
    example: "sy mau minum cairan pembersih aja biar selesai semua masalah ini",
  },
  { tag: "KEKERASAN", rule: "makan ~1 makanan ~1 anjing|kucing|basi", example: "majikan nyuruh dia makan makanan anjing kalau salah" },
  {
    tag: "SAKIT_BERAT",
    rule: "keluar ~1 darah",
    example: "katanya perutnya sakit sekali dan keluar darah, majikan tidak mau antar ke dokter",
  },
  {
    tag: "SAKIT_BERAT",
    rule: { p: "mengigau|meracau", with: "demam|panas|sakit" },
    example: "demam tinggi 5 hari, sekarang tidak bisa bangun dan mengigau",
  },
  {
    tag: "BUNUH_DIRI",
    rule: "pamit ~1 untuk ~1 selama|selamanya",
    example: "adik saya kirim pesan minta maaf sama semua, pamit untuk selamanya",
  },
  { tag: "BUNUH_DIRI", rule: "selamat ~0 tinggal ~2 semua|selama|dunia", example: "selamat tinggal semuanya, maafkan saya" },
  { tag: "BUNUH_DIRI", rule: "tidur ~2 tidak ~1 bangun ~1 lagi", example: "rasanya pengen tidur dan gak bangun lagi" },
  {
    tag: "BUNUH_DIRI",
    rule: "minum|telan|menelan ~1 obat ~2 semua|banyak|sebotol|segenggam|sekaligus",
    example: "arep nguntal obat kabeh ben rampung",
  },
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
    rule: "tidak ~2 kasih|kembalikan|pulangkan|serahkan|balikin ~1 paspor|permit",
    example: "majikan tidak mau kasih paspor waktu saya mau cuti pulang",
  },
  {
    tag: "DOKUMEN_DITAHAN",
    rule: "paspor|permit|ktp|dokumen|ijazah ~6 tidak ~1 mau ~1 serahkan|kasih|kembalikan|berikan|balikin|pulangkan",
    example: "paspor sy ada di maktab, mereka tak mau serahkan sebelum sy dapat majikan baru",
  },
  {
    tag: "DOKUMEN_DITAHAN",
    rule: "paspor|permit|ktp|ijazah ~2 masih|ada ~1 di ~1 majikan|agen|pt|sponsor|lpk|perusahaan",
    example: "paspor anak saya masih di PT di kampung, dia sudah tidak jadi berangkat",
  },
  {
    tag: "DOKUMEN_DITAHAN",
    rule: "paspor|permit|ktp|ijazah ~8 tidak|belum ~1 dibalikin|dikembalikan",
    example: "paspor saya diminta sponsor waktu pulang cuti, sampai sekarang tidak dibalikin",
  },
  {
    tag: "DOKUMEN_DITAHAN",
    rule: "sembunyikan|menyembunyikan|umpetin|ngumpetin ~1 paspor|permit|ktp|dokumen",
    example: "majikan sembunyikan paspor dan kunci pintu depan",
  },
];

/** Taiwan, Hong Kong, Singapore caregiving; fishing crews (ABK). */
const CAREGIVING_AND_FISHING: VocabularyEntry[] = [
  // Ill at sea and the captain will not put in: no doctor for weeks.
  {
    tag: "SAKIT_BERAT",
    rule: { p: "tidak ~1 mau|boleh ~3 darat|pelabuhan|sandar|merapat", with: "sakit|demam|luka|lemas|bengkak" },
    example: "suami saya sakit di kapal, kapten tidak mau bawa ke pelabuhan",
  },
  {
    tag: "DOKUMEN_TIDAK_RESMI",
    rule: "tidak ~1 mau ~1 perpanjang|memperpanjang|urus|mengurus ~2 permit|visa|paspor",
    example: "kafil tidak mau perpanjang iqama saya sudah 8 bulan",
  },
  {
    tag: "KESEHATAN",
    // Pregnancy is the asker's own state even in a question; "kalau saya sakit" is a hypothetical.
    rule: { p: "saya ~2 hamil|keguguran", notPrev: ["kalau|jika|kalo|seandainya|misal|misalnya ~1"] },
    example: "saya lagi hamil 3 bulan, majikan belum tahu, saya harus bagaimana",
  },
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
    rule: "nenek|kakek|oma|opa|akong|yeye|nainai|ahma|amah|popo|lansia|jompo|pasien ~4 meninggal|wafat|tiada|kritis|stroke|sakit|icu|dirawat|koma",
    example: "nenek yang saya jaga meninggal kemarin, agency bilang saya harus pulang",
  },
  {
    tag: "CAREGIVING",
    rule: "nenek|kakek|oma|opa|akong|yeye|nainai|ahma|amah|popo|lansia|jompo|pasien ~4 rumah sakit|panti",
    example: "akong yang saya jaga masuk rumah sakit, saya disuruh menginap",
  },
  { tag: "CAREGIVING", rule: "majikan ~2 meninggal|wafat", example: "majikan saya meninggal, saya harus bagaimana?" },
  {
    tag: "CAREGIVING",
    rule: "yang ~1 saya ~1 jaga|rawat|urus ~4 meninggal|wafat|tiada|kritis|stroke|sakit|icu|dirawat|koma",
    example: "kakek yang saya rawat sudah wafat, majikan mau pulangkan saya",
  },
  { tag: "CAREGIVING", rule: "sama ~0 meninggal|wafat|sakit|kritis", example: "ama meninggal minggu lalu, agency potong gaji saya" },
  // A relative who died at home in Indonesia: the worker asks to go home, nobody abroad has died.
  {
    tag: "NOT_CURRENT",
    rule: { p: "di ~0 kampung|indonesia|desa ~2 meninggal|wafat|tiada|sakit|kritis|koma|stroke|dirawat", with: "cuti|izin|ijin|pulang" },
    example: "bapak saya di kampung meninggal kemarin, saya mau pulang tapi majikan bilang tunggu pengganti",
  },
  {
    tag: "NOT_CURRENT",
    rule: { p: "meninggal|wafat ~1 di ~0 kampung|indonesia", with: "cuti|izin|ijin" },
    example: "nenek saya meninggal di kampung, boleh minta cuti?",
  },
  // A death years ago or an injury healed, told for a claim.
  {
    tag: "NOT_CURRENT",
    rule: { p: "meninggal|wafat|kecelakaan ~2 tahun ~1 lalu|kemarin|yang", with: "klaim|santunan|jkm|jkk|jht|bpjs|asuransi|jaminan" },
    example: "bapak saya dulu PMI di malaysia, meninggal 2 tahun lalu, mau klaim JKM BPJS caranya gimana?",
  },
  {
    tag: "NOT_CURRENT",
    rule: { p: "dulu ~3 kecelakaan|sakit|meninggal", with: "klaim|santunan|jkm|jkk|jht|bpjs|asuransi|jaminan" },
    example: "dulu saya kecelakaan kerja di kapal, asuransinya tidak dikasih padahal ada di perjanjian",
  },
  {
    tag: "NOT_CURRENT",
    rule: { p: "sudah|telah ~1 sembuh", with: "klaim|santunan|jkm|jkk|jht|bpjs|asuransi|jaminan" },
    example: "saya kecelakaan kerja bulan lalu, sudah sembuh, tapi klaim JKK BPJS ditolak",
  },
];

/** Runaway or stranded worker on the street with nothing: urgent tonight. */
const STREET: VocabularyEntry[] = [
  {
    tag: "STREET",
    // "motor saya mati di jalan" is not a person on the street: being there counts after fleeing or with nothing.
    rule: {
      p: "tidur|tinggal|di|duduk|hidup|menginap|terdampar ~2 jalan|jalanan|emperan|taman|kolong|trotoar",
      with: "kabur|lari|minggat|diusir|uang|duit|makan|tidur",
    },
    example: "sy kabur dr majikan 3 hari lalu, skrg tidur di jalan",
  },
  // Leaving the employer's house on one's own: "keluar diam-diam", not "disuruh keluar".
  {
    tag: "KABUR",
    rule: {
      p: "keluar|pergi ~1 dari ~1 rumah ~1 majikan",
      notPrev: ["suruh|disuruh|diminta|dipaksa|harus|diusir ~2", "kontrak ~3 habis|selesai ~4"],
    },
    example: "saya sudah keluar dari rumah majikan diam2 tadi pagi, sekarang ada di rumah teman",
  },
  {
    tag: "STREET",
    rule: "luntang|lantung|terlunta|menggelandang|gelandangan",
    example: "aku lari dari rumah majikan, skrg luntang lantung di jalan",
  },
  {
    tag: "STREET",
    rule: "tidur|tinggal|di|duduk ~2 halte|jembatan",
    example: "kakak saya keluar dari rumah majikan tengah malam, sekarang di halte bus, tidak punya uang",
  },
  // A runaway with no money has nowhere to sleep tonight.
  {
    tag: "STREET",
    rule: { p: "tidak ~1 punya|ada|pegang ~1 uang|duit", with: "kabur|lari|minggat|diusir" },
    example: "saya kabur dari majikan, sekarang tidak punya uang",
  },
  {
    tag: "STREET",
    rule: { p: "tidak ~1 tahu ~1 tidur|tinggal ~1 di|dimana|mana", with: "kabur|lari|minggat|diusir" },
    example: "saya kabur dari majikan, tidak tahu tidur di mana",
  },
  {
    tag: "STREET",
    rule: "tidur|tinggal|duduk ~2 depan ~1 toko|ruko|masjid",
    example: "kami diusir dari mess, sudah 3 malam tidur di depan toko",
  },
  {
    tag: "STREET",
    rule: { p: "tidak ~1 tahu ~0 mau|harus|akan ~0 kemana|ke", with: "kabur|lari|minggat|diusir" },
    example: "aku kabur pak, sekarang jalan kaki tidak tahu mau kemana, uang tidak ada",
  },
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
  {
    tag: "TERLANTAR",
    rule: "tinggal|di ~3 tanpa ~1 makan|makanan",
    example: "sekarang tinggal di penampungan tanpa makan yang cukup dan tidak ada uang",
  },
  { tag: "TERLANTAR", rule: "tidak ~1 ada|punya ~1 tempat ~1 tinggal", example: "pabrik tutup, kami tak ada tempat tinggal" },
];

/** War, disaster, epidemic or mass deportation where the worker is (EVAKUASI). */
const EVACUATION: VocabularyEntry[] = [
  {
    tag: "EVAKUASI",
    rule: {
      p: "gempa|banjir|tsunami|badai|topan|taifun|longsor",
      with: "rusak|tenggelam|terendam|terisolasi|terputus|mengungsi|evakuasi|dievakuasi|pulang|dipulangkan|terjebak|hancur|tempat",
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
    rule: { p: "orang|admin|akun|oknum ~1 menghilang|hilang|kabur", with: "uang|bayar|transfer|setor|juta" },
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
    tag: "PENIPUAN_LOWONGAN",
    rule: { p: "facebook|fb|instagram|ig|tiktok|telegram", with: "transfer|dp|setor|ditransfer", soft: true },
    example: "ada agen di grup facebook tawarkan kerja di jepang tanpa bahasa, minta DP 5 juta, saya sudah transfer",
  },
  {
    tag: "OVERCHARGING",
    rule: "gratis ~6 dipotong|potong|potongan|bayar|membayar|ditarik|diminta",
    example: "biaya penempatan ke hongkong katanya gratis tapi saya dipotong 7 bulan gaji",
  },
  {
    tag: "INFO_LOWONGAN",
    rule: { p: "ada ~1 job|lowongan|kerjaan|loker", ask: true },
    example: "ada job ke polandia untuk laki2 tidak pak?",
  },
  {
    tag: "PENIPUAN_LOWONGAN",
    rule: "ngaku|mengaku|mengatasnamakan ~3 bp2mi|bp3mi|petugas|pegawai|kementerian|disnaker|kbri|polisi",
    example: "orang yang ngaku dari BP2MI minta uang 3 juta biar nama saya masuk daftar berangkat",
  },
  {
    tag: "INFO_P3MI",
    rule: "pt|agen|sponsor|lpk ~3 bodong|resmi|legal|terdaftar ~2 apa|atau|tidak",
    example: "gmn cara tau PT itu bodong apa tidak?",
  },
  { tag: "INFO_LOWONGAN", rule: "cara ~1 kerja ~2 di", example: "bagaimana cara kerja di taiwan yang resmi?" },
  { tag: "INFO_PROSEDUR", rule: "syarat|prosedur|proses ~2 ganti|pindah ~1 majikan", example: "syarat ganti majikan di taiwan apa saja?" },
  {
    tag: "INFO_PROSEDUR",
    rule: { p: "ganti|pindah ~1 agen", ask: true },
    example: "kalau mau ganti agency di taiwan, harus lapor ke mana dulu?",
  },
  {
    tag: "INFO_PROSEDUR",
    rule: { p: "ktp|paspor|permit|kartu ~8 buat|bikin|urus|mengurus ~1 ulang|baru|lagi", ask: true },
    example: "HKID saya hilang waktu naik MTR, bagaimana cara buat ulang?",
  },
  {
    tag: "INFO_LOWONGAN",
    rule: { p: "buka|dibuka|lowongan ~3 perawat|caregiver|pengasuh|pabrik|welder|tukang|sopir|petani|nelayan", ask: true },
    example: "pak, sekarang yang buka ke jerman untuk perawat masih ada?",
  },
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
