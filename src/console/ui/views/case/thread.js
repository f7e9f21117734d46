import { formatDate, h } from "../../dom.js";
import { MESSAGE_STATE_LABELS } from "../labels.js";
import { attachmentView } from "./attachments.js";

/** The conversation with the reporter, oldest first. */
export function threadPanel({ messages }) {
  return h(
    "section.card.thread",
    {},
    h("h2", {}, "Percakapan"),
    h(
      "ol.messages",
      { "data-testid": "thread" },
      messages.map((m) =>
        h(
          "li",
          { class: `msg ${m.direction === "IN" ? "in" : "out"}${m.state === "FAILED" ? " failed" : ""}` },
          h("div.meta", {}, m.direction === "IN" ? "Pelapor" : m.officerName ? `Petugas: ${m.officerName}` : "Layanan otomatis", " · ", formatDate(m.createdAt), m.direction === "OUT" ? ` · ${MESSAGE_STATE_LABELS[m.state] ?? m.state}` : ""),
          m.text ? h("p.text", {}, m.text) : m.kind !== "text" ? h("p.text.muted", {}, `(${m.kind})`) : null,
          m.error ? h("p.error", {}, `Gagal: ${m.error}`) : null,
          m.attachments.map(attachmentView),
        ),
      ),
    ),
  );
}
