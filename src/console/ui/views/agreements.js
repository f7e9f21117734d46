import { api } from "../api.js";
import { clear, h } from "../dom.js";

export async function renderAgreements(main) {
  const { agreements } = await api.get("/api/agreements");
  clear(
    main,
    h("h1", {}, "Nota Kesepakatan"),
    h("p", {}, "Kasus dari daerah yang kesepakatannya sudah berakhir tetap diterima dan ditangani."),
    h(
      "table",
      {},
      h("thead", {}, h("tr", {}, ["Daerah", "Judul", "Nomor", "Ditandatangani", "Jangka waktu", "Berakhir", "Keadaan", "Para pihak"].map((t) => h("th", {}, t)))),
      h(
        "tbody",
        {},
        agreements.map((a) =>
          h(
            "tr",
            {},
            h("td", {}, a.region),
            h("td", {}, a.title),
            h("td", {}, a.numbers.join("; ")),
            h("td", {}, a.signedOn),
            h("td", {}, `${a.termYears} tahun`),
            h("td", {}, a.endsOn),
            h("td", { class: a.inForce ? "ok" : "late" }, a.inForce ? "Berlaku" : "Sudah berakhir"),
            h("td", {}, a.parties.map((p) => p.name).join("; ")),
          ),
        ),
      ),
    ),
  );
}
