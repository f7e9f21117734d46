import {
  getContentType,
  isHostedLidUser,
  isHostedPnUser,
  isJidBroadcast,
  isJidGroup,
  isJidNewsletter,
  isJidStatusBroadcast,
  isLidUser,
  isPnUser,
  jidDecode,
  jidNormalizedUser,
  normalizeMessageContent,
  proto,
  toNumber,
  type WAMessage,
} from "@whiskeysockets/baileys";
import type { InboundAttachment, InboundKind, InboundMessage } from "../../src/channels/contract.js";

/** A file the channel still has to download (and check) before the message is stored. */
export interface MediaRef {
  kind: "image" | "video" | "document" | "audio" | "voice";
  /** What WhatsApp claims; never trusted, only logged beside the sniffed type. */
  claimedMime?: string;
  /** What the sender's app declared; the download enforces the limit on real bytes too. */
  declaredBytes?: number;
  fileName?: string;
}

export type IgnoreReason =
  | "malformed"
  | "status"
  | "broadcast"
  | "group"
  | "newsletter"
  | "own-message"
  | "not-a-person"
  | "stub"
  | "protocol"
  | "silent-action";

export type Converted =
  | { type: "ignore"; reason: IgnoreReason; id?: string }
  | {
      type: "message";
      message: InboundMessage;
      media?: MediaRef;
      /** The chat's JID as addressed and, when known, its other form (LID ↔ phone number). */
      jids: { chat: string; alt?: string };
    };

/** User actions that carry nothing to answer (pinning, keeping, encrypted poll/event votes). */
const SILENT_ACTIONS = new Set([
  "keepInChatMessage",
  "pinInChatMessage",
  "encReactionMessage",
  "pollUpdateMessage",
  "encEventResponseMessage",
  "messageHistoryBundle",
  "messageHistoryNotice",
]);

const MEDIA: Record<string, MediaRef["kind"]> = {
  imageMessage: "image",
  videoMessage: "video",
  ptvMessage: "video",
  documentMessage: "document",
  audioMessage: "audio",
};

/**
 * Pure: one Baileys message → the contract's InboundMessage, or a deliberate ignore with its
 * reason. Wrappers (ephemeral, view-once, document-with-caption, edited) are unwrapped first.
 * `knownAlt` is the other JID of the sender when the channel looked it up (LID → phone number).
 */
export function toInboundMessage(msg: WAMessage, knownAlt?: string): Converted {
  const key = msg?.key;
  const id = key?.id ?? undefined;
  if (!key || !id || !key.remoteJid) return { type: "ignore", reason: "malformed", ...(id ? { id } : {}) };
  const remote = key.remoteJid;
  if (isJidStatusBroadcast(remote)) return { type: "ignore", reason: "status", id };
  if (isJidBroadcast(remote)) return { type: "ignore", reason: "broadcast", id };
  if (isJidGroup(remote)) return { type: "ignore", reason: "group", id };
  if (isJidNewsletter(remote)) return { type: "ignore", reason: "newsletter", id };
  if (key.fromMe) return { type: "ignore", reason: "own-message", id };
  if (!isPerson(remote)) return { type: "ignore", reason: "not-a-person", id };
  // A stub (failed decryption, notification) has no content; Baileys retries a failed
  // decryption and delivers the real message later under the same id, so storing the stub
  // would make that message look like a duplicate.
  if (!msg.message) return { type: "ignore", reason: "stub", id };

  const chat = jidNormalizedUser(remote);
  const altRaw = key.remoteJidAlt ?? knownAlt;
  const alt = altRaw && isPerson(altRaw) ? jidNormalizedUser(altRaw) : undefined;
  const pnJid = [chat, alt].find((j) => j && (isPnUser(j) || isHostedPnUser(j)));
  const phone = pnJid ? jidDecode(pnJid)?.user : undefined;
  const displayName = typeof msg.pushName === "string" && msg.pushName.trim() ? msg.pushName.trim().slice(0, 200) : undefined;
  const seconds = msg.messageTimestamp ? toNumber(msg.messageTimestamp) : 0;

  const content = readContent(msg.message);
  if ("ignore" in content) return { type: "ignore", reason: content.ignore, id };

  const message: InboundMessage = {
    channel: "WHATSAPP",
    externalId: id,
    chatId: chat,
    sender: {
      id: chat,
      ...(alt && alt !== chat ? { aliases: [alt] } : {}),
      ...(phone && /^\d{5,20}$/.test(phone) ? { phone: `+${phone}` } : {}),
      ...(displayName ? { displayName } : {}),
    },
    kind: content.kind,
    ...(content.text !== undefined ? { text: content.text } : {}),
    ...(content.attachments?.length ? { attachments: content.attachments } : {}),
    ...(content.refersTo ? { refersTo: content.refersTo } : {}),
    ...(seconds > 0 ? { sentAt: new Date(seconds * 1000) } : {}),
  };
  return {
    type: "message",
    message,
    ...(content.media ? { media: content.media } : {}),
    jids: { chat, ...(alt && alt !== chat ? { alt } : {}) },
  };
}

