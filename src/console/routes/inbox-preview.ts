import { ATTACHMENT_KIND_LABELS } from "../../core/case-event-labels.js";
import { maskIdentifiersInText } from "../../core/mask-identifier.js";
import type { InboxRow } from "../../store/inbox-query.js";

/** Characters of a message the inbox shows; the case page shows the whole of it. */
export const PREVIEW_LENGTH = 120;
/** The heading texts.officerReply puts above an officer's words to the reporter. */
const OFFICER_REPLY_HEADING = /^Pesan dari petugas [^\n]*\(tiket [^)\n]*\):\n/;

/**
 * The latest words on a case, for the inbox: one line, identifiers masked (as everywhere until
 * an officer reveals them on the case page), cut at a word. Plain text: the UI shows it as text.
 */
export function messagePreview(last: InboxRow["lastMessage"]): { text: string; fromOfficer: boolean; at: string } | null {
  if (!last) return null;
  const words = (last.text ?? "").replace(OFFICER_REPLY_HEADING, "");
  const attachment = ATTACHMENT_KIND_LABELS[last.kind];
  let text = maskIdentifiersInText(words).replace(/\s+/g, " ").trim();
  if (!text) text = attachment ? `(${attachment})` : "(pesan tanpa teks)";
  if (text.length > PREVIEW_LENGTH) {
    const cut = text.slice(0, PREVIEW_LENGTH);
    const space = cut.lastIndexOf(" ");
    text = `${(space > PREVIEW_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  return { text, fromOfficer: last.fromOfficer, at: last.at };
}
