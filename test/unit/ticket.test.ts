import { describe, expect, it } from "vitest";
import { TICKET_ALPHABET, TICKET_LENGTH, TICKET_PREFIX, generateTicket, isTicket, parseTicket } from "../../src/core/ticket.js";

/** A deterministic byte source (xorshift32), so tests do not depend on crypto. */
function seeded(seed: number): (n: number) => Buffer {
  let x = seed >>> 0 || 1;
  return (n) => {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      out[i] = x & 0xff;
    }
    return out;
  };
}

/** Replays the given bytes, then repeats the last batch. */
function scripted(...batches: number[][]): (n: number) => Buffer {
  let i = 0;
  return () => Buffer.from(batches[Math.min(i++, batches.length - 1)]!);
}

function choose(n: number, k: number): number {
  return k === 0 ? 1 : (choose(n - 1, k - 1) * n) / k;
}

const FORMAT = /^PMI-[3479ACEFHJKMNPRTWXY]{6}$/;

describe("alphabet", () => {
  it("has no confusable characters and no duplicates", () => {
    expect(TICKET_ALPHABET).toBe("3479ACEFHJKMNPRTWXY");
    expect(new Set(TICKET_ALPHABET).size).toBe(TICKET_ALPHABET.length);
    for (const c of "0OQD1IL2Z5S8B6GUV") expect(TICKET_ALPHABET).not.toContain(c);
    expect(TICKET_LENGTH).toBe(6);
    expect(TICKET_PREFIX).toBe("PMI");
  });
});

describe("generateTicket", () => {
  it("produces 10,000 well-formed, mostly distinct tickets", () => {
    const tickets = Array.from({ length: 10_000 }, () => generateTicket());
    for (const t of tickets) {
      expect(t).toMatch(FORMAT);
      expect(t).toMatch(/[3479]/);
      expect(t.slice(4)).toMatch(/[A-Z]/);
      expect(isTicket(t)).toBe(true);
      expect(parseTicket(t)).toBe(t);
    }
    // ~35.6 million codes: about 1.4 expected collisions among 10,000.
    expect(new Set(tickets).size).toBeGreaterThan(9_980);
  });

  it("draws every valid code equally often, so each symbol at its expected rate", () => {
    // Uniform over codes with >= 1 digit and >= 1 letter makes digits a bit more frequent
    // than letters; work out the exact share of digit positions.
    let codes = 0;
    let digitPositions = 0;
    for (let k = 1; k < 6; k++) {
      const n = choose(6, k) * 4 ** k * 15 ** (6 - k);
      codes += n;
      digitPositions += n * k;
    }
    const digitShare = digitPositions / codes / 6;
    const random = seeded(7);
    const counts = new Map<string, number>();
    const samples = 6_000;
    for (let i = 0; i < samples; i++) {
      for (const c of generateTicket(random).slice(4)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect(counts.size).toBe(TICKET_ALPHABET.length);
    for (const [c, n] of counts) {
      const expected = samples * 6 * (/[0-9]/.test(c) ? digitShare / 4 : (1 - digitShare) / 15);
      expect(Math.abs(n - expected) / expected).toBeLessThan(0.1);
    }
  });

  it("is deterministic with an injected random source", () => {
    const r1 = seeded(42);
    const r2 = seeded(42);
    const first = [generateTicket(r1), generateTicket(r1), generateTicket(r1)];
    expect([generateTicket(r2), generateTicket(r2), generateTicket(r2)]).toEqual(first);
    expect(new Set(first).size).toBe(3);
    expect(generateTicket(seeded(43))).not.toBe(first[0]);
  });

  it("maps bytes onto the alphabet and redraws biased bytes", () => {
    // 0 -> "3", 4 -> "A"; 247..255 would bias the modulo and are skipped.
    expect(generateTicket(scripted([247, 255, 0, 4, 4, 4, 4, 4]))).toBe("PMI-3AAAAA");
    // 19 and 23 wrap to "3" and "A" (byte % 19).
    expect(generateTicket(scripted([19, 23, 23, 23, 23, 23]))).toBe("PMI-3AAAAA");
  });

  it("redraws a code without a digit or without a letter", () => {
    expect(generateTicket(scripted([4, 4, 4, 4, 4, 4], [0, 0, 0, 0, 0, 0], [1, 5, 6, 7, 8, 9]))).toBe("PMI-4CEFHJ");
  });

  it("fails loudly on a broken random source", () => {
    expect(() => generateTicket(() => Buffer.alloc(16, 255))).toThrow(/unusable bytes/);
    expect(() => generateTicket(() => Buffer.alloc(0))).toThrow(/unusable bytes/);
  });
});

describe("parseTicket", () => {
  it.each([
    "PMI-7K3M9X",
    "pmi-7k3m9x",
    "pmi 7k3 m9x",
    "PMI7K3M9X",
    "pmi7k3m9x",
    "tiket saya pmi7k3m9x",
    "Tiket saya PMI-7K3M9X, tolong dicek.",
    "nomor tiket: PMI 7K3-M9X ya pak",
    "pmi: 7k3m9x",
    "PMI #7K3M9X",
    "pmi 7.k.3.m.9.x",
    "PMI–7K3–M9X", // en dashes from autocorrect
    "PM1-7K3M9X", // 1 typed for the I of the prefix
    "pml 7k3m9x", // l typed for the I of the prefix
    "ＰＭＩ－７Ｋ３Ｍ９Ｘ", // full-width keyboard
    "saya pmi di taiwan, tiket PMI-7K3M9X",
    "7K3M9X",
    "7k3m9x",
    " 7k3 m9x ",
    "7K3-M9X",
    "7k-3m-9x",
    "#7K3M9X",
    "7k3m9x.",
  ])("finds the ticket in %j", (text) => {
    expect(parseTicket(text)).toBe("PMI-7K3M9X");
  });

  it.each([
    "",
    "halo",
    "saya pmi di taiwan",
    "gaji saya belum dibayar 3 bulan",
    "pmi ke arah mana", // six alphabet letters but no digit
    "kmrn 3 h", // bare text that is not grouped like a code
    "ya 4 hr kerja",
    "majikan", // ordinary word
    "PEMAKA", // six alphabet letters, no digit
    "347934", // six alphabet digits, no letter
    "cpmi 7k3m9x", // CPMI is a word, not the prefix
    "BP2MI 7K3M9X", // agency name
    "tiket 7K3M9X", // no prefix and not the whole message
    "PMI-7K3M9", // too short
    "PMI-7K3M9XA", // too long
    "PMI-7K3M9X4",
    "7K3M9XA",
    "PMI-7K3M0X", // 0 is outside the alphabet: rejected, not guessed
    "PMI-7K3M9O",
    "PMI-7K3MSX",
    "PMI-7K3M6X",
    "PMI-7K3 M9 X0",
    "PMX-7K3M9X",
    "P M I 7K3M9X",
  ])("rejects %j", (text) => {
    expect(parseTicket(text)).toBeNull();
  });

  it("returns the first valid ticket in the text", () => {
    expect(parseTicket("pmi-aaaaaa salah, yang benar pmi-3aaaaa atau PMI-7K3M9X")).toBe("PMI-3AAAAA");
  });

  it("validates the canonical form", () => {
    expect(isTicket("PMI-7K3M9X")).toBe(true);
    expect(isTicket("pmi-7k3m9x")).toBe(false);
    expect(isTicket("PMI-AAAAAA")).toBe(false);
    expect(isTicket("PMI 7K3M9X")).toBe(false);
  });
});
