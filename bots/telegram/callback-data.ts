import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** Telegram carries at most 64 bytes of callback data per button. */
const MAX_CALLBACK_BYTES = 64;
const SIGNATURE_CHARS = 11;
const SEPARATOR = "~";

/**
 * Actions our buttons may carry. Anything else arriving in a callback is refused even with a
 * valid signature, so a signing mistake can never smuggle an arbitrary command into the engine.
 */
const ALLOWED_ACTION = new RegExp(
  `^(?:${[
    "menu",
    "cancel",
    "menu:(?:complaint|question|status|officer|follow)",
    "answer:(?:self|family|yes|skip|country:[a-z]{2,12}|sector:[A-Z]{2,12})",
    "consent:(?:yes|no):PMI-[A-Z0-9]{6}:[0-9a-f]{8}",
    "newproblem:(?:yes|no)",
    "unfollow:PMI-[A-Z0-9]{6}",
  ].join("|")})$`,
);

export interface CallbackSigner {
  /** The callback_data for a button with `action` shown in `chatId`, or null if it cannot be carried. */
  sign(chatId: string, action: string): string | null;
  /** The action inside callback data from `chatId`, or null if it was altered, forged or is unknown. */
  verify(chatId: string, data: string): string | null;
}

/**
 * Button data is signed (HMAC, bound to the chat) because a Telegram client can send any
 * callback data it likes. The key derives from the bot token: a new token retires old buttons.
 */
export function createCallbackSigner(botToken: string): CallbackSigner {
  const key = createHash("sha256").update(`callback-data:${botToken}`).digest();
  const mac = (chatId: string, action: string) =>
    createHmac("sha256", key).update(`${chatId}\n${action}`).digest("base64url").slice(0, SIGNATURE_CHARS);

  return {
    sign(chatId, action) {
      if (!ALLOWED_ACTION.test(action)) return null;
      const data = `${action}${SEPARATOR}${mac(chatId, action)}`;
      return Buffer.byteLength(data) <= MAX_CALLBACK_BYTES ? data : null;
    },
    verify(chatId, data) {
      if (typeof data !== "string" || Buffer.byteLength(data) > MAX_CALLBACK_BYTES) return null;
      const at = data.lastIndexOf(SEPARATOR);
      if (at <= 0) return null;
      const action = data.slice(0, at);
      const given = Buffer.from(data.slice(at + 1));
      const expected = Buffer.from(mac(chatId, action));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      return ALLOWED_ACTION.test(action) ? action : null;
    },
  };
}
