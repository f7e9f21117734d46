import { api } from "../api.js";
import { clear, formatDate, h, toast } from "../dom.js";

const PROBLEM_LABELS = {
  edited: "Isi diubah",
  deleted: "Dihapus",
  "broken-link": "Rantai terputus",
  unsealed: "Tidak tersegel",
};

/** Personal data under UU PDP: the audit trail's integrity check (administrators). */
export async function renderPrivacy(main, session) {
  const sections = [h("h1", {}, "Data Pribadi")];
  if (session.me.role === "ADMIN") sections.push(auditSection());
  clear(main, ...sections);
}

function auditSection() {
  const result = h("div", { "data-testid": "audit-result" });
  const check = async (event) => {
    event.target.disabled = true;
    try {
      const r = await api.get("/api/audit/verify");
      clear(
        result,
        h(r.ok ? "p.ok" : "p.late", { role: "status" }, r.ok ? `Utuh: ${r.checked} catatan diperiksa, tidak ada yang diubah.` : `Ditemukan ${r.problems.length} catatan yang tidak utuh dari ${r.checked} catatan.`),
        r.head ? h("p", {}, h("small", {}, `Ujung rantai: nomor ${r.head.seq}, hash ${r.head.hash}`)) : null,
        r.problems.length === 0
          ? null
          : h(
              "table",
              {},
              h("thead", {}, h("tr", {}, ["Masalah", "Nomor", "Catatan", "Jenis", "Waktu", "Kasus"].map((t) => h("th", {}, t)))),
              h("tbody", {}, r.problems.map((p) => h("tr", {}, h("td", {}, PROBLEM_LABELS[p.kind] ?? p.kind), h("td.num", {}, p.seq ?? "–"), h("td", {}, p.eventId), h("td", {}, p.type ?? "–"), h("td", {}, formatDate(p.createdAt)), h("td", {}, p.caseId ? h("a", { href: `#/kasus/${p.caseId}` }, "Buka") : "–")))),
            ),
      );
    } catch (error) {
      toast(error.message, "error");
    } finally {
      event.target.disabled = false;
    }
  };
  return h(
    "section.card",
    {},
    h("h2", {}, "Jejak audit"),
    h("p", {}, "Jejak audit tidak dapat diubah atau dihapus. Setiap catatan terkunci dengan rantai hash: pemeriksaan ini menunjukkan catatan yang diubah di luar aplikasi."),
    h("button", { type: "button", onclick: check }, "Periksa keutuhan jejak audit"),
    result,
  );
}
