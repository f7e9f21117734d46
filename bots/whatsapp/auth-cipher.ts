import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { AuthKey } from "../../src/config.js";

/** A stored value that no configured key opens: the start stops with this message. */
export class AuthKeyError extends Error {}

const FORMAT = "enc1";

/**
 * AES-256-GCM for the WhatsApp session rows. A stored value reads `enc1:<key id>:<base64 of
 * iv, tag, ciphertext>`; the row's place (account and key name) is authenticated with it, so a
 * row copied to another place does not open. `previous` keys only decrypt (rotation, see
 * bots/whatsapp/README.md); values under them are rewritten with `current`.
 */
export function createAuthCipher(current: AuthKey, previous: AuthKey[] = []) {
  const keys = new Map([...previous, current].map((k) => [k.id, k.key]));
  return {
    encrypt(place: string, plaintext: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", current.key, iv);
      cipher.setAAD(Buffer.from(place));
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return `${FORMAT}:${current.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
    },

    decrypt(place: string, stored: string): string {
      const [format, keyId = "", data = ""] = stored.split(":");
      if (format !== FORMAT)
        throw new AuthKeyError(`WhatsApp session row "${place}" is not encrypted (stored before WHATSAPP_AUTH_KEY): link the number again`);
      const key = keys.get(keyId);
      if (!key)
        throw new AuthKeyError(
          `WhatsApp session row "${place}" is encrypted with key "${keyId}", which neither WHATSAPP_AUTH_KEY nor ` +
            `WHATSAPP_AUTH_KEY_PREVIOUS has`,
        );
      const raw = Buffer.from(data, "base64");
      const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(place));
      decipher.setAuthTag(raw.subarray(12, 28));
      try {
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
      } catch {
        throw new AuthKeyError(
          `WhatsApp session row "${place}" does not decrypt with key "${keyId}": the key under that id is not the one it was stored with`,
        );
      }
    },

    /** Stored by this cipher under any key (else plain JSON from before encryption). */
    isEncrypted(stored: string): boolean {
      return stored.startsWith(`${FORMAT}:`);
    },

    /** Stored under the current key (else it is rewritten at the next start). */
    isCurrent(stored: string): boolean {
      return stored.startsWith(`${FORMAT}:${current.id}:`);
    },
  };
}

export type AuthCipher = ReturnType<typeof createAuthCipher>;
