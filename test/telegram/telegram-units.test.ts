import { describe, expect, it } from "vitest";
import { createCallbackSigner } from "../../bots/telegram/callback-data.js";
import { chatKeyOf, processUpdates } from "../../bots/telegram/process-updates.js";
import { splitText } from "../../bots/telegram/split-text.js";
import { toInboundMessage } from "../../bots/telegram/to-inbound-message.js";
import type { Update } from "telegraf/types";

describe("splitText", () => {
  it("keeps a text within the limit as one piece", () => {
    expect(splitText("Selamat datang.")).toEqual(["Selamat datang."]);
    expect(splitText("   ")).toEqual([]);
  });

  it("cuts between words, never inside one, and loses no word", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `kata${i}`);
    const text = words.join(" ");
    const pieces = splitText(text);
    expect(pieces.length).toBeGreaterThanOrEqual(Math.ceil(text.length / 4096));
    expect(pieces.length).toBeLessThanOrEqual(Math.ceil(text.length / 4096) + 1);
    expect(pieces.every((p) => p.length <= 4096)).toBe(true);
    expect(pieces.join(" ").split(" ")).toEqual(words);
  });

  it("prefers a paragraph break near the end of a piece", () => {
    const text = `${"a ".repeat(1500)}\n\n${"b ".repeat(1500)}`;
    const [first, second] = splitText(text);
    expect(first!.endsWith("a")).toBe(true);
    expect(second!.startsWith("b")).toBe(true);
  });

  it("cuts a single run longer than the limit, but not between the halves of an emoji", () => {
    const run = `${"x".repeat(4095)}😀${"y".repeat(10)}`;
    const pieces = splitText(run);
    expect(pieces[0]).toBe("x".repeat(4095));
    expect(pieces[1]!.startsWith("😀")).toBe(true);
    expect(pieces.join("")).toBe(run);
  });
});

describe("callback data signing", () => {
  const signer = createCallbackSigner("123:token");

  it("signs an allowed action for one chat and reads it back", () => {
    const data = signer.sign("42", "menu:complaint")!;
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(signer.verify("42", data)).toBe("menu:complaint");
    expect(signer.verify("42", signer.sign("42", "unfollow:PMI-7K3M9X")!)).toBe("unfollow:PMI-7K3M9X");
  });

  it("refuses data altered, moved to another chat, signed with another token, or outside the allow-list", () => {
    const data = signer.sign("42", "answer:self")!;
    expect(signer.verify("42", data.replace("self", "family"))).toBeNull();
    expect(signer.verify("43", data)).toBeNull();
    expect(createCallbackSigner("999:other").verify("42", data)).toBeNull();
    expect(signer.verify("42", "answer:self")).toBeNull();
    expect(signer.verify("42", "")).toBeNull();
    expect(signer.verify("42", "x".repeat(500))).toBeNull();
    expect(signer.sign("42", "createCase:{}")).toBeNull();
  });

  it("carries consent only bound to one request (ticket and follower), within Telegram's 64 bytes", () => {
    const bound = "consent:yes:PMI-7K3M9X:0a1b2c3d";
    const data = signer.sign("1234567890", bound)!;
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(signer.verify("1234567890", data)).toBe(bound);
    // A consent button that names no request is not ours any more.
    expect(signer.sign("42", "consent:yes")).toBeNull();
    expect(signer.verify("42", signer.sign("42", "newproblem:no")!)).toBe("newproblem:no");
  });
});

const base = {
  message_id: 7,
  date: 1_760_000_000,
  chat: { id: 42, type: "private" },
  from: { id: 42, is_bot: false, first_name: "Sri", last_name: "Wahyuni" },
};

