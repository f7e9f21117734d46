// A reporter's PDF drawn in the thread by Mozilla's pdf.js, one page at a time onto a canvas.
// The file is fetched as bytes from the attachment route, which serves it only as a download
// under a sandboxing policy: nothing of it ever opens as a page of the console. pdf.js parses it
// in a worker and draws pixels; it runs none of the document's scripts, and with eval off and
// WebAssembly off it needs nothing beyond the console's own `script-src 'self'`.
import { h } from "../../dom.js";

/** Where the console serves the pinned pdfjs-dist package (console-plugin.ts). */
const PDFJS = "/vendor/pdfjs/";
/** Width of a drawn page in CSS pixels; the canvas shrinks with a narrow thread (app.css). */
const PAGE_WIDTH = 480;
/** Previews kept across redraws of the case page (live updates redraw the whole page). */
const KEPT = 12;

let library;
function loadPdfjs() {
  library ??= import(`${PDFJS}build/pdf.min.mjs`).then(
    (lib) => {
      lib.GlobalWorkerOptions.workerSrc = `${PDFJS}build/pdf.worker.min.mjs`;
      return lib;
    },
    (error) => {
      library = undefined; // a later preview tries again
      throw error;
    },
  );
  return library;
}

async function openDocument(url) {
  const res = await fetch(url, { credentials: "same-origin" });
  if (!res.ok) throw new Error(`status ${res.status}`);
  const data = new Uint8Array(await res.arrayBuffer());
  const lib = await loadPdfjs();
  return lib.getDocument({
    data,
    isEvalSupported: false,
    useWasm: false,
    enableXfa: false,
    standardFontDataUrl: `${PDFJS}standard_fonts/`,
    cMapUrl: `${PDFJS}cmaps/`,
    cMapPacked: true,
    wasmUrl: `${PDFJS}wasm/`,
  }).promise;
}

async function drawPage(doc, number, canvas) {
  const page = await doc.getPage(number);
  const scale = PAGE_WIDTH / page.getViewport({ scale: 1 }).width;
  const viewport = page.getViewport({ scale: scale * (window.devicePixelRatio || 1) });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  await page.render({ canvas, canvasContext: canvas.getContext("2d"), viewport }).promise;
  page.cleanup();
}

function failureText(error) {
  if (error?.name === "PasswordException")
    return "Dokumen ini dilindungi kata sandi sehingga tidak dapat ditampilkan. Silakan unduh berkasnya.";
  return "Pratinjau dokumen tidak dapat ditampilkan. Silakan unduh berkasnya untuk membukanya.";
}

function createPreview(a, download) {
  const name = a.fileName ?? "dokumen";
  const status = h("p.muted", { role: "status" }, "Memuat pratinjau dokumen…");
  const canvas = h("canvas", { role: "img", "aria-label": `Halaman 1 dokumen ${name}`, hidden: true });
  const pageLabel = h("span", {});
  const previous = h("button.secondary", { type: "button", hidden: true }, "‹ Halaman sebelumnya");
  const next = h("button.secondary", { type: "button", hidden: true }, "Lihat halaman berikutnya ›");
  const root = h(
    "div.media.document",
    { "data-testid": "document-preview", "data-state": "loading" },
    status,
    canvas,
    h("div.pager", {}, previous, pageLabel, next),
    download,
  );

  let doc;
  let shown = 1;
  const show = async (number) => {
    previous.disabled = next.disabled = true;
    try {
      await drawPage(doc, number, canvas);
      shown = number;
      canvas.hidden = false;
      canvas.setAttribute("aria-label", `Halaman ${number} dari ${doc.numPages}, dokumen ${name}`);
      pageLabel.textContent = doc.numPages > 1 ? `Halaman ${number} dari ${doc.numPages}` : "";
      previous.hidden = number <= 1;
      next.hidden = number >= doc.numPages;
      status.hidden = true;
      root.dataset.state = "ready";
      root.dataset.page = String(number);
      // The thread keeps its place at the newest message while previews grow (thread.js).
      root.dispatchEvent(new Event("previewdrawn", { bubbles: true }));
    } catch (error) {
      fail(error);
    } finally {
      previous.disabled = next.disabled = false;
    }
  };
  const fail = (error) => {
    console.warn("pratinjau dokumen gagal", error?.name ?? error);
    status.hidden = false;
    status.className = "error";
    status.textContent = failureText(error);
    canvas.hidden = true;
    previous.hidden = next.hidden = true;
    pageLabel.textContent = "";
    root.dataset.state = "failed";
  };
  previous.addEventListener("click", () => void show(shown - 1));
  next.addEventListener("click", () => void show(shown + 1));

  openDocument(a.url).then((opened) => {
    doc = opened;
    root.dataset.pages = String(doc.numPages);
    return show(1);
  }, fail);
  return { root, destroy: () => doc?.destroy() };
}

const kept = new Map();

/** The preview of one PDF, drawn once and kept while the case page redraws around it. */
export function documentPreview(a, download) {
  const existing = kept.get(a.url);
  if (existing) {
    // Most recently shown last: the oldest preview is the one let go.
    kept.delete(a.url);
    kept.set(a.url, existing);
    return existing.root;
  }
  const preview = createPreview(a, download);
  kept.set(a.url, preview);
  for (const [url, old] of kept) {
    if (kept.size <= KEPT) break;
    kept.delete(url);
    old.destroy();
  }
  return preview.root;
}
