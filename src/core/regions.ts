/**
 * Regions of origin: the 38 provinces (ISO 3166-2:ID codes) and the two regencies that have
 * their own cooperation agreement (Kabupaten Pekalongan, Kabupaten Asahan), with the names
 * people actually type: capitals, big PMI-source regencies and cities, abbreviations.
 *
 * Choices (keep in mind when editing):
 * - Plain "pekalongan" means KAB-PEKALONGAN: it is ambiguous between the Kota and the
 *   Kabupaten, and the Kabupaten is the region with the agreement. "kota pekalongan" → ID-JT.
 * - Kecamatan names that are also common village names or exist elsewhere (bojong, buaran, doro,
 *   tirto, siwalan; Asahan: meranti, simpang empat, teluk dalam) only count written as
 *   "kec ..."/"kecamatan ...". Karanganyar, Sragi and Talun are left out of Kab. Pekalongan:
 *   Kabupaten Karanganyar (ID-JT) and the kecamatan Sragi (Lampung Selatan) and Talun (Cirebon,
 *   Blitar) are at least as likely; "karanganyar" alone gives ID-JT, and "... pekalongan" still
 *   finds the regency.
 * - Kota Tanjungbalai is its own city in Sumatera Utara, not Asahan: "tanjung balai" → ID-SU.
 * - Everyday words that are also place names (malang, medan, palu, kisaran, batang, pati...) are
 *   weak aliases: they need a cue ("dari", "asal", "di", "kota"...) or to be the whole message.
 */
import { AliasIndex, baseTokens } from "./normalize-text.js";

export interface RegionDef {
  id: string;
  name: string;
  /** The province of a regency; null for a province. */
  provinceId: string | null;
  aliases: string[];
}

const province = (code: string, name: string, aliases: string[]): RegionDef => ({
  id: `ID-${code}`,
  name: `Provinsi ${name}`,
  provinceId: null,
  aliases,
});

/** Kecamatan names of Kab. Pekalongan that are unique enough to stand alone. */
const PEKALONGAN_KECAMATAN = [
  "kajen", "wiradesa", "kedungwuni", "kesesi", "wonopringgo", "karangdadap", "wonokerto",
  "paninggaran", "lebakbarang", "petungkriyono", "kandangserang",
];
/** Kecamatan names of Kab. Pekalongan shared with places elsewhere: "kec ..." only. */
const PEKALONGAN_KECAMATAN_AMBIGUOUS = ["bojong", "buaran", "doro", "tirto", "siwalan"];

const ASAHAN_PLACES = [
  "kisaran barat", "kisaran timur", "kota kisaran", "air batu", "air joman", "aek kuasan", "aek ledong",
  "aek songsongan", "bandar pasir mandoge", "bandar pulau", "buntu pane", "pulau rakyat", "pulo bandring",
  "rahuning", "rawang panca arga", "sei dadap", "sei kepayang", "setia janji", "silau laut", "tinggi raja",
];
const ASAHAN_AMBIGUOUS = ["meranti", "simpang empat", "teluk dalam"];

const kecamatan = (names: string[]) => names.flatMap((n) => [`kec ${n}`, `kecamatan ${n}`]);

