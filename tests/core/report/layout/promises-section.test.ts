/**
 * Golden grids of the measures table (ÅTGÄRDER: promises kept) in both
 * reports: each measure's verdict and figures on one row, its focus area,
 * responsible partner and indicators on the line under it.
 */
import { parseRange } from "../../../../src/core/address";
import type { SheetPlan } from "../../../../src/core/plan/sheet-plan";
import { finalReportPlan } from "../../../../src/core/report/layout/final-report-plan";
import { PROMISES_TITLE, VERDICT_FILLS } from "../../../../src/core/report/layout/promises-section";
import { tertialReportPlan } from "../../../../src/core/report/layout/tertial-report-plan";
import { finalReportModel } from "../../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../../src/core/report/model/tertial-report-model";
import { planProblems } from "../plan-invariants";
import { context, promisesRegister, T2_2025 } from "../report-fixture";
import { checkRegister } from "../../../../src/core/check-register";
import { serialFromYMD } from "../../../../src/core/date";
import { demoRegister } from "../../../../src/demo/demo-register";

const T3_2025 = { kind: "tertial", year: 2025, tertial: 3 } as const;
const demoCheck = checkRegister(demoRegister(), { today: serialFromYMD(2026, 1, 8)!, tertial: T3_2025 });
const demoContext = { register: demoCheck.register, findings: demoCheck.findings, createdAt: new Date(2026, 0, 8, 9, 15) };

const tertialPlan = (reg = promisesRegister()) => tertialReportPlan(tertialReportModel(context(reg), T2_2025), "Rapport T2 2025");
const finalPlan = (reg = promisesRegister()) => finalReportPlan(finalReportModel(context(reg)), "Slutrapport");

/** The section's rows, from its title to the blank row after it, cut to `cols` columns. */
function section(plan: SheetPlan, cols: number): { first: number; rows: unknown[][] } {
  const first = plan.values.findIndex((r) => r[0] === PROMISES_TITLE);
  let end = first + 1;
  while (plan.values[end]!.some((v) => v !== null)) end++;
  return { first, rows: plan.values.slice(first, end).map((r) => r.slice(0, cols)) };
}

const inRows = (range: string, first: number, last: number) => {
  const r = parseRange(range);
  return r.row >= first && r.row <= last;
};

const fillAt = (plan: SheetPlan, cell: string) =>
  plan.styles.filter((s) => s.range === cell && s.style.fill !== undefined).map((s) => s.style.fill);

