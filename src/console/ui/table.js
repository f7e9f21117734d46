import { h } from "./dom.js";

/**
 * A table that becomes stacked cards on a phone (app.css, `table.stack`): each cell carries its
 * column name, shown beside the value when the header row is hidden. `rows` are
 * `{ attrs?, cells: [cell, ...] }`; a cell is content, or `{ attrs, content }` for a styled cell.
 */
export function stackTable(attrs, headers, rows) {
  const cell = (c, i) => {
    const styled = c !== null && typeof c === "object" && !(c instanceof Node) && "content" in c;
    return h("td", { ...(styled ? c.attrs : {}), "data-label": headers[i] }, styled ? c.content : c);
  };
  return h(
    "table.stack",
    attrs,
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        headers.map((t) => h("th", { scope: "col" }, t)),
      ),
    ),
    h(
      "tbody",
      {},
      rows.map((r) => h("tr", r.attrs ?? {}, r.cells.map(cell))),
    ),
  );
}
