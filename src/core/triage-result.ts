import type { CaseKind, EmergencyKind } from "./case-kinds.js";
import type { Urgency } from "./urgency.js";

/** What triage reads in a message: the rules' reading, with the second opinion's vote (triage.ts). */
export interface Triage {
  /** "question" = information request, not a complaint. */
  intent: "complaint" | "question" | "unclear";
  /** Main kind: an emergency wins; an INFO_* kind for questions; LAINNYA when unclear. */
  kind: CaseKind;
  /** Further kinds found in the same text, without duplicates, never `kind`. */
  extraKinds: CaseKind[];
  /** See the module comment for the rules. */
  urgency: Urgency;
  /** The most serious emergency found, if any. */
  emergency: EmergencyKind | null;
  /** Matched words and phrases, short, for officers to see why. */
  signals: string[];
}
