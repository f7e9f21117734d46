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

/** Makes a table built by hand stack on a phone like stackTable's: each cell gets its column's name. */
export function stacked(table) {
  const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent);
  table.classList.add("stack");
  for (const row of table.querySelectorAll("tbody tr")) {
    const cells = [...row.children];
    for (let i = 0; i < cells.length; i++) cells[i].setAttribute("data-label", headers[i] ?? "");
  }
  return table;
}