export const REGIONS: RegionDef[] = [
  province("AC", "Aceh", ["aceh", "nad", "nanggroe aceh darussalam", "banda aceh", "lhokseumawe", "langsa", "bireuen", "pidie", "meulaboh", "aceh utara", "aceh timur", "aceh besar", "aceh tamiang", "aceh tenggara", "sabang"]),
  province("SU", "Sumatera Utara", ["sumatera utara", "sumatra utara", "sumut", "north sumatra", "medan", "deli serdang", "serdang bedagai", "langkat", "binjai", "tebing tinggi", "pematang siantar", "pematangsiantar", "siantar", "simalungun", "kabanjahe", "tanah karo", "dairi", "samosir", "toba", "tapanuli", "sibolga", "padang sidempuan", "padangsidimpuan", "labuhanbatu", "labuhan batu", "batubara", "batu bara", "nias", "tanjung balai", "kota tanjung balai", "rantau prapat", "rantauprapat", "lubuk pakam", "stabat"]),
  province("SB", "Sumatera Barat", ["sumatera barat", "sumatra barat", "sumbar", "padang", "bukittinggi", "bukit tinggi", "payakumbuh", "pariaman", "solok", "pasaman", "agam", "sawahlunto", "minang"]),
  province("RI", "Riau", ["riau", "pekanbaru", "dumai", "kampar", "bengkalis", "siak", "indragiri", "rokan hulu", "rokan hilir", "pelalawan", "kuansing", "kepulauan meranti"]),
  province("JA", "Jambi", ["jambi", "muaro jambi", "kerinci", "sungai penuh", "muara bungo", "bungo", "tebo", "merangin", "sarolangun"]),
  province("SS", "Sumatera Selatan", ["sumatera selatan", "sumatra selatan", "sumsel", "palembang", "prabumulih", "lubuklinggau", "lubuk linggau", "pagar alam", "ogan komering", "ogan ilir", "muara enim", "lahat", "musi banyuasin", "banyuasin", "musi rawas"]),
  province("BE", "Bengkulu", ["bengkulu", "rejang lebong", "curup", "seluma", "mukomuko", "kaur"]),
  province("LA", "Lampung", ["lampung", "bandar lampung", "balam", "metro", "kota metro", "lampung timur", "lampung tengah", "lampung selatan", "lampung utara", "lampung barat", "lamtim", "lamteng", "lamsel", "lampura", "pringsewu", "tanggamus", "pesawaran", "tulang bawang", "way kanan", "mesuji", "pesisir barat", "kalianda", "gunung sugih", "kotabumi", "sukadana", "liwa", "menggala", "gedong tataan", "tanjung karang", "teluk betung", "natar"]),
  province("BB", "Kepulauan Bangka Belitung", ["bangka belitung", "kepulauan bangka belitung", "babel", "bangka", "belitung", "pangkal pinang", "pangkalpinang"]),
  province("KR", "Kepulauan Riau", ["kepulauan riau", "kepri", "batam", "tanjung pinang", "tanjungpinang", "bintan", "karimun", "natuna", "lingga", "anambas"]),
  province("JK", "DKI Jakarta", ["jakarta", "dki", "dki jakarta", "jkt", "daerah khusus ibukota jakarta", "jakarta pusat", "jakarta utara", "jakarta barat", "jakarta selatan", "jakarta timur", "jakpus", "jakut", "jakbar", "jaksel", "jaktim", "kepulauan seribu", "pulau seribu", "tanjung priok", "cakung", "cilincing", "kalideres", "kebayoran", "pasar minggu", "cilandak", "tebet", "jatinegara", "duren sawit", "kramat jati", "pulo gadung", "pulogadung", "matraman", "ciracas", "pasar rebo", "grogol", "tambora", "menteng", "tanah abang", "kemayoran", "penjaringan", "kelapa gading"]),
  province("JB", "Jawa Barat", ["jawa barat", "jabar", "west java", "bandung", "bandung barat", "bogor", "depok", "bekasi", "cimahi", "sukabumi", "cianjur", "garut", "tasikmalaya", "tasik", "ciamis", "kota banjar", "pangandaran", "kuningan", "cirebon", "majalengka", "sumedang", "indramayu", "subang", "purwakarta", "karawang", "krw", "cikampek", "soreang"]),
  province("JT", "Jawa Tengah", ["jawa tengah", "jateng", "central java", "semarang", "solo", "surakarta", "cilacap", "banyumas", "purwokerto", "purbalingga", "banjarnegara", "kebumen", "purworejo", "wonosobo", "magelang", "boyolali", "klaten", "sukoharjo", "wonogiri", "karanganyar", "sragen", "grobogan", "purwodadi", "blora", "rembang", "pati", "kudus", "jepara", "demak", "temanggung", "kendal", "batang", "kota pekalongan", "pekalongan kota", "pemalang", "tegal", "brebes", "slawi", "salatiga", "ungaran"]),
  province("YO", "Daerah Istimewa Yogyakarta", ["yogyakarta", "jogja", "jogjakarta", "yogya", "jogya", "diy", "daerah istimewa yogyakarta", "sleman", "bantul", "kulon progo", "kulonprogo", "gunungkidul", "gunung kidul", "wonosari"]),
  province("JI", "Jawa Timur", ["jawa timur", "jatim", "east java", "surabaya", "sby", "malang", "kota batu", "blitar", "kediri", "tulungagung", "trenggalek", "ponorogo", "pacitan", "madiun", "magetan", "ngawi", "bojonegoro", "tuban", "lamongan", "gresik", "sidoarjo", "mojokerto", "jombang", "nganjuk", "pasuruan", "probolinggo", "lumajang", "jember", "bondowoso", "situbondo", "banyuwangi", "madura", "bangkalan", "sampang", "pamekasan", "sumenep"]),
  province("BT", "Banten", ["banten", "tangerang", "tangerang selatan", "tangsel", "serang", "cilegon", "pandeglang", "lebak", "rangkasbitung"]),
  province("BA", "Bali", ["bali", "denpasar", "badung", "gianyar", "tabanan", "buleleng", "singaraja", "karangasem", "klungkung", "bangli", "jembrana"]),
  province("NB", "Nusa Tenggara Barat", ["nusa tenggara barat", "ntb", "lombok", "lombok timur", "lotim", "lombok tengah", "loteng", "lombok barat", "lobar", "lombok utara", "mataram", "sumbawa", "sumbawa barat", "dompu", "bima", "selong", "praya"]),
  province("NT", "Nusa Tenggara Timur", ["nusa tenggara timur", "ntt", "kupang", "flores", "flores timur", "sumba", "sumba barat", "sumba timur", "waingapu", "ende", "maumere", "sikka", "larantuka", "manggarai", "ruteng", "labuan bajo", "ngada", "bajawa", "nagekeo", "alor", "lembata", "rote", "sabu", "timor tengah selatan", "timor tengah utara", "tts", "ttu", "belu", "atambua", "kabupaten malaka", "kefamenanu", "soe"]),
  province("KB", "Kalimantan Barat", ["kalimantan barat", "kalbar", "pontianak", "singkawang", "sambas", "ketapang", "sintang", "sanggau", "kapuas hulu", "mempawah", "landak"]),
  province("KT", "Kalimantan Tengah", ["kalimantan tengah", "kalteng", "palangka raya", "palangkaraya", "sampit", "kotawaringin", "kapuas", "pangkalan bun"]),
  province("KS", "Kalimantan Selatan", ["kalimantan selatan", "kalsel", "banjarmasin", "banjarbaru", "martapura", "kotabaru", "tanah laut", "tabalong", "barito kuala", "hulu sungai", "kabupaten banjar", "kab banjar"]),
  province("KI", "Kalimantan Timur", ["kalimantan timur", "kaltim", "samarinda", "balikpapan", "bontang", "kutai", "kukar", "berau", "paser", "penajam"]),
  province("KU", "Kalimantan Utara", ["kalimantan utara", "kaltara", "tarakan", "nunukan", "bulungan", "malinau", "tanjung selor"]),
  province("SA", "Sulawesi Utara", ["sulawesi utara", "sulut", "manado", "bitung", "tomohon", "minahasa", "kotamobagu", "sangihe", "talaud", "bolaang mongondow"]),
  province("ST", "Sulawesi Tengah", ["sulawesi tengah", "sulteng", "palu", "poso", "donggala", "banggai", "luwuk", "tolitoli", "toli toli", "morowali", "parigi"]),
  province("SN", "Sulawesi Selatan", ["sulawesi selatan", "sulsel", "makassar", "makasar", "bone", "gowa", "maros", "pinrang", "parepare", "pare pare", "sidrap", "wajo", "soppeng", "bulukumba", "jeneponto", "takalar", "palopo", "luwu", "toraja", "tana toraja", "sinjai", "bantaeng", "selayar", "enrekang", "pangkep", "barru"]),
  province("SG", "Sulawesi Tenggara", ["sulawesi tenggara", "sultra", "kendari", "baubau", "bau bau", "kolaka", "konawe", "muna", "buton", "wakatobi"]),
  province("GO", "Gorontalo", ["gorontalo", "boalemo", "pohuwato", "bone bolango"]),
  province("SR", "Sulawesi Barat", ["sulawesi barat", "sulbar", "mamuju", "majene", "polewali", "polman", "mamasa"]),
  province("MA", "Maluku", ["maluku", "ambon", "seram", "tual", "buru", "maluku tengah", "saumlaki"]),
  province("MU", "Maluku Utara", ["maluku utara", "malut", "ternate", "tidore", "halmahera", "sofifi"]),
  province("PA", "Papua", ["papua", "jayapura", "sentani", "biak", "keerom", "sarmi"]),
  province("PB", "Papua Barat", ["papua barat", "pabar", "manokwari", "fakfak", "kaimana", "teluk bintuni"]),
  province("PT", "Papua Tengah", ["papua tengah", "nabire", "mimika", "timika", "paniai"]),
  province("PS", "Papua Selatan", ["papua selatan", "merauke", "boven digoel", "mappi", "asmat"]),
  province("PE", "Papua Pegunungan", ["papua pegunungan", "jayawijaya", "wamena", "lanny jaya", "yahukimo"]),
  province("PD", "Papua Barat Daya", ["papua barat daya", "sorong", "raja ampat"]),
  {
    id: "KAB-PEKALONGAN",
    name: "Kabupaten Pekalongan",
    provinceId: "ID-JT",
    aliases: [
      "pekalongan", "kab pekalongan", "kabupaten pekalongan", "pekalongan kabupaten",
      ...PEKALONGAN_KECAMATAN, ...kecamatan(PEKALONGAN_KECAMATAN_AMBIGUOUS),
    ],
  },
  {
    id: "KAB-ASAHAN",
    name: "Kabupaten Asahan",
    provinceId: "ID-SU",
    aliases: ["asahan", "kab asahan", "kabupaten asahan", "kisaran", ...ASAHAN_PLACES, ...kecamatan(ASAHAN_AMBIGUOUS)],
  },
];

