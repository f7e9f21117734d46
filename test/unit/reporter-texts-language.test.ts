import { describe, expect, it } from "vitest";
import { CASE_KIND_LABELS, EMERGENCY_KINDS, INFO_KINDS } from "../../src/core/case-kinds.js";
import { STATUS_LABELS } from "../../src/core/case-lifecycle.js";
import { faqAnswer } from "../../src/core/faq.js";
import { missionsFor, type MissionDirectory } from "../../src/core/missions.js";
import { MENU_OPTIONS, REPLY_TEMPLATES, texts } from "../../src/core/texts.js";
import { COUNTRY_EMERGENCY_NUMBERS, MISSIONS } from "../../src/seed/missions-directory.js";

/**
 * Every text a reporter reads is plain Indonesian: no English words (src/core/texts.ts). The
 * list holds the English words that have crept into such texts before, and common ones.
 */
const ENGLISH = [
  "call",
  "center",
  "centre",
  "hotline",
  "please",
  "thanks",
  "thank",
  "sorry",
  "help",
  "support",
  "update",
  "online",
  "offline",
  "chat",
  "click",
  "link",
  "submit",
  "cancel",
  "confirm",
  "the",
  "and",
  "you",
  "your",
  "for",
  "with",
  "emergency",
  "urgent",
  "report",
  "officer",
  "free",
  "welcome",
  "deadline",
  "follow",
  "share",
  "location",
  "email",
  "safe",
  "police",
  "embassy",
  "consulate",
  "status update",
  "ticket",
  "case",
  "bot",
  "button",
  "reply",
  "send",
  "message",
];
/** Names that stay as they are: apps and platforms. */
const PROPER_NAMES = [/Safe Travel/g, /WhatsApp/g, /Telegram/g];

const hotlines = { hotline: "0800-1000", hotlineAbroad: "+62-21-29244800" };
const directory: MissionDirectory = {
  missions: MISSIONS.map((m) => ({ ...m, confirmed: false })),
  emergencyNumbers: COUNTRY_EMERGENCY_NUMBERS.map((n) => ({ ...n, confirmed: false })),
};

/** Arguments for the texts whose parameters are not plain strings; any other text gets sample strings. */
const SAMPLES: Partial<Record<keyof typeof texts, unknown[]>> = {
  confirm: [
    {
      kind: "GAJI",
      onBehalf: true,
      workerName: "Siti",
      workerPhone: "+62812",
      region: "Lampung",
      country: "Taiwan",
      description: "gaji belum dibayar",
    },
  ],
  caseCreated: ["PMI-7K3M9X", "BP3MI Lampung", new Date("2026-11-23T03:00:00Z")],
  officerCaseCreated: ["PMI-7K3M9X", "BP3MI Lampung", new Date("2026-11-23T03:00:00Z")],
  documentChecklist: ["PMI-7K3M9X", ["Kartu Keluarga (KK)", "Slip gaji"]],
  caseStatus: ["PMI-7K3M9X", "DITANGANI", new Date("2026-11-23T03:00:00Z"), "BP3MI Lampung"],
  statusChanged: ["PMI-7K3M9X", "MENUNGGU_KETERANGAN", "mohon kirim paspor"],
  missionContact: ["Arab Saudi", missionsFor(directory, "Arab Saudi"), hotlines],
  privacyNotice: [{ caseYears: 5, mediaDays: 365 }],
  dataSummary: [{ cases: [{ ticket: "PMI-7K3M9X", status: "DITANGANI" }], messages: 12, files: 2, identifiers: ["telepon ****7890"] }],
  deletionRequested: [new Date("2026-11-23T03:00:00Z")],
  deletionAlreadyRequested: [new Date("2026-11-23T03:00:00Z")],
  deletionRefusedOpenCase: [["PMI-7K3M9X"]],
};

function everyReporterText(): string[] {
  const out: string[] = [];
  for (const [key, fn] of Object.entries(texts) as [keyof typeof texts, (...args: unknown[]) => string][]) {
    if (key === "emergency" || key === "askFactAgain") continue;
    const args = SAMPLES[key] ?? Array.from({ length: fn.length }, () => "PMI-7K3M9X");
    out.push(fn(...args));
  }
  const facts = ["employerName", "placementCompany", "workSector", "departureDate", "passportNumber", "cityAbroad"] as const;
  out.push(...facts.map((fact) => texts.askFactAgain(fact, ["Pabrik", "Lainnya"])));
  // The consent question as the reminder of an unfinished intake asks it.
  out.push(texts.confirm({ ...(SAMPLES.confirm![0] as Parameters<typeof texts.confirm>[0]), reminder: true }));
  const countries = [undefined, "Belum berangkat", ...new Set(MISSIONS.map((m) => m.country))];
  for (const kind of EMERGENCY_KINDS) {
    for (const country of countries) {
      for (const forFamily of [false, true]) {
        out.push(
          texts.emergency({
            kind,
            country,
            missions: missionsFor(directory, country),
            local: directory.emergencyNumbers.find((n) => n.country === country),
            hotlines,
            forFamily,
          }),
        );
      }
    }
  }
  out.push(...INFO_KINDS.map((k) => faqAnswer(k, hotlines)));
  out.push(...REPLY_TEMPLATES.flatMap((t) => [t.title, t.text]));
  out.push(...MENU_OPTIONS.map((o) => o.label), ...Object.values(STATUS_LABELS), ...Object.values(CASE_KIND_LABELS));
  return out;
}

describe("reporter texts", () => {
  it("contain no English words", () => {
    const found = new Set<string>();
    for (const text of everyReporterText()) {
      let plain = text.toLowerCase();
      for (const name of PROPER_NAMES) plain = plain.replace(new RegExp(name.source.toLowerCase(), "g"), " ");
      for (const word of ENGLISH) {
        if (new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, "u").test(plain)) found.add(`${word} in: ${text.slice(0, 80)}`);
      }
    }
    expect([...found]).toEqual([]);
  });

  it("the scan notices an English word", () => {
    expect(/(^|[^\p{L}])call([^\p{L}]|$)/u.test("hubungi call center kp2mi")).toBe(true);
  });
});
