import { api } from "../api.js";
import { clear, formatDate, formatDuration, h, toast } from "../dom.js";
import { CHANNEL_LABELS } from "./labels.js";

const STATE_LABELS = {
  open: "Tersambung",
  connecting: "Menyambung",
  close: "Terputus",
  closed: "Terputus",
  logged_out: "Keluar (perlu dipindai ulang)",
  qr: "Menunggu pemindaian QR",
};

export async function renderOperations(main) {
  const [failed, queued, parked, channels] = await Promise.all(
    ["failed-messages", "queued-messages", "parked-updates", "channels"].map((name) => api.get(`/api/operations/${name}`)),
  );
  clear(
    main,
    h("h1", {}, "Operasional"),
    h(
      "section.card",
      {},
      h("h2", {}, "Status kanal"),
      channels.channels.length === 0
        ? h("p", {}, "Belum ada kanal yang melaporkan statusnya.")
        : h(
            "table",
            {},
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                ["Kanal", "Akun", "Keadaan", "Keterangan", "Diperbarui"].map((t) => h("th", {}, t)),
              ),
            ),
            h(
              "tbody",
              {},
              channels.channels.map((c) =>
                h(
                  "tr",
                  {},
                  h("td", {}, CHANNEL_LABELS[c.channel] ?? c.channel),
                  h("td", {}, c.id),
                  h("td", { class: c.state === "open" ? "ok" : "late" }, STATE_LABELS[c.state] ?? c.state),
                  h("td", {}, c.detail ?? "–"),
                  h("td", {}, formatDate(c.updatedAt)),
                ),
              ),
            ),
          ),
    ),
    outboundSection(
      "Pesan keluar yang tertahan di antrean",
      "Pesan yang belum terkirim lebih dari satu menit. Pesan berikutnya ke percakapan yang sama menunggu di belakangnya; sistem " +
        "mencoba mengirimnya kembali secara otomatis.",
      "Tidak ada pesan yang tertahan.",
      "queued-messages",
      queued.messages,
      {
        head: ["Masuk antrean", "Lama menunggu"],
        cells: (m) => [h("td", {}, formatDate(m.createdAt)), h("td.late", {}, formatDuration(m.ageSeconds * 1000))],
      },
      { head: [], cells: () => [] },
    ),
    parked.updates.length === 0
      ? null
      : h(
          "section.card",
          {},
          h("h2", {}, "Pesan Telegram yang tertahan"),
          h(
            "p",
            {},
            "Pesan masuk dari Telegram yang berulang kali gagal disimpan. Pesan ini tidak hilang: disimpan terpisah dan dicoba " +
              "lagi setiap kali layanan bot dimulai ulang. Hubungi tim teknis bila daftar ini tidak berkurang.",
          ),
          h(
            "table",
            { "data-testid": "parked-updates" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                ["Tertahan sejak", "Nomor pembaruan", "Kesalahan"].map((t) => h("th", {}, t)),
              ),
            ),
            h(
              "tbody",
              {},
              parked.updates.map((u) => h("tr", {}, h("td", {}, formatDate(u.parkedAt)), h("td", {}, u.updateId), h("td", {}, u.error))),
            ),
          ),
        ),
    outboundSection(
      "Pesan keluar yang gagal",
      null,
      "Tidak ada pesan yang gagal.",
      "failed-messages",
      failed.messages,
      { head: ["Waktu"], cells: (m) => [h("td", {}, formatDate(m.createdAt))] },
      {
        head: [""],
        cells: (m) => [
          h(
            "td",
            {},
            h(
              "button",
              {
                type: "button",
                onclick: async (e) => {
                  e.target.disabled = true;
                  try {
                    await api.post(`/api/operations/failed-messages/${m.id}/retry`);
                    toast("Pesan dimasukkan kembali ke antrean.", "ok");
                    await renderOperations(main);
                  } catch (error) {
                    toast(error.message, "error");
                    e.target.disabled = false;
                  }
                },
              },
              "Kirim ulang",
            ),
          ),
        ],
      },
    ),
  );
}

/** A card listing outbound messages: columns of its own before and after the common ones (ticket, channel, text, error, tries). */
function outboundSection(title, intro, empty, testId, messages, before, after) {
  return h(
    "section.card",
    {},
    h("h2", {}, title),
    intro ? h("p", {}, intro) : null,
    messages.length === 0
      ? h("p", {}, empty)
      : h(
          "table",
          { "data-testid": testId },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              [...before.head, "Tiket", "Kanal", "Pesan", "Kesalahan", "Percobaan", ...after.head].map((t) => h("th", {}, t)),
            ),
          ),
          h(
            "tbody",
            {},
            messages.map((m) =>
              h(
                "tr",
                {},
                before.cells(m),
                h("td", {}, m.caseId ? h("a", { href: `#/kasus/${m.caseId}` }, m.ticket) : "–"),
                h("td", {}, CHANNEL_LABELS[m.channel] ?? m.channel),
                h("td.clip", {}, m.text ?? ""),
                h("td", {}, m.error ?? "–", m.reporterUnreachable ? h("small", {}, " (pelapor tidak dapat dihubungi)") : null),
                h("td.num", {}, String(m.attempts)),
                after.cells(m),
              ),
            ),
          ),
        ),
  );
}
