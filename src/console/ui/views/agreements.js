import { api } from "../api.js";
import { clear, h } from "../dom.js";
import { stackTable } from "../table.js";

export async function renderAgreements(main) {
  const { agreements } = await api.get("/api/agreements");
  clear(
    main,
    h("h1", {}, "Nota Kesepakatan"),
    h("p", {}, "Kasus dari daerah yang kesepakatannya sudah berakhir tetap diterima dan ditangani."),
    stackTable(
      { "data-testid": "agreements" },
      ["Daerah", "Judul", "Nomor", "Ditandatangani", "Jangka waktu", "Berakhir", "Keadaan", "Para pihak"],
      agreements.map((a) => ({
        cells: [
          a.region,
          a.title,
          a.numbers.join("; "),
          a.signedOn,
          `${a.termYears} tahun`,
          a.endsOn,
          { attrs: { class: a.inForce ? "ok" : "late" }, content: a.inForce ? "Berlaku" : "Sudah berakhir" },
          a.parties.map((p) => p.name).join("; "),
        ],
      })),
    ),
  );
}
