import { formatDate, h } from "../../dom.js";

/** The case's audited events, newest last. */
export function timelinePanel({ events, session, fold }) {
  const factLabel = (name) => session.reference.factFields.find((f) => f.field === name)?.label ?? name;
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
          e.type === "FACTS_EDITED" && e.data?.changes
            ? h(
                "ul.changes",
                {},
                e.data.changes.map((d) => h("li", {}, `${factLabel(d.field)}: ${d.from ?? "–"} → ${d.to ?? "–"}`)),
              )
            : null,
          h("small", {}, [formatDate(e.createdAt), e.officerName, e.agencyName].filter(Boolean).join(" · ")),
        ),
      ),
    ),
  );
}
