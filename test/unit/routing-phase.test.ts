import { describe, expect, it } from "vitest";
import { detectPhase, PHASE_ROUTED_KINDS, readPhaseAnswer } from "../../src/core/phase.js";
import { REGIONS } from "../../src/core/regions.js";
import { routeCase, type RoutingTable } from "../../src/core/routing.js";
import { AGENCIES, NATIONAL_AGENCY_ID } from "../../src/seed/agreements.js";
import { allRoutingRules } from "../../src/seed/routing-rules.js";

const rules = allRoutingRules();
const table: RoutingTable = { rules, agencies: AGENCIES, nationalAgencyId: NATIONAL_AGENCY_ID };
const region = (id: string) => {
  const found = REGIONS.find((r) => r.id === id)!;
  return { id: found.id, provinceId: found.provinceId };
};
const lead = (regionId: string, kind: string, phase: string | null) =>
  routeCase({ region: region(regionId), kind, extraKinds: [], phase }, table)[0]!.agencyId;
const kindOf = (agencyId: string) => AGENCIES.find((a) => a.id === agencyId)!.kind;

describe("routing rows, each checked against its clause", () => {
  it("every row cites a clause of its own agreement", () => {
    for (const row of rules) expect(row.clause, `${row.agreementId} ${row.caseKind} ${row.phase}`).toMatch(/Pasal|Lampiran/);
  });

  /** Each row's lead office must be the one its clause names. */
  const expectations: { agreement: string; kind: string | null; phase: string | null; leadKind: string; clause: RegExp }[] = [
    // Lampung annex, Program 5.3 b: the social office receives PMI "Terlantar" after return.
    { agreement: "MOU-LAMPUNG-2025", kind: "TERLANTAR", phase: "SETELAH_PULANG", leadKind: "DINAS_SOSIAL", clause: /kategori Terlantar/ },
    { agreement: "MOU-LAMPUNG-2025", kind: "TERLANTAR", phase: null, leadKind: "DINAS_SOSIAL", clause: /Program 5\.3/ },
    // Program 5.3 a: the BP3MI brings home PMI terkendala (abroad, with the mission).
    {
      agreement: "MOU-LAMPUNG-2025",
      kind: "TERLANTAR",
      phase: "SEDANG_BEKERJA",
      leadKind: "BP3MI",
      clause: /pemulangan Pekerja Migran Indonesia terkendala/,
    },
    // Program 5.2 b: before work, the BP3MI with the labour dinas (failed departure).
    { agreement: "MOU-LAMPUNG-2025", kind: "TERLANTAR", phase: "SEBELUM_BEKERJA", leadKind: "BP3MI", clause: /Program 5\.2/ },
    // Program 3.1 and 3.2: health checks and services of CPMI and PMI by the health office.
    {
      agreement: "MOU-LAMPUNG-2025",
      kind: "KESEHATAN",
      phase: "SEBELUM_BEKERJA",
      leadKind: "DINAS_KESEHATAN",
      clause: /Program 3\.1 dan 3\.2/,
    },
    { agreement: "MOU-LAMPUNG-2025", kind: "KESEHATAN", phase: "SETELAH_PULANG", leadKind: "DINAS_KESEHATAN", clause: /Dinas Kesehatan/ },
    // Program 3.3: abroad the BP3MI leads (PMI sent home because of illness).
    { agreement: "MOU-LAMPUNG-2025", kind: "KESEHATAN", phase: "SEDANG_BEKERJA", leadKind: "BP3MI", clause: /Program 3\.3/ },
    { agreement: "MOU-LAMPUNG-2025", kind: "SAKIT_BERAT", phase: null, leadKind: "BP3MI", clause: /Program 3\.3/ },
    { agreement: "MOU-LAMPUNG-2025", kind: "INFO_KLINIK", phase: null, leadKind: "DINAS_KESEHATAN", clause: /memiliki izin/ },
    { agreement: "MOU-LAMPUNG-2025", kind: "EVAKUASI", phase: null, leadKind: "BP3MI", clause: /Program 5\.3 huruf a/ },
    { agreement: "MOU-LAMPUNG-2025", kind: null, phase: null, leadKind: "BP3MI", clause: /Pasal 4 c/ },
    // Pekalongan Pasal 4(2)a: the dinas arranges return in war, disaster, epidemic, deportation.
    {
      agreement: "MOU-PEKALONGAN-2022",
      kind: "EVAKUASI",
      phase: null,
      leadKind: "DINAS_TENAGA_KERJA",
      clause: /Pasal 4 ayat \(2\) a: .*perang, bencana alam, wabah penyakit, deportasi/,
    },
    { agreement: "MOU-PEKALONGAN-2022", kind: null, phase: null, leadKind: "BP3MI", clause: /Pasal 4 ayat \(1\) a/ },
    // DKI: Pasal 4 c (health of CPMI and PMI), the annex's "Terlantar" returnees to the social office.
    { agreement: "MOU-DKI-2025", kind: "KESEHATAN", phase: null, leadKind: "DINAS_KESEHATAN", clause: /Pasal 4 c/ },
    { agreement: "MOU-DKI-2025", kind: "TERLANTAR", phase: "SETELAH_PULANG", leadKind: "DINAS_SOSIAL", clause: /Terlantar/ },
    { agreement: "MOU-DKI-2025", kind: "TERLANTAR", phase: "SEDANG_BEKERJA", leadKind: "BP3MI", clause: /Pasal 4 a/ },
    { agreement: "MOU-DKI-2025", kind: "INFO_PELATIHAN", phase: null, leadKind: "BP3MI", clause: /Pasal 4 b/ },
    { agreement: "MOU-ASAHAN-2021", kind: null, phase: null, leadKind: "BP3MI", clause: /Pasal 4/ },
    // Lampung Pasal 4 b and annex Programs 1 and 2: training and job information, BP3MI with the education office.
    { agreement: "MOU-LAMPUNG-2025", kind: "INFO_PELATIHAN", phase: null, leadKind: "BP3MI", clause: /Pasal 4 b/ },
  ];

  it.each(expectations)("$agreement $kind $phase: lead office and clause", ({ agreement, kind, phase, leadKind, clause }) => {
    const row = rules.find((r) => r.agreementId === agreement && r.caseKind === kind && r.phase === phase && r.role === "LEAD");
    expect(row, "row exists").toBeDefined();
    expect(kindOf(row!.agencyId)).toBe(leadKind);
    expect(row!.clause).toMatch(clause);
  });

  it("every lead row is covered by the table above", () => {
    const covered = (r: (typeof rules)[number]) =>
      expectations.some((e) => e.agreement === r.agreementId && e.kind === r.caseKind && e.phase === r.phase);
    const leads = rules.filter((r) => r.role === "LEAD");
    const uncovered = leads.filter((r) => !covered(r)).map((r) => `${r.agreementId} ${r.caseKind} ${r.phase}`);
    // Rows following the same clause as a row in the table (same agreement, same clause text) count as checked.
    const sameClause = leads.filter(
      (r) => !covered(r) && leads.some((o) => covered(o) && o.agreementId === r.agreementId && o.clause === r.clause),
    );
    expect(uncovered.filter((u) => !sameClause.some((r) => `${r.agreementId} ${r.caseKind} ${r.phase}` === u))).toEqual([]);
  });
});

