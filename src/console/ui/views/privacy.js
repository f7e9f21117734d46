import { api } from "../api.js";
import { clear, formatDate, h, toast } from "../dom.js";

const PROBLEM_LABELS = {
  edited: "Isi diubah",
  deleted: "Dihapus",
  "broken-link": "Rantai terputus",
  unsealed: "Tidak tersegel",
};

const REQUEST_STATUS = { PENDING: "Menunggu keputusan", APPROVED: "Disetujui (data dianonimkan)", REFUSED: "Ditolak" };

/**
 * Personal data under UU PDP: reporters' deletion requests (supervisors, administrators) and the
 * audit trail's integrity check (administrators).
 */
export async function renderPrivacy(main, session) {
  const sections = [h("h1", {}, "Data Pribadi")];
  if (["SUPERVISOR", "ADMIN"].includes(session.me.role)) sections.push(await deletionSection(main, session));
  if (session.me.role === "ADMIN") sections.push(auditSection());
  clear(main, ...sections);
}

async function deletionSection(main, session) {
  const { requests } = await api.get("/api/privacy/deletion-requests");
  const decide = (r, approve) => async (event) => {
    const reason = approve ? undefined : window.prompt("Alasan penolakan (akan dibaca pelapor):");
    if (!approve && reason === null) return;
    if (approve && !window.confirm("Setujui? Nama, nomor, isi pesan, dan lampiran pelapor akan dihapus dan tidak dapat dikembalikan."))
      return;
    event.target.disabled = true;
    try {
      await api.post(`/api/privacy/deletion-requests/${r.id}/decision`, { approve, ...(reason ? { reason } : {}) });
      toast(approve ? "Data pelapor sudah dianonimkan dan pelapor diberi tahu." : "Penolakan dikirim kepada pelapor.", "ok");
      await renderPrivacy(main, session);
    } catch (error) {
      toast(error.message, "error");
      event.target.disabled = false;
    }
  };
  return h(
    "section.card",
    {},
    h("h2", {}, "Permintaan penghapusan data"),
    h("p", {}, "Pelapor meminta datanya dihapus dengan mengetik HAPUS DATA. Putuskan paling lambat 3 x 24 jam sejak permintaan diterima."),
    requests.length === 0
      ? h("p", {}, "Belum ada permintaan.")
      : h(
          "table",
          { "data-testid": "deletion-requests" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["Diterima", "Batas keputusan", "Pengaduan pelapor", "Status", ""].map((t) => h("th", {}, t)),
            ),
          ),
          h(
            "tbody",
            {},
            requests.map((r) =>
              h(
                "tr",
                {},
                h("td", {}, formatDate(r.requestedAt)),
                h("td", { class: r.overdue ? "late" : "" }, formatDate(r.dueAt), r.overdue ? " (terlambat)" : ""),
                h(
                  "td",
                  {},
                  r.cases.length === 0
                    ? "–"
                    : r.cases.map((c) => h("div", {}, h("a", { href: `#/kasus/${c.id}` }, c.ticket), ` · ${c.statusLabel}`)),
                ),
                h("td", {}, REQUEST_STATUS[r.status] ?? r.status, r.reason ? h("small", {}, ` – ${r.reason}`) : null),
                h(
                  "td",
                  {},
                  r.status === "PENDING"
                    ? [
                        h("button", { type: "button", onclick: decide(r, true) }, "Setujui"),
                        " ",
                        h("button", { type: "button", class: "secondary", onclick: decide(r, false) }, "Tolak"),
                      ]
                    : formatDate(r.decidedAt),
                ),
              ),
            ),
          ),
        ),
  );
}

function auditSection() {
  const result = h("div", { "data-testid": "audit-result" });
  const check = async (event) => {
    event.target.disabled = true;
    try {
      const r = await api.get("/api/audit/verify");
      clear(
        result,
        h(
          r.ok ? "p.ok" : "p.late",
          { role: "status" },
          r.ok
            ? `Utuh: ${r.checked} catatan diperiksa, tidak ada yang diubah.`
            : `Ditemukan ${r.problems.length} catatan yang tidak utuh dari ${r.checked} catatan.`,
        ),
        r.head ? h("p", {}, h("small", {}, `Ujung rantai: nomor ${r.head.seq}, hash ${r.head.hash}`)) : null,
        r.problems.length === 0
          ? null
          : h(
              "table",
              {},
              h(
                "thead",
                {},
                h(
                  "tr",
                  {},
                  ["Masalah", "Nomor", "Catatan", "Jenis", "Waktu", "Kasus"].map((t) => h("th", {}, t)),
                ),
              ),
              h(
                "tbody",
                {},
                r.problems.map((p) =>
                  h(
                    "tr",
                    {},
                    h("td", {}, PROBLEM_LABELS[p.kind] ?? p.kind),
                    h("td.num", {}, p.seq ?? "–"),
                    h("td", {}, p.eventId),
                    h("td", {}, p.type ?? "–"),
                    h("td", {}, formatDate(p.createdAt)),
                    h("td", {}, p.caseId ? h("a", { href: `#/kasus/${p.caseId}` }, "Buka") : "–"),
                  ),
                ),
              ),
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
    h(
      "p",
      {},
      "Jejak audit tidak dapat diubah atau dihapus. Setiap catatan terkunci dengan rantai hash: pemeriksaan ini menunjukkan " +
        "catatan yang diubah di luar aplikasi.",
    ),
    h("button", { type: "button", onclick: check }, "Periksa keutuhan jejak audit"),
    result,
  );
}
