/** Issue 9 part 3: readings the corpus showed missing, each pinned by one message. */
import { describe, expect, it } from "vitest";
import { triage } from "../../src/core/triage.js";

describe("triage reads messages as people write them", () => {
  it("tolerates a typo in a long emergency word and shows the reading to officers", () => {
    const result = triage("sy dipukull majikan tadi malam");
    expect(result).toMatchObject({ urgency: "EMERGENCY", emergency: "KEKERASAN" });
    expect(result.signals).toContain("dipukull≈dipukul");
    // Everyday words one letter away from an emergency word are left alone.
    expect(triage("film tentang kisah nyata di hongkong").urgency).not.toBe("EMERGENCY");
    expect(triage("saya di kuala lumpur mau tanya lowongan").urgency).not.toBe("EMERGENCY");
  });

  it("reads a death told through burial or euphemism", () => {
    expect(triage("suami saya sudah dikubur di sana, agen minta uang kuburan").emergency).toBe("MENINGGAL");
    expect(triage("anak sy sudah gak ada pak, jatuh dari lantai 5").emergency).toBe("MENINGGAL");
    expect(triage("adik ipar saya dipanggil Allah kemarin di hongkong").emergency).toBe("MENINGGAL");
  });

  it("reads a death reported with its manner as a death, and a wish to die as suicidal", () => {
    expect(triage("anak saya di taiwan meninggal gantung diri katanya").kind).toBe("MENINGGAL");
    expect(triage("saya mau gantung diri saja, suami saya sudah meninggal").kind).toBe("BUNUH_DIRI");
  });

  it("reads harassment told without a sexual word", () => {
    expect(triage("anak laki2 majikan sering masuk kamar saya malam-malam").emergency).toBe("KEKERASAN_SEKSUAL");
    expect(triage("bapak majikan suka pegang-pegang badan saya").emergency).toBe("KEKERASAN_SEKSUAL");
    expect(triage("sy dicium paksa sm sopir majikan").emergency).toBe("KEKERASAN_SEKSUAL");
  });

  it("reads confinement told as years without being allowed home", () => {
    expect(triage("sy sudah 6 tahun kerja di saudi tidak boleh pulang sama majikan").emergency).toBe("TPPO");
    // Wanting to go home is not confinement.
    expect(triage("saya mau pulang, kontrak sudah habis").urgency).not.toBe("EMERGENCY");
  });

  it("keeps forced repatriation apart from wanting to go home", () => {
    expect(triage("majikan mau pulangkan saya paksa padahal kontrak masih 1 tahun").kind).toBe("PHK_KONTRAK");
    expect(triage("saya ingin dipulangkan, kerja disini berat").kind).toBe("PEMULANGAN");
  });

  it("does not treat the illness or death of the elderly person cared for as the worker's emergency", () => {
    const result = triage("nenek yang saya jaga meninggal kemarin, agency bilang saya harus pulang minggu depan");
    expect(result.urgency).not.toBe("EMERGENCY");
    expect(result.intent).toBe("complaint");
    expect(triage("ibu saya meninggal di taiwan kemarin").emergency).toBe("MENINGGAL");
  });

  it("raises a worker on the street with nothing after running away", () => {
    expect(triage("sy kabur dr majikan 3 hari lalu, skrg tidur di jalan, gk punya uang")).toMatchObject({
      kind: "TERLANTAR",
      urgency: "EMERGENCY",
    });
  });

  it("reads war, disaster and epidemic where the worker is as an evacuation", () => {
    expect(triage("kakak saya di yaman, kotanya diserang, bagaimana evakuasinya").kind).toBe("EVAKUASI");
    expect(triage("di sini lockdown karena wabah, penerbangan ditutup, kami tidak bisa pulang").kind).toBe("EVAKUASI");
    expect(triage("ada gempa besar, asrama pabrik rusak, kami mau pulang").kind).toBe("EVAKUASI");
  });

  it("reads wages told as figures and Malay, Javanese and Sundanese words", () => {
    expect(triage("dikasih 550 ringgit padahal kontrak 1.500").kind).toBe("GAJI");
    expect(triage("majikan saya suka belasah saya").emergency).toBe("KEKERASAN");
    expect(triage("suami saya kena cekup polis").emergency).toBe("DITAHAN");
    expect(triage("abdi sok digebukan ku dunungan").emergency).toBe("KEKERASAN");
    expect(triage("kulo kepengin mantuk").kind).toBe("PEMULANGAN");
  });
});