describe("the tertial report's measures table", () => {
  const plan = tertialPlan();
  const { first, rows } = section(plan, 10);

  it("gives each measure its verdict, who is responsible and the tertial's figures, and the line under it what it should move", () => {
    expect(rows).toEqual([
      [PROMISES_TITLE, null, null, null, null, null, null, null, null, null],
      [
        expect.stringMatching(/^Bedömning: säkerhetsenhetens status för åtgärden .* i tertialen\. Under varje åtgärd: /),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      ["Åtgärd", "Bedömning", "Ansvarig", "Aktiviteter", "varav genomförda", "Tillfällen", "Deltagare", null, "K/flickor", "M/pojkar"],
      ["Å1 Trygghetsvandringar", "Pågår – 2 aktiviteter i tertialen", "Kommunen", 2, 1, 3, 25, null, 12, 8],
      [
        "Kvinnors trygghet. Ska påverka: Anmälda brott (Enligt plan) och Otrygga ute sent (Mål saknas).",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      ["Å2 Medborgardialog", "Pågår men ingen aktivitet i tertialen", "Part POL", 0, 0, 0, 0, null, 0, 0],
      ["Ska påverka: I9 (saknas i rapporten, se Kontroll).", null, null, null, null, null, null, null, null, null],
      ["Å3 Feriejobb", "Genomförd", "Kommunen", 0, 0, 0, 0, null, 0, 0],
      ["Inga indikatorer angivna.", null, null, null, null, null, null, null, null, null],
      ["Å4 Öppen idrottshall", "Avbruten", "Part POL", 0, 0, 0, 0, null, 0, 0],
      ["Inga indikatorer angivna.", null, null, null, null, null, null, null, null, null],
    ]);
  });

  it("merges Deltagare over its two layout columns and each detail line across the table, and bands a measure's two rows alike", () => {
    const last = first + rows.length - 1;
    const merges = plan.merges.filter((m) => inRows(m, first + 2, last));
    expect(merges).toEqual(["G27:H27", "G28:H28", "A29:J29", "G30:H30", "A31:J31", "G32:H32", "A33:J33", "G34:H34", "A35:J35"]);
    const bands = plan.styles.filter((s) => s.style.fill === "#F2F2F2" && inRows(s.range, first, last)).map((s) => s.range);
    expect(bands).toEqual(["A30:J31", "A34:J35"]);
  });

  it("colours the verdict by its tone: green kept, yellow look at it, red not kept", () => {
    const row = (i: number) => first + 4 + 2 * i; // 1-based row of measure i
    expect(fillAt(plan, `B${row(0)}`)).toEqual([VERDICT_FILLS.good.fill]);
    expect(fillAt(plan, `B${row(1)}`)).toEqual([VERDICT_FILLS.attention.fill]);
    expect(fillAt(plan, `B${row(3)}`)).toEqual([VERDICT_FILLS.bad.fill]);
  });

  it("is a sound plan", () => {
    expect(planProblems(plan)).toEqual([]);
  });
});

describe.each([
  ["tertial", () => tertialReportPlan(tertialReportModel(demoContext, T3_2025), "Rapport T3 2025")],
  ["final", () => finalReportPlan(finalReportModel(demoContext), "Slutrapport")],
])("the demo's %s report", (_kind, make) => {
  const plan = make();
  const { first, rows } = section(plan, 2);
  const breaks = plan.print?.rowBreaks ?? [];

  it("runs over a page break, as the demo's fifteen measures need", () => {
    expect(breaks.some((b) => b > first && b < first + rows.length)).toBe(true);
  });

  it("never breaks a page between the section's title and its first measure, nor between a measure and its line", () => {
    const header = first + rows.findIndex((r) => r[0] === "Åtgärd");
    for (const b of breaks) expect(b <= first || b > header + 2).toBe(true);
    for (let r = header + 1; r < first + rows.length; r += 2) expect(breaks).not.toContain(r + 1);
  });
});

describe("the Slutrapport's measures table", () => {
  const plan = finalPlan();
  const { first, rows } = section(plan, 13);

  it("counts the whole pledge with each tertial's activities side by side, and says under each measure how many were done", () => {
    expect(rows.slice(2)).toEqual([
      [null, null, null, "Aktiviteter per tertial", null, null, null, null, null, null, null, null, null],
      [
        "Åtgärd",
        "Bedömning",
        null,
        "T2 2024",
        "T3 2024",
        "T1 2025",
        "T2 2025",
        "T3 2025",
        "Totalt",
        "Tillfällen",
        "Deltagare",
        "K/flickor",
        "M/pojkar",
      ],
      ["Å1 Trygghetsvandringar", "Pågår – 2 aktiviteter under löftet", null, 0, 0, 0, 2, 0, 2, 3, 25, 12, 8],
      [
        "Kvinnors trygghet. Ansvarig: Kommunen. Genomförda: 1 av 2 aktiviteter. Ska påverka: Anmälda brott (Förbättrat, ej nått målet) och Otrygga ute sent (Mål saknas).",
        ...Array(12).fill(null),
      ],
      ["Å2 Medborgardialog", "Pågår – 1 aktivitet under löftet", null, 0, 0, 1, 0, 0, 1, 1, 30, 0, 0],
      ["Ansvarig: Part POL. Genomförda: 1 av 1 aktivitet. Ska påverka: I9 (saknas i rapporten, se Kontroll).", ...Array(12).fill(null)],
      ["Å3 Feriejobb", "Genomförd", null, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0],
      ["Ansvarig: Kommunen. Genomförda: 1 av 1 aktivitet. Inga indikatorer angivna.", ...Array(12).fill(null)],
      ["Å4 Öppen idrottshall", "Avbruten", null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ["Ansvarig: Part POL. Inga indikatorer angivna.", ...Array(12).fill(null)],
    ]);
  });

  it("gives the verdict both narrow columns before the tertials, merged, in the header and on every measure", () => {
    const merges = plan.merges.filter((m) => inRows(m, first + 3, first + rows.length - 1));
    expect(merges.filter((m) => m.startsWith("B"))).toEqual(["B29:C29", "B30:C30", "B32:C32", "B34:C34", "B36:C36"]);
    expect(merges.filter((m) => m.startsWith("A"))).toEqual(["A31:M31", "A33:M33", "A35:M35", "A37:M37"]);
    expect(fillAt(plan, "B36:C36")).toEqual([VERDICT_FILLS.bad.fill]);
    expect(planProblems(plan)).toEqual([]);
  });
});

describe("the measures table of either report", () => {
  it.each([
    ["tertial", tertialPlan],
    ["final", finalPlan],
  ])("prints measure and indicator names through the personal-data masking (%s)", (_kind, make) => {
    const reg = promisesRegister();
    reg.measures[0]!.title = "Trygghetsvandringar, anmälan till kalle@abf.se";
    reg.indicators[0]!.name = "Anmälda brott (0701234567)";
    const text = JSON.stringify(make(reg).values);
    expect(text).toContain("Å1 Trygghetsvandringar, anmälan till [personuppgift]");
    expect(text).toContain("Ska påverka: Anmälda brott ([personuppgift])");
    expect(text).not.toContain("kalle@abf.se");
    expect(text).not.toContain("0701234567");
  });
});
