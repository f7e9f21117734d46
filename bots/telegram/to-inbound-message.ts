import type { InboundAttachment, InboundKind, InboundMessage } from "../../src/channels/contract.js";

/** A file to fetch from the Bot API before the message is stored. */
export interface FileRef {
  fileId: string;
  /** Size Telegram reported, if any: checked against the limit before downloading. */
  size?: number;
  fileName?: string;
  /** What the sender's app said the file is: only a hint for plain text (see inbound-file.ts). */
  claimedMime?: string;
}

export type Converted =
  | { type: "message"; message: InboundMessage; file?: FileRef }
  /** A button press; `message.text` still holds the raw, unverified callback data. */
  | { type: "callback"; message: InboundMessage; callbackQueryId: string; pressedMessageId?: number }
  /** Groups and channels: the service works in private chats only. */
  | { type: "not-private"; chatId: string; chatType: string; callbackQueryId?: string }
  /** The person blocked the bot (stopped it) or unblocked it (started it again). */
  | { type: "membership"; userId: string; blocked: boolean }
  | { type: "ignore"; reason: string; callbackQueryId?: string };

// Updates come from the network: read them defensively, whatever their declared type says.
type Loose = Record<string, unknown>;
const obj = (v: unknown): Loose | undefined => (v && typeof v === "object" && !Array.isArray(v) ? (v as Loose) : undefined);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const id = (v: unknown): string | undefined => (typeof v === "number" || typeof v === "string" ? String(v) : undefined);

/** Messages that say something happened in the chat rather than carry what a person wrote. */
const SERVICE_KEYS = [
  "new_chat_members",
  "left_chat_member",
  "new_chat_title",
  "new_chat_photo",
  "delete_chat_photo",
  "group_chat_created",
  "supergroup_chat_created",
  "channel_chat_created",
  "migrate_to_chat_id",
  "migrate_from_chat_id",
  "pinned_message",
  "message_auto_delete_timer_changed",
  "write_access_allowed",
  "forum_topic_created",
  "forum_topic_closed",
  "forum_topic_reopened",
  "video_chat_started",
  "video_chat_ended",
  "video_chat_scheduled",
  "chat_background_set",
  "users_shared",
  "chat_shared",
];

/**
 * Pure conversion of one Bot API update into what the core understands. Ids are unique per
 * channel: "<chat>:<message_id>" for messages, "cb:<id>" for button presses and
 * "edit:<chat>:<message_id>:<edit_date>" for edits (each edit is its own delivery).
 */
export function toInboundMessage(update: unknown): Converted {
  const u = obj(update);
  if (!u) return { type: "ignore", reason: "not an object" };
  if (obj(u.message)) return fromMessage(obj(u.message)!, false);
  if (obj(u.edited_message)) return fromMessage(obj(u.edited_message)!, true);
  if (obj(u.callback_query)) return fromCallback(obj(u.callback_query)!);
  const member = obj(u.my_chat_member);
  if (member) return fromMembership(member);
  for (const key of ["channel_post", "edited_channel_post"]) {
    const chat = obj(obj(u[key])?.chat);
    const chatId = id(chat?.id);
    if (chatId) return { type: "not-private", chatId, chatType: str(chat?.type) ?? "channel" };
  }
  const kind = Object.keys(u).find((k) => k !== "update_id") ?? "empty";
  return { type: "ignore", reason: `update type ${kind.slice(0, 40)}` };
}

/** Only private chats matter: in groups the bot says it works in private chats only. */
function fromMembership(m: Loose): Converted {
  const chat = obj(m.chat);
  const userId = id(obj(m.from)?.id);
  const status = str(obj(m.new_chat_member)?.status);
  if (str(chat?.type) !== "private" || !userId || !status) return { type: "ignore", reason: "membership change outside a private chat" };
  if (status === "kicked") return { type: "membership", userId, blocked: true };
  if (status === "member") return { type: "membership", userId, blocked: false };
  return { type: "ignore", reason: `membership status ${status.slice(0, 20)}` };
}

function fromMessage(m: Loose, edited: boolean): Converted {
  const chat = obj(m.chat);
  const chatId = id(chat?.id);
  const messageId = num(m.message_id);
  if (!chatId || messageId === undefined) return { type: "ignore", reason: "message without chat or id" };
  const chatType = str(chat?.type) ?? "private";
  if (chatType !== "private") return { type: "not-private", chatId, chatType };
  const from = obj(m.from);
  const senderId = id(from?.id) ?? chatId;
  if (from?.is_bot === true) return { type: "ignore", reason: "message from a bot" };

  const base = {
    channel: "TELEGRAM" as const,
    chatId,
    sender: { id: senderId, ...displayName(from) },
    ...(num(m.date) ? { sentAt: new Date(num(m.date)! * 1000) } : {}),
  };
  const text = str(m.text) ?? str(m.caption);

  if (edited) {
    const editDate = num(m.edit_date) ?? num(m.date) ?? 0;
    return {
      type: "message",
      message: {
        ...base,
        externalId: `edit:${chatId}:${messageId}:${editDate}`,
        kind: "edit",
        refersTo: `${chatId}:${messageId}`,
        ...(text !== undefined ? { text } : {}),
      },
    };
  }

  const content = readContent(m);
  if (!content) {
    if (SERVICE_KEYS.some((k) => k in m)) return { type: "ignore", reason: "service message" };
  }
  const { kind, file, attachments, fallbackText } = content ?? { kind: "unsupported" as InboundKind };
  const body = text ?? fallbackText;
  return {
    type: "message",
    message: {
      ...base,
      externalId: `${chatId}:${messageId}`,
      kind,
      ...(body !== undefined ? { text: body } : {}),
      ...(attachments?.length ? { attachments } : {}),
    },
    ...(file ? { file } : {}),
  };
}

