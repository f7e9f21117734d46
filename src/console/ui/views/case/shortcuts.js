import { h } from "../../dom.js";

/** The case page's keys, as the help overlay lists them. */
export const CASE_SHORTCUTS = [
  ["j", "Kasus berikutnya di kotak masuk"],
  ["k", "Kasus sebelumnya di kotak masuk"],
  ["r", "Tulis balasan untuk pelapor"],
  ["s", "Ubah status"],
  ["c", "Tulis catatan internal"],
  ["i", "Kembali ke kotak masuk"],
  ["?", "Tampilkan daftar pintasan ini"],
];

/** Keys typed into a field are text, never commands. */
function typing(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

let installed = null;

/**
 * Listens for the case page's keys while that page is shown: `actions` maps a key to what it does.
 * A key with Ctrl, Alt or Meta, a key typed in a field, or a key while a dialog is open does nothing.
 */
export function installCaseShortcuts(actions, stillShown) {
  if (installed) document.removeEventListener("keydown", installed);
  installed = (event) => {
    if (!stillShown()) {
      document.removeEventListener("keydown", installed);
      installed = null;
      return;
    }
    if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented || typing(event.target)) return;
    if (document.querySelector("dialog[open]")) return;
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  document.addEventListener("keydown", installed);
}

/** The help overlay: every shortcut with what it does. Escape or "Tutup" closes it. */
export function showShortcutHelp() {
  const dialog = h(
    "dialog.shortcuts",
    { "aria-labelledby": "shortcuts-title", "data-testid": "shortcut-help" },
    h("h2#shortcuts-title", {}, "Pintasan papan ketik"),
    h("p", {}, "Berlaku di halaman kasus, selama kursor tidak berada di kolom isian."),
    h(
      "dl.shortcut-list",
      {},
      CASE_SHORTCUTS.map(([key, what]) => [h("dt", {}, h("kbd", {}, key)), h("dd", {}, what)]),
    ),
    h("div.dialog-actions", {}, h("button", { type: "button", onclick: () => dialog.close() }, "Tutup")),
  );
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