describe("routing by phase", () => {
  it("a worker stranded abroad goes to the BP3MI, after return to the social office", () => {
    expect(lead("ID-LA", "TERLANTAR", "SEDANG_BEKERJA")).toBe("BP3MI-LA");
    expect(lead("ID-LA", "TERLANTAR", "SETELAH_PULANG")).toBe("DINSOS-LA");
    expect(lead("ID-LA", "KESEHATAN", "SEDANG_BEKERJA")).toBe("BP3MI-LA");
    expect(lead("ID-LA", "KESEHATAN", "SEBELUM_BEKERJA")).toBe("DINKES-LA");
    // A regency without its own agreement follows its province's, phase included.
    expect(lead("ID-LA", "TERLANTAR", null)).toBe("DINSOS-LA");
  });

  it("evacuation goes to the Pekalongan dinas per Pasal 4(2)a; elsewhere without such a clause to the default row", () => {
    expect(lead("KAB-PEKALONGAN", "EVAKUASI", "SEDANG_BEKERJA")).toBe("DINKOPUKMNAKER-KAB-PEKALONGAN");
    expect(lead("KAB-ASAHAN", "EVAKUASI", null)).toBe("BP3MI-SU");
  });

  it("takes the phase from what was said", () => {
    expect(detectPhase("saya gagal berangkat, uang sudah disetor ke agen")).toBe("SEBELUM_BEKERJA");
    expect(detectPhase("saya masih di malaysia, majikan tidak bayar")).toBe("SEDANG_BEKERJA");
    expect(detectPhase("saya sudah pulang dari taiwan tapi gaji terakhir belum dibayar")).toBe("SETELAH_PULANG");
    expect(detectPhase("tolong dibantu pak")).toBeNull();
    expect(detectPhase("gaji belum dibayar", { country: "Arab Saudi" })).toBe("SEDANG_BEKERJA");
    expect(detectPhase("uang saya ditahan", { kind: "GAGAL_BERANGKAT" })).toBe("SEBELUM_BEKERJA");
  });
});

describe("asking the phase", () => {
  it("is asked for exactly the kinds whose routing rows differ by phase", () => {
    const phased = new Set(rules.filter((r) => r.phase !== null).map((r) => r.caseKind));
    expect([...phased].sort()).toEqual([...PHASE_ROUTED_KINDS].sort());
  });

  it("reads the answer in people's own words", () => {
    const cases: [string, string | null][] = [
      ["masih di sini di malaysia", "SEDANG_BEKERJA"],
      ["masih", "SEDANG_BEKERJA"],
      ["lagi di taiwan pak", "SEDANG_BEKERJA"],
      ["udah pulang bulan lalu", "SETELAH_PULANG"],
      ["sdh di rumah", "SETELAH_PULANG"],
      ["sudah", "SETELAH_PULANG"],
      ["belum berangkat", "SEBELUM_BEKERJA"],
      ["blm", "SEBELUM_BEKERJA"],
      ["masih di kampung, belum ada panggilan", "SEBELUM_BEKERJA"],
      ["hmm", null],
      ["tidak tahu", null],
    ];
    for (const [text, phase] of cases) expect(readPhaseAnswer(text), text).toBe(phase);
  });
});
