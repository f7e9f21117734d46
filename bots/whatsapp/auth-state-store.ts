import {
  BufferJSON,
  initAuthCreds,
  proto,
  type AuthenticationCreds,
  type AuthenticationState,
  type SignalDataSet,
  type SignalDataTypeMap,
} from "@whiskeysockets/baileys";
import type { Db } from "../../src/store/database.js";
import { countAuthRows, deleteAuthRows, readAuthRows, writeAuthRows } from "../../src/store/whatsapp-auth.js";
import type { AuthCipher } from "./auth-cipher.js";

const CREDS = "creds";

export interface StoredAuthState {
  /** Handed to the socket; Baileys reads and writes the keys through it. */
  state: AuthenticationState;
  /** Call on every "creds.update" (after merging the update into state.creds). */
  saveCreds(): Promise<void>;
  /** Whether the number had been linked before (creds were in the database). */
  linked: boolean;
  /** Rows found under an older key (or unencrypted) and rewritten under the current key. */
  rewrapped: number;
}

/**
 * Baileys' authentication state (credentials and signal keys) in the WhatsAppAuth table, one
 * row per key, serialised with Baileys' BufferJSON and encrypted (auth-cipher.ts: a database
 * backup alone cannot clone the number), so a restart or a move to another machine keeps the
 * session. Writes of one account apply in the order Baileys made them. Nothing here logs a
 * value: keys never reach the log.
 */
export function createAuthStateStore(db: Db, accountId: string, cipher: AuthCipher) {
  const place = (key: string) => `${accountId}/${key}`;
  // Baileys writes keys from many places at once; applying them in call order keeps the
  // latest value of a key the one in the database.
  let writes: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = writes.then(work, work);
    writes = next.catch(() => undefined);
    return next;
  };

  async function readMany(keys: string[]): Promise<Map<string, unknown>> {
    if (keys.length === 0) return new Map();
    const rows = await readAuthRows(db, accountId, keys);
    return new Map(rows.map((r) => [r.key, JSON.parse(cipher.decrypt(place(r.key), r.value), BufferJSON.reviver) as unknown]));
  }

  async function writeMany(entries: [string, unknown][], removals: string[]): Promise<void> {
    if (entries.length === 0 && removals.length === 0) return;
    const keys = entries.map(([k]) => k);
    const values = entries.map(([k, v]) => cipher.encrypt(place(k), JSON.stringify(v, BufferJSON.replacer)));
    await writeAuthRows(db, accountId, { keys, values }, removals);
  }

  /**
   * Rows under a previous key, or from before encryption (plain JSON), rewritten under the
   * current key: after one start the previous key is no longer needed.
   */
  async function rewrapStale(): Promise<number> {
    const rows = await readAuthRows(db, accountId);
    const stale = rows.filter((r) => !cipher.isCurrent(r.value));
    const plain = (r: { key: string; value: string }) => (cipher.isEncrypted(r.value) ? cipher.decrypt(place(r.key), r.value) : r.value);
    const entries = stale.map((r): [string, unknown] => [r.key, JSON.parse(plain(r), BufferJSON.reviver)]);
    for (let i = 0; i < entries.length; i += 500) await serial(() => writeMany(entries.slice(i, i + 500), []));
    return stale.length;
  }

  return {
    async load(): Promise<StoredAuthState> {
      const rewrapped = await rewrapStale();
      const stored = (await readMany([CREDS])).get(CREDS) as AuthenticationCreds | undefined;
      const creds = stored ?? initAuthCreds();
      const state: AuthenticationState = {
        creds,
        keys: {
          async get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
            const found = await readMany(ids.map((id) => `${type}:${id}`));
            const result: { [id: string]: SignalDataTypeMap[T] } = {};
            for (const id of ids) {
              let value = found.get(`${type}:${id}`);
              if (value === undefined || value === null) continue;
              if (type === "app-state-sync-key") value = proto.Message.AppStateSyncKeyData.fromObject(value as object);
              result[id] = value as SignalDataTypeMap[T];
            }
            return result;
          },
          async set(data: SignalDataSet) {
            const entries: [string, unknown][] = [];
            const removals: string[] = [];
            for (const [type, items] of Object.entries(data)) {
              for (const [id, value] of Object.entries(items ?? {})) {
                if (value === null || value === undefined) removals.push(`${type}:${id}`);
                else entries.push([`${type}:${id}`, value]);
              }
            }
            await serial(() => writeMany(entries, removals));
          },
        },
      };
      return {
        state,
        saveCreds: () => serial(() => writeMany([[CREDS, state.creds]], [])),
        linked: !!(stored?.me?.id && stored.account),
        rewrapped,
      };
    },

    /** Logged out: the session is void; the next start links the number afresh. */
    async clear(): Promise<number> {
      return serial(() => deleteAuthRows(db, accountId));
    },

    /** How many rows the account has (for status and tests; never the values). */
    async count(): Promise<number> {
      return countAuthRows(db, accountId);
    },
  };
}

export type AuthStateStore = ReturnType<typeof createAuthStateStore>;
