import { h } from "../../dom.js";
import { documentPreview } from "./document-preview.js";

/**
 * A reporter's file in the thread: voice notes and videos play, photos show, PDFs are drawn
 * page by page; other documents (Word, Excel, …) are named and only downloaded.
 */
export function attachmentView(a) {
  const download = h(
    "a.attachment",
    { href: a.url, download: a.fileName ?? "lampiran" },
    `Unduh ${a.fileName ?? "lampiran"} (${Math.ceil(a.size / 1024)} KB)`,
  );
  const transcript = a.transcript ? h("p.transcript", {}, h("strong", {}, "Transkrip otomatis: "), a.transcript) : null;
  switch (a.media) {
    case "image":
      return h(
        "a.attachment",
        { href: a.url, target: "_blank", rel: "noopener" },
        h("img", { src: a.url, alt: a.fileName ?? "Foto lampiran", loading: "lazy" }),
      );
    case "audio":
      return h("div.media", {}, h("audio", { controls: true, src: a.url, preload: "metadata" }), transcript, download);
    case "video":
      return h("div.media", {}, h("video", { controls: true, src: a.url, preload: "metadata", width: 320 }), transcript, download);
    default:
      if (a.preview === "pdf") return documentPreview(a, download);
      return h("div.media", {}, h("p.muted.file-type", {}, `${a.typeLabel}: tidak ditampilkan di konsol, silakan unduh.`), download);
  }
}
