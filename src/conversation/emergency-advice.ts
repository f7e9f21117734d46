/**
 * The emergency reply of a conversation: the kind's own words with the directory entries for
 * where the worker is (facts handed to the engine, no I/O). The country comes from the intake
 * so far or, failing that, from the latest words; the city in those words picks the mission.
 */
import type { CaseKind } from "../core/case-kinds.js";
import { matchCountry } from "../core/countries.js";
import { EMPTY_DIRECTORY, emergencyNumbersFor, missionsFor, type MissionDirectory } from "../core/missions.js";
import { texts, type Hotlines } from "../core/texts.js";

export interface AdviceFacts {
  hotlines: Hotlines;
  missions?: MissionDirectory | undefined;
}

/** Countries where no mission applies: the worker has not left Indonesia. */
const AT_HOME = new Set(["Belum berangkat", "Indonesia"]);

export function emergencyAdviceText(
  about: { kind: CaseKind; country?: string | undefined; onBehalf?: boolean | undefined; words: string },
  facts: AdviceFacts,
): string {
  const directory = facts.missions ?? EMPTY_DIRECTORY;
  const country = about.country ?? matchCountry(about.words)?.country;
  return texts.emergency({
    kind: about.kind,
    country,
    missions: missionsFor(directory, country, about.words),
    local: emergencyNumbersFor(directory, country),
    hotlines: facts.hotlines,
    forFamily: about.onBehalf === true,
  });
}

/** The mission to call, once the country of an emergency is learnt after the first reply. */
export function missionContactText(country: string, words: string, facts: AdviceFacts): string | null {
  if (AT_HOME.has(country)) return null;
  return texts.missionContact(country, missionsFor(facts.missions ?? EMPTY_DIRECTORY, country, words), facts.hotlines);
}
