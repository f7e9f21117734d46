import { h } from "./dom.js";

/**
 * Asks before an action that is hard to undo, in the page (a modal <dialog>, not window.confirm):
 * it reads in Indonesian, traps focus, Escape cancels, and "Batal" has the focus first.
 * Resolves true only when the officer confirms.
 */
export function confirmDialog({ title, message, confirmLabel }) {
  return new Promise((resolve) => {
    const dialog = h(
      "dialog.confirm",
      { "aria-labelledby": "confirm-title", "aria-describedby": "confirm-message", "data-testid": "confirm-dialog" },
      h("h2#confirm-title", {}, title),
      h("p#confirm-message", {}, message),
      h(
        "div.dialog-actions",
        {},
        h("button", { type: "button", class: "secondary", onclick: () => dialog.close("cancel") }, "Batal"),
        h("button", { type: "button", onclick: () => dialog.close("confirm") }, confirmLabel),
      ),
    );
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(dialog.returnValue === "confirm");
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