/** Aliases that are also everyday words or common names: they need a cue word. */
const WEAK = new Set([
  "malang", "medan", "padang", "palu", "kisaran", "batang", "pati", "metro", "serang", "bima", "ende",
  "loteng", "bone", "buru", "muna", "solo", "toba", "lebak", "landak", "agam", "kaur", "sabu", "rote",
  "belu", "soe", "tual", "liwa", "natar", "sabang", "kuningan", "kapuas", "paser", "siak", "tebo",
  "lingga", "seram", "sampang", "praya", "selong", "biak", "luwu", "wajo", "gowa", "maros", "parigi",
  "bungo", "lahat", "kutai", "berau", "sby", "tts", "ttu", "diy", "nad", "krw", "babel", "sorong",
]);

/** Words that announce a place of origin or residence. */
const CUES = new Set([
  "dari", "dr", "dri", "asal", "asalnya", "asli", "di", "ke", "kota", "kab", "kabupaten", "kec", "kecamatan",
  "desa", "kampung", "wong", "orang", "org", "warga", "daerah", "wilayah", "tinggal", "domisili",
  "provinsi", "prov", "propinsi", "alamat", "kelahiran", "lahir",
]);

/** Cues that say "this is where the person comes from", as opposed to "di"/"ke" (where they are). */
const ORIGIN_CUES = new Set(["dari", "dr", "dri", "asal", "asalnya", "asli", "wong", "orang", "org", "warga", "domisili", "alamat"]);

const INDEX = new AliasIndex(
  REGIONS.flatMap((region) => region.aliases.map((alias) => ({ value: region, alias, weak: WEAK.has(alias) }))),
  CUES,
);

/**
 * The most specific region mentioned in free text, or null. Preference: a regency over a
 * province; then a name introduced as an origin ("dari", "asal"...); then the longer alias;
 * then the earliest mention.
 */
export function matchRegion(text: string): { region: RegionDef; matched: string } | null {
  const tokens = baseTokens(text);
  const hits = INDEX.find(tokens);
  if (hits.length === 0) return null;
  const originCue = (start: number) => start > 0 && ORIGIN_CUES.has(tokens[start - 1]!);
  const score = (h: (typeof hits)[number]) => [
    h.value.provinceId !== null ? 1 : 0,
    originCue(h.start) ? 1 : 0,
    h.end - h.start,
    h.alias.length,
    -h.start,
  ];
  let best = hits[0]!;
  for (const h of hits.slice(1)) {
    const a = score(h);
    const b = score(best);
    const i = a.findIndex((v, k) => v !== b[k]);
    if (i >= 0 && a[i]! > b[i]!) best = h;
  }
  return { region: best.value, matched: tokens.slice(best.start, best.end).join(" ") };
}