interface Content {
  kind: InboundKind;
  file?: FileRef;
  attachments?: InboundAttachment[];
  fallbackText?: string;
}

function readContent(m: Loose): Content | null {
  if (typeof m.text === "string") return { kind: "text" };
  if (Array.isArray(m.photo) && m.photo.length > 0) {
    const largest = largestPhoto(m.photo);
    return largest ? { kind: "image", file: largest } : { kind: "unsupported" };
  }
  const media: [string, InboundKind][] = [
    ["document", "document"],
    ["voice", "voice"],
    ["audio", "audio"],
    ["video", "video"],
    ["video_note", "video"],
    ["animation", "video"],
  ];
  // An animation also carries a "document" field; the more specific kind wins.
  const order = "animation" in m ? media.slice(1).concat([media[0]!]) : media;
  for (const [key, kind] of order) {
    const f = obj(m[key]);
    const fileId = str(f?.file_id);
    if (!f || !fileId) continue;
    const size = num(f.file_size);
    const fileName = str(f.file_name);
    const claimedMime = str(f.mime_type);
    return {
      kind,
      file: { fileId, ...(size !== undefined ? { size } : {}), ...(fileName ? { fileName } : {}), ...(claimedMime ? { claimedMime } : {}) },
    };
  }
  const sticker = obj(m.sticker);
  if (sticker) return { kind: "sticker", fallbackText: str(sticker.emoji) ?? "" };
  const location = obj(m.location) ?? obj(obj(m.venue)?.location);
  if (location && num(location.latitude) !== undefined && num(location.longitude) !== undefined) {
    // Kept as a GeoJSON point so the coordinates reach the officer intact.
    const point = { type: "Point", coordinates: [num(location.longitude), num(location.latitude)] };
    const venue = obj(m.venue);
    const geo = venue ? { type: "Feature", geometry: point, properties: { title: str(venue.title), address: str(venue.address) } } : point;
    return {
      kind: "location",
      attachments: [{ mime: "application/geo+json", fileName: "lokasi.geojson", data: Buffer.from(JSON.stringify(geo)) }],
    };
  }
  const contact = obj(m.contact);
  if (contact) {
    const vcard = str(contact.vcard) ?? toVcard(contact);
    return { kind: "contact", attachments: [{ mime: "text/vcard", fileName: "kontak.vcf", data: Buffer.from(vcard) }] };
  }
  return null;
}

function largestPhoto(sizes: unknown[]): FileRef | undefined {
  let best: { ref: FileRef; score: number } | undefined;
  for (const s of sizes) {
    const size = obj(s);
    const fileId = str(size?.file_id);
    if (!size || !fileId) continue;
    const bytes = num(size.file_size);
    const score = (num(size.width) ?? 0) * (num(size.height) ?? 0) || bytes || 0;
    if (!best || score >= best.score) best = { ref: { fileId, ...(bytes !== undefined ? { size: bytes } : {}) }, score };
  }
  return best?.ref;
}

function toVcard(contact: Loose): string {
  const name = [str(contact.first_name), str(contact.last_name)]
    .filter(Boolean)
    .join(" ")
    .replace(/[\r\n]/g, " ");
  const phone = (str(contact.phone_number) ?? "").replace(/[^\d+]/g, "");
  return `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nTEL:${phone}\r\nEND:VCARD\r\n`;
}

function displayName(from: Loose | undefined): { displayName?: string } {
  const name = [str(from?.first_name), str(from?.last_name)].filter(Boolean).join(" ").trim() || str(from?.username);
  return name ? { displayName: name.slice(0, 200) } : {};
}

function fromCallback(q: Loose): Converted {
  const callbackQueryId = str(q.id);
  if (!callbackQueryId) return { type: "ignore", reason: "callback without id" };
  const pressed = obj(q.message);
  const chat = obj(pressed?.chat);
  const chatId = id(chat?.id);
  if (!chatId) return { type: "ignore", reason: "callback from an inline message", callbackQueryId };
  const chatType = str(chat?.type) ?? "private";
  if (chatType !== "private") return { type: "not-private", chatId, chatType, callbackQueryId };
  const from = obj(q.from);
  const pressedMessageId = num(pressed?.message_id);
  return {
    type: "callback",
    callbackQueryId,
    ...(pressedMessageId !== undefined ? { pressedMessageId } : {}),
    message: {
      channel: "TELEGRAM",
      externalId: `cb:${callbackQueryId}`,
      chatId,
      sender: { id: id(from?.id) ?? chatId, ...displayName(from) },
      kind: "action",
      text: str(q.data) ?? "",
    },
  };
}
