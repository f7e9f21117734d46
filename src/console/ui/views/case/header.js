import { formatDate, formatRemaining, h } from "../../dom.js";
import { SLA_LABELS, URGENCY_LABELS } from "../labels.js";
import { showShortcutHelp } from "./shortcuts.js";

/** Ticket, urgency, status and kind, with the merge links and the way to the keyboard shortcuts. */
export function caseHeader({ c }) {
  return h(
    "header.case-head",
    {},
    h("h1", {}, `Tiket ${c.ticket}`),
    h(`span.badge.u-${c.urgency.toLowerCase()}`, {}, URGENCY_LABELS[c.urgency]),
    h("span.badge.status", { "data-testid": "case-status" }, c.statusLabel),
    h("span", {}, c.kindLabel),
    c.sla.breaches ? h("span.badge.warn", {}, `Eskalasi SLA: ${c.sla.breaches}`) : null,
    h(
      "button",
      { type: "button", class: "link shortcut-hint", "aria-keyshortcuts": "?", onclick: showShortcutHelp },
      "Pintasan papan ketik (?)",
    ),
    c.mergedInto ? h("p", {}, "Digabungkan ke ", h("a", { href: `#/kasus/${c.mergedInto.id}` }, c.mergedInto.ticket)) : null,
    c.merged.length
      ? h(
          "p",
          {},
          "Kasus yang digabung ke sini: ",
          c.merged.map((m) => h("a", { href: `#/kasus/${m.id}` }, `${m.ticket} `)),
        )
      : null,
  );
}

/** The first-response and resolution clocks. */
export function slaClocks({ c, ref }) {
  const now = Date.now();
  // Which statuses count as resolved is the server's rule, served with the statuses.
  const resolved = ref.statuses.some((s) => s.status === c.status && s.resolved);
  const clock = (name, s) =>
    s
      ? h(
          "div.clock",
          { class: `clock sla-${s.state}` },
          h("strong", {}, name),
          " ",
          SLA_LABELS[s.state],
          s.state === "running" || (s.state === "breached" && !resolved) ? ` · ${formatRemaining(new Date(s.dueAt).getTime() - now)}` : "",
          h("small", {}, ` (tenggat ${formatDate(s.dueAt)})`),
        )
      : null;
  return h("div.clocks", {}, clock("Respons pertama:", c.sla.firstResponse), clock("Penyelesaian:", c.sla.resolution));
}
