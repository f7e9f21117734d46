import { h } from "../../dom.js";

const PHONE = "(max-width: 760px)";

/**
 * Secondary panels fold: open on a desktop, folded on a phone so the actions and the
 * conversation come first and the page stays short. What the officer opened or folded stays so
 * across live redraws of the same case.
 */
export function createFolds() {
  const chosen = new Map();
  return (key, title, ...body) =>
    h(
      "details.card.fold",
      { open: chosen.get(key) ?? !matchMedia(PHONE).matches, "data-panel": key, ontoggle: (e) => chosen.set(key, e.currentTarget.open) },
      h("summary", {}, h("h2", {}, title)),
      body,
    );
}
