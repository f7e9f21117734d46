import { formatDate, h } from "../../dom.js";

/** The case's audited events, newest last, each with the label the server gives its type. */
export function timelinePanel({ events, fold }) {
  return fold(
    "timeline",
    "Linimasa",
    h(
      "ol.timeline",
      { "data-testid": "timeline" },
      events.map((e) =>
        h(
          "li",
          {},
          h("strong", {}, e.label),
          e.toStatusLabel ? ` → ${e.toStatusLabel}` : "",
          e.note ? h("p", {}, e.note) : null,
          // Labelled by the server (field names, work sectors in words).
          e.changes
            ? h(
                "ul.changes",
                {},
                e.changes.map((d) => h("li", {}, `${d.label}: ${d.from ?? "–"} → ${d.to ?? "–"}`)),
              )
            : null,
          h("small", {}, [formatDate(e.createdAt), e.officerName, e.agencyName].filter(Boolean).join(" · ")),
        ),
      ),
    ),
  );
}
