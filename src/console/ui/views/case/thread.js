import { formatDate, h } from "../../dom.js";
import { MESSAGE_STATE_LABELS } from "../labels.js";
import { attachmentView } from "./attachments.js";
import { replyComposer } from "./composer.js";

/** The conversation with the reporter, oldest first, and the reply composer under the newest message. */
export function threadPanel(ctx) {
  const { messages } = ctx;
  return h(
    "section.card.thread",
    {},
    h("h2", {}, "Percakapan"),
    h(
      "ol.messages",
      { "data-testid": "thread", tabindex: 0, "aria-label": "Percakapan, pesan terbaru di bawah" },
      messages.map((m) =>
        h(
          "li",
          { class: `msg ${m.direction === "IN" ? "in" : "out"}${m.state === "FAILED" ? " failed" : ""}` },
          h(
            "div.meta",
            {},
            m.direction === "IN" ? "Pelapor" : m.officerName ? `Petugas: ${m.officerName}` : "Layanan otomatis",
            " · ",
            formatDate(m.createdAt),
            m.direction === "OUT" ? ` · ${MESSAGE_STATE_LABELS[m.state] ?? m.state}` : "",
          ),
          m.text ? h("p.text", {}, m.text) : m.kind !== "text" ? h("p.text.muted", {}, `(${m.kindLabel ?? "lampiran"})`) : null,
          m.error ? h("p.error", {}, `Gagal: ${m.error}`) : null,
          m.attachments.map(attachmentView),
        ),
      ),
    ),
    replyComposer(ctx),
  );
}

/** Where the officer was in the thread before a redraw: at the newest message, or reading older ones. */
export function threadPosition(root) {
  const list = root.querySelector("[data-testid=thread]");
  if (!list) return { atEnd: true, top: 0 };
  return { atEnd: list.scrollTop + list.clientHeight >= list.scrollHeight - 24, top: list.scrollTop };
}

/**
 * Opens the thread at the newest message, or where the officer was reading. While it is at the
 * end, photos and players that load later keep it there.
 */
export function placeThread(root, { atEnd, top }) {
  const list = root.querySelector("[data-testid=thread]");
  if (!list) return;
  let stuck = atEnd;
  const toEnd = () => (list.scrollTop = list.scrollHeight);
  if (stuck) toEnd();
  else list.scrollTop = top;
  list.addEventListener("scroll", () => (stuck = list.scrollTop + list.clientHeight >= list.scrollHeight - 24), { passive: true });
  // load and loadedmetadata do not bubble: listen while they go down. A PDF preview says when
  // it has drawn a page (document-preview.js).
  for (const type of ["load", "loadedmetadata", "previewdrawn"]) list.addEventListener(type, () => stuck && toEnd(), true);
}
