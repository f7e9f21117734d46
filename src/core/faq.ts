/**
 * Answers to common questions (information requests are not complaints). General guidance
 * only — verified facts from the agreements' information duties; no promises, no invented links.
 */
import type { InfoKind } from "./case-kinds.js";
import type { Hotlines } from "./texts.js";

export function faqAnswer(kind: InfoKind, h: Hotlines): string {
  switch (kind) {
    case "INFO_LOWONGAN":
      return (
        "Informasi peluang kerja di luar negeri yang resmi disampaikan oleh KP2MI/BP3MI bersama Dinas Tenaga Kerja di daerah Bapak/Ibu.\n" +
        "Hati-hati dengan tawaran kerja yang meminta biaya besar di muka, menjanjikan berangkat cepat tanpa pelatihan, atau " +
        "memakai visa kunjungan/wisata untuk bekerja."
      );
    case "INFO_P3MI":
      return (
        "Perusahaan penempatan pekerja migran (P3MI) wajib memiliki izin resmi dari Kementerian P2MI.\n" +
        `Untuk memastikan sebuah PT resmi, tanyakan ke BP3MI atau Dinas Tenaga Kerja terdekat, atau pusat panggilan KP2MI ` +
        `${h.hotline} (dari nomor Indonesia). ` +
        "Jika Bapak/Ibu menulis nama PT-nya kepada petugas (ketik 4), petugas dapat membantu memeriksanya."
      );
    case "INFO_PROSEDUR":
      return (
        "Tahapan resmi bekerja ke luar negeri secara umum: mendaftar di Dinas Tenaga Kerja kabupaten/kota, " +
        "seleksi oleh perusahaan penempatan resmi, pelatihan dan uji kompetensi, " +
        "pemeriksaan kesehatan dan psikologi di sarana kesehatan berizin, penandatanganan perjanjian penempatan, " +
        "Orientasi Pra Pemberangkatan (OPP), dan kartu identitas PMI elektronik (E-PMI). " +
        "Semua tahapan ini dicatat dan diverifikasi oleh BP3MI."
      );
    case "INFO_PELATIHAN":
      return (
        "Pelatihan kerja dan bahasa bagi calon pekerja migran diselenggarakan oleh lembaga pelatihan kerja yang terdaftar, " +
        "bersama BP3MI dan Dinas Tenaga Kerja. " +
        "Tanyakan jadwal pelatihan di daerah Bapak/Ibu kepada petugas (ketik 4)."
      );
    case "INFO_PEMBERDAYAAN":
      return (
        "Purna PMI dan keluarganya dapat mengikuti pelatihan kewirausahaan dari BP3MI dan Dinas Tenaga Kerja, dan dapat " +
        "mengajukan Kredit Usaha Rakyat (KUR) PMI melalui bank penyalur KUR. " +
        "Petugas dapat menjelaskan syaratnya (ketik 4)."
      );
    case "INFO_KLINIK":
      return (
        "Pemeriksaan kesehatan calon pekerja migran harus dilakukan di sarana kesehatan yang memiliki izin untuk itu. " +
        "Daftar sarana kesehatan berizin di daerah Bapak/Ibu dapat ditanyakan ke BP3MI atau Dinas Kesehatan setempat (ketik 4 " +
        "untuk bertanya ke petugas)."
      );
    case "INFO_LAINNYA":
      return (
        `Pertanyaan Bapak/Ibu dapat kami teruskan ke petugas (ketik 4), atau hubungi pusat panggilan KP2MI ${h.hotline} ` +
        `(dari nomor Indonesia; dari luar negeri ${h.hotlineAbroad}).`
      );
  }
}