interface Content {
  kind: InboundKind;
  text?: string;
  attachments?: InboundAttachment[];
  refersTo?: string;
  media?: MediaRef;
}

function readContent(raw: proto.IMessage): Content | { ignore: IgnoreReason } {
  const m = normalizeMessageContent(raw);
  const type = m ? getContentType(m) : undefined;
  // A message with nothing in it: the person gets "your message is empty".
  if (!m || !type) return { kind: "text", text: "" };
  if (SILENT_ACTIONS.has(type)) return { ignore: "silent-action" };

  switch (type) {
    case "conversation":
      return { kind: "text", text: m.conversation ?? "" };
    case "extendedTextMessage":
      return { kind: "text", text: m.extendedTextMessage?.text ?? "" };
    case "protocolMessage":
      return readProtocol(m.protocolMessage!);
    case "reactionMessage": {
      const r = m.reactionMessage!;
      return { kind: "reaction", text: r.text ?? "", ...(r.key?.id ? { refersTo: r.key.id } : {}) };
    }
    case "stickerMessage":
      // Decorative: no download; the engine answers a sticker like an emoji.
      return { kind: "sticker", text: "" };
    case "locationMessage":
    case "liveLocationMessage":
      return readLocation(m);
    case "contactMessage":
    case "contactsArrayMessage":
      return readContacts(m);
  }

  const mediaKind = MEDIA[type];
  if (mediaKind) {
    const media = (m as Record<string, unknown>)[type] as proto.Message.IImageMessage &
      proto.Message.IDocumentMessage &
      proto.Message.IAudioMessage;
    const kind = mediaKind === "audio" && media.ptt ? "voice" : mediaKind;
    const declared = media.fileLength ? toNumber(media.fileLength) : undefined;
    return {
      kind,
      text: media.caption ?? "",
      media: {
        kind,
        ...(media.mimetype ? { claimedMime: media.mimetype } : {}),
        ...(declared !== undefined && Number.isFinite(declared) ? { declaredBytes: declared } : {}),
        ...(media.fileName ? { fileName: media.fileName.slice(0, 255) } : {}),
      },
    };
  }
  return { kind: "unsupported", text: "" };
}

function readProtocol(p: proto.Message.IProtocolMessage): Content | { ignore: IgnoreReason } {
  const refersTo = p.key?.id ?? undefined;
  if (p.type === proto.Message.ProtocolMessage.Type.REVOKE) return { kind: "revoke", ...(refersTo ? { refersTo } : {}) };
  if (p.type === proto.Message.ProtocolMessage.Type.MESSAGE_EDIT) {
    const edited = normalizeMessageContent(p.editedMessage ?? undefined);
    const text =
      edited?.conversation ??
      edited?.extendedTextMessage?.text ??
      edited?.imageMessage?.caption ??
      edited?.videoMessage?.caption ??
      edited?.documentMessage?.caption ??
      "";
    return { kind: "edit", text, ...(refersTo ? { refersTo } : {}) };
  }
  // History sync notices, key shares, disappearing-mode settings...: housekeeping between devices.
  return { ignore: "protocol" };
}

function readLocation(m: proto.IMessage): Content {
  const loc = m.locationMessage ?? m.liveLocationMessage!;
  const lat = loc.degreesLatitude;
  const lng = loc.degreesLongitude;
  if (typeof lat !== "number" || typeof lng !== "number" || !Number.isFinite(lat) || !Number.isFinite(lng))
    return { kind: "unsupported", text: "" };
  // Kept as GeoJSON so the coordinates reach the officer intact (as on Telegram).
  const point = { type: "Point", coordinates: [lng, lat] };
  const name = "name" in loc ? (loc as proto.Message.ILocationMessage).name : undefined;
  const address = "address" in loc ? (loc as proto.Message.ILocationMessage).address : undefined;
  const geo = name || address ? { type: "Feature", geometry: point, properties: { title: name ?? null, address: address ?? null } } : point;
  return {
    kind: "location",
    text: (m.locationMessage ? m.locationMessage.comment : m.liveLocationMessage?.caption) ?? "",
    attachments: [{ mime: "application/geo+json", fileName: "lokasi.geojson", data: Buffer.from(JSON.stringify(geo)) }],
  };
}

function readContacts(m: proto.IMessage): Content {
  const cards = m.contactMessage ? [m.contactMessage] : (m.contactsArrayMessage?.contacts ?? []);
  const attachments: InboundAttachment[] = [];
  for (const card of cards.slice(0, 20)) {
    const vcard =
      card.vcard ??
      (card.displayName ? `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${card.displayName.replace(/[\r\n]/g, " ")}\r\nEND:VCARD\r\n` : undefined);
    if (vcard) attachments.push({ mime: "text/vcard", fileName: "kontak.vcf", data: Buffer.from(vcard.slice(0, 64_000)) });
  }
  return attachments.length ? { kind: "contact", text: "", attachments } : { kind: "unsupported", text: "" };
}

function isPerson(jid: string): boolean {
  return isPnUser(jid) === true || isLidUser(jid) === true || isHostedPnUser(jid) === true || isHostedLidUser(jid) === true;
}