describe("toInboundMessage", () => {
  it("converts text with a unique id per chat and message, and the sender's name", () => {
    const converted = toInboundMessage({ update_id: 1, message: { ...base, text: "halo" } });
    expect(converted).toEqual({
      type: "message",
      message: {
        channel: "TELEGRAM",
        externalId: "42:7",
        chatId: "42",
        sender: { id: "42", displayName: "Sri Wahyuni" },
        kind: "text",
        text: "halo",
        sentAt: new Date(1_760_000_000_000),
      },
    });
  });

  it("picks the largest photo size and asks for a download", () => {
    const converted = toInboundMessage({
      update_id: 2,
      message: {
        ...base,
        caption: "slip gaji",
        photo: [
          { file_id: "small", width: 90, height: 90 },
          { file_id: "big", width: 1280, height: 720, file_size: 99 },
          { file_id: "mid", width: 320, height: 320 },
        ],
      },
    });
    expect(converted).toMatchObject({ type: "message", message: { kind: "image", text: "slip gaji" }, file: { fileId: "big", size: 99 } });
  });

  it("maps edits, voice, video notes, stickers and unknown content", () => {
    expect(toInboundMessage({ update_id: 3, edited_message: { ...base, edit_date: 1_760_000_100, text: "ralat" } })).toMatchObject({
      message: { kind: "edit", externalId: "edit:42:7:1760000100", refersTo: "42:7", text: "ralat" },
    });
    expect(toInboundMessage({ update_id: 4, message: { ...base, voice: { file_id: "v", duration: 2 } } })).toMatchObject({
      message: { kind: "voice" },
      file: { fileId: "v" },
    });
    expect(toInboundMessage({ update_id: 5, message: { ...base, video_note: { file_id: "vn" } } })).toMatchObject({
      message: { kind: "video" },
    });
    expect(toInboundMessage({ update_id: 6, message: { ...base, sticker: { file_id: "s", emoji: "🙏" } } })).toMatchObject({
      message: { kind: "sticker", text: "🙏" },
    });
    expect(toInboundMessage({ update_id: 7, message: { ...base, dice: { emoji: "🎲", value: 3 } } })).toMatchObject({
      message: { kind: "unsupported" },
    });
  });

  it("reads blocking and unblocking the bot in a private chat, and ignores membership changes in groups", () => {
    const change = (chat: object, status: string) => ({
      update_id: 20,
      my_chat_member: { chat, from: base.from, date: 1, new_chat_member: { status } },
    });
    expect(toInboundMessage(change(base.chat, "kicked"))).toEqual({ type: "membership", userId: String(base.from.id), blocked: true });
    expect(toInboundMessage(change(base.chat, "member"))).toEqual({ type: "membership", userId: String(base.from.id), blocked: false });
    expect(toInboundMessage(change({ id: -100, type: "group" }, "kicked"))).toMatchObject({ type: "ignore" });
    expect(toInboundMessage(change(base.chat, "administrator"))).toMatchObject({ type: "ignore" });
  });

  it("reads button presses, groups, channels, service messages and junk without throwing", () => {
    expect(
      toInboundMessage({ update_id: 8, callback_query: { id: "q1", from: base.from, data: "x~y", message: { ...base, text: "t" } } }),
    ).toMatchObject({
      type: "callback",
      callbackQueryId: "q1",
      pressedMessageId: 7,
      message: { externalId: "cb:q1", kind: "action", text: "x~y", chatId: "42" },
    });
    expect(toInboundMessage({ update_id: 9, message: { ...base, chat: { id: -5, type: "supergroup" }, text: "hai" } })).toEqual({
      type: "not-private",
      chatId: "-5",
      chatType: "supergroup",
    });
    expect(toInboundMessage({ update_id: 10, channel_post: { ...base, chat: { id: -9, type: "channel" }, text: "x" } })).toMatchObject({
      type: "not-private",
      chatType: "channel",
    });
    expect(toInboundMessage({ update_id: 11, message: { ...base, new_chat_members: [] } })).toMatchObject({
      type: "ignore",
      reason: "service message",
    });
    expect(toInboundMessage({ update_id: 12, chat_join_request: {} })).toMatchObject({ type: "ignore" });
    for (const junk of [null, 5, "x", [], { update_id: 13, message: "nope" }, { update_id: 14, message: { text: "no chat" } }]) {
      expect(toInboundMessage(junk).type).toBe("ignore");
    }
  });
});

describe("processUpdates", () => {
  const update = (id: number, chat: number) =>
    ({ update_id: id, message: { ...base, message_id: id, chat: { id: chat, type: "private" } } }) as unknown as Update;

  it("keeps each chat's order, runs chats in parallel, and stops a chat at its first failure", async () => {
    const seen: number[] = [];
    const failures = await processUpdates(
      [update(3, 1), update(1, 1), update(2, 2), update(4, 1), update(5, 2)],
      async (u) => {
        if (u.update_id === 3) throw new Error("database away");
        seen.push(u.update_id);
      },
      4,
    );
    expect(seen.filter((id) => [1, 3, 4].includes(id))).toEqual([1]);
    expect(seen.filter((id) => [2, 5].includes(id))).toEqual([2, 5]);
    expect(failures.map((f) => f.update.update_id)).toEqual([3, 4]);
    expect(chatKeyOf(update(9, -77))).toBe("-77");
  });
});
