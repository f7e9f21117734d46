import type { CountryEmergencyEntry, MissionDirectory, MissionEntry, MissionKind } from "../core/missions.js";
import type { Db } from "../store/database.js";
import { listCountryNumbers, listMissions } from "../store/directory.js";

export interface MissionDirectorySource {
  /** The directory as admins last left it (read again at most every `ttlMs`). */
  current(): Promise<MissionDirectory>;
}

/**
 * Admins edit the directory in the console; the intake reads it on every batch, so it is
 * cached for a short while: an edit reaches emergency replies within `ttlMs`.
 */
export function createMissionDirectorySource(db: Db, ttlMs = 30_000, now: () => number = Date.now): MissionDirectorySource {
  let cached: { at: number; value: Promise<MissionDirectory> } | undefined;
  return {
    current() {
      if (!cached || now() - cached.at > ttlMs) {
        const value = loadMissionDirectory(db);
        cached = { at: now(), value };
        // A failed read is not kept: the next batch tries again.
        value.catch(() => {
          if (cached?.value === value) cached = undefined;
        });
      }
      return cached.value;
    },
  };
}

export async function loadMissionDirectory(db: Db): Promise<MissionDirectory> {
  const [missions, numbers] = await Promise.all([listMissions(db, "id"), listCountryNumbers(db)]);
  return {
    missions: missions.map(
      (m): MissionEntry => ({
        id: m.id,
        country: m.country,
        kind: m.kind as MissionKind,
        name: m.name,
        city: m.city,
        areas: m.areas,
        phone: m.phone,
        confirmed: m.confirmedAt !== null,
      }),
    ),
    emergencyNumbers: numbers.map(
      (n): CountryEmergencyEntry => ({
        country: n.country,
        ambulance: n.ambulance,
        police: n.police,
        fire: n.fire,
        confirmed: n.confirmedAt !== null,
      }),
    ),
  };
}
