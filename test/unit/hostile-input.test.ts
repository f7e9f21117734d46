/**
 * Issue 13.2: a long hostile message (a run of digits, of spaces, one word repeated) must not
 * hold a worker process. The matchers read a capped prefix and their regular expressions are
 * linear. Timings are medians of the CPU time of several runs with wide margins, so a busy
 * machine does not fail them, while the quadratic code they guard against took seconds.
 */
import { describe, expect, it } from "vitest";
import { baseTokens, limitMatcherInput, MATCHER_INPUT_LIMIT, normalizeText } from "../../src/core/normalize-text.js";
import { triage } from "../../src/core/triage.js";
import { matchRegion } from "../../src/core/regions.js";
import { matchCountry } from "../../src/core/countries.js";
import { isMenuCommand } from "../../src/conversation/answers.js";
import { parseOnBehalf } from "../../src/conversation/who-reports.js";
import { decide, type EngineFacts } from "../../src/conversation/engine.js";

const KB = 1024;

function hostileTexts(size: number): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return {
    digits: fill("1"),
    spaces: `a${" ".repeat(size - 2)}x`,
    "repeated words": fill("tidak boleh pulang gaji "),
    "digits glued to letters": fill(`${"7".repeat(300)}ab `),
    punctuation: `menu${fill(". !?")}x`,
    mixed: fill("123 abc  sy2 gk!! nomor   PMI-7K 9é "),
  };
}

/**
 * Median CPU time of a few runs, in milliseconds. CPU time rather than wall time: on a shared
 * machine the wall clock also counts the time spent waiting for a core.
 */
function medianMs(run: () => unknown, times = 5): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

describe("hostile input: matchers stay fast", () => {
  const big = hostileTexts(200 * KB);
  const matchers: Record<string, (text: string) => unknown> = {
    triage,
    matchRegion,
    matchCountry,
    parseOnBehalf: (t) => parseOnBehalf(t, true),
    normalizeText,
    isMenuCommand,
  };

  for (const [name, text] of Object.entries(big)) {
    it(`triages a 200 KB text (${name}) in under 50 ms`, () => {
      triage(text); // warm-up: compiled rules, JIT
      expect(medianMs(() => triage(text))).toBeLessThan(50);
    });
  }

  it("runs every matcher on every 200 KB hostile text in under 50 ms each", () => {
    for (const text of Object.values(big)) {
      for (const matcher of Object.values(matchers)) {
        matcher(text);
        expect(medianMs(() => matcher(text), 3)).toBeLessThan(50);
      }
    }
  });

  it("tokenises without the cap in time linear in the length (12.5 KB, 50 KB, 200 KB)", () => {
    // Growing step by step fails a quadratic tokenizer after seconds instead of minutes.
    const sizes = [12.5 * KB, 50 * KB, 200 * KB];
    for (const name of Object.keys(big)) {
      let previous: number | null = null;
      for (const size of sizes) {
        const text = hostileTexts(size)[name]!;
        if (previous === null) baseTokens(text, Infinity); // warm-up
        const t = medianMs(() => baseTokens(text, Infinity), 3);
        // Linear gives about 4x per step, quadratic 16x: 8x plus 20 ms of noise separates them.
        if (previous !== null) expect(t, `${name} at ${size / KB} KB`).toBeLessThan(8 * previous + 20);
        previous = t;
      }
    }
  });

  it("answers the worker-name question quickly when the answer is a run of spaces after a label", () => {
    const facts: EngineFacts = {
      now: new Date("2026-11-23T03:00:00Z"),
      hotlines: { hotline: "0800-1000", hotlineAbroad: "+62-21-29244800" },
      defaultOnBehalf: true,
      openCase: null,
    };
    const first = decide({}, { kind: "text", text: "adik saya di malaysia gajinya tidak dibayar, kami dari lampung" }, facts);
    expect(first.state.draft?.awaiting).toBe("workerName");
    const answer = `Siti Aminah, adik saya, 081234567890 nomor${" ".repeat(30 * KB)}x`;
    let next = first;
    expect(medianMs(() => (next = decide(first.state, { kind: "text", text: answer }, facts)), 1)).toBeLessThan(1000);
    expect(next.state.draft?.workerName).toBe("Siti Aminah");
    expect(next.state.draft?.workerPhone).toBeDefined();
  });
});

describe("hostile input: the cap", () => {
  it("reads the start and the end of a long text, never cutting a word in half", () => {
    const text = `saya dipukul ${"abcdefghij ".repeat(5_000)}tolong pulangkan`;
    const limited = limitMatcherInput(text);
    expect(limited.length).toBeLessThanOrEqual(MATCHER_INPUT_LIMIT + 1);
    expect(limited.startsWith("saya dipukul ")).toBe(true);
    expect(limited.endsWith(" tolong pulangkan")).toBe(true);
    expect(
      baseTokens(text).every((t) => t === "saya" || t === "dipukul" || t === "abcdefghij" || t === "tolong" || t === "pulangkan"),
    ).toBe(true);
  });

  it("still finds an emergency told at the start of a very long message", () => {
    const text = `saya dipukul majikan, tolong. ${"cerita panjang ".repeat(20_000)}`;
    expect(triage(text)).toMatchObject({ urgency: "EMERGENCY", emergency: "KEKERASAN" });
  });

  it("still splits a number glued to its unit and keeps p3mi whole", () => {
    expect(baseTokens("sy blm dibyr 3bln, 20jt ke p3mi 1234567bulan")).toEqual([
      "sy",
      "blm",
      "dibyr",
      "3",
      "bln",
      "20",
      "jt",
      "ke",
      "p3mi",
      "1234567",
      "bulan",
    ]);
  });
});
