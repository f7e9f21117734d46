import { describe, expect, it } from "vitest";
import { DEFAULT_HOTLINES, REPLY_TEMPLATES, replyTemplates } from "../../src/core/texts.js";

describe("reply templates", () => {
  it("name the configured hotlines in the emergency template, never a fixed number", () => {
    const darurat = replyTemplates({ hotline: "0800-1234", hotlineAbroad: "+62-21-5550000" }).find((t) => t.id === "darurat")!;
    expect(darurat.text).toContain("0800-1234");
    expect(darurat.text).toContain("+62-21-5550000");
    expect(darurat.text).not.toContain(DEFAULT_HOTLINES.hotline);
    expect(REPLY_TEMPLATES.find((t) => t.id === "darurat")!.text).toContain(DEFAULT_HOTLINES.hotline);
  });
});
