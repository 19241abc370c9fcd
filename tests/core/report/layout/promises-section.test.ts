/**
 * Golden grids of the measures table (ÅTGÄRDER: promises kept) in both
 * reports: each measure's verdict and figures on one row, its focus area,
 * responsible partner and indicators on the line under it.
 */
import { a1Range, parseRange } from "../../../../src/core/address";
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
import { acrossTable, columnStarts, spanAt, tableRow } from "./table-cells";

const T3_2025 = { kind: "tertial", year: 2025, tertial: 3 } as const;
const demoCheck = checkRegister(demoRegister(), { today: serialFromYMD(2026, 1, 8)!, tertial: T3_2025 });
const demoContext = { register: demoCheck.register, findings: demoCheck.findings, createdAt: new Date(2026, 0, 8, 9, 15) };

const tertialPlan = (reg = promisesRegister()) => tertialReportPlan(tertialReportModel(context(reg), T2_2025), "Rapport T2 2025");
const finalPlan = (reg = promisesRegister()) => finalReportPlan(finalReportModel(context(reg)), "Slutrapport");

/**
 * The section's rows from its title to the blank row after it: the title, help and group-header rows
 * as their first cell, the table's rows one cell per table column (read under its header row), a
 * detail line as its first cell. `header`: the table's header row.
 */
/**
 * The section's rows as a reader reads them, the table's head printed again after a page break left
 * out (`repeated`: those rows, each a copy of the head's row `header - k`); `body`: the table's rows
 * under its first head, in order.
 */
function section(plan: SheetPlan): { first: number; header: number; rows: unknown[]; body: number[]; repeated: number[] } {
  const first = plan.values.findIndex((r) => r[0] === PROMISES_TITLE);
  let end = first + 1;
  while (plan.values[end]!.some((v) => v !== null)) end++;
  const header = plan.values.findIndex((r, i) => i > first && r[0] === "Åtgärd");
  const headRows = plan.values[header - 1]![0] === null ? 2 : 1;
  const repeated: number[] = [];
  for (const b of plan.print?.rowBreaks ?? []) {
    if (b <= header || b >= end) continue;
    for (let k = 0; k < headRows; k++) {
      expect(plan.values[b + k]).toEqual(
        plan.values[header - headRows + 1 + k]!.map((v, c) => (c < plan.values[b + k]!.length ? v : null)),
      );
      repeated.push(b + k);
    }
  }
  const body = Array.from({ length: end - header - 1 }, (_, i) => header + 1 + i).filter((r) => !repeated.includes(r));
  const rows = plan.values.slice(first, end).flatMap((r, i) => {
    const row = first + i;
    if (repeated.includes(row)) return [];
    const isMeasure = row > header && body.indexOf(row) % 2 === 0;
    return [row === header || isMeasure ? tableRow(plan, header, row) : r.filter((v) => v !== null)];
  });
  return { first, header, rows, body, repeated };
}

const inRows = (range: string, first: number, last: number) => {
  const r = parseRange(range);
  return r.row >= first && r.row <= last;
};

/** The A1 range of the Bedömning cell (the table's second column, over its span) on `row`. */
const verdictCell = (plan: SheetPlan, header: number, row: number): string => {
  const col = columnStarts(plan, header)[1]!;
  return a1Range(row, col, 1, spanAt(plan, header, col));
};

const fillAt = (plan: SheetPlan, cell: string) =>
  plan.styles.filter((s) => s.range === cell && s.style.fill !== undefined).map((s) => s.style.fill);

describe("the tertial report's measures table", () => {
  const plan = tertialPlan();
  const { first, header, rows } = section(plan);

  it("gives each measure its verdict, who is responsible and the tertial's figures, and the line under it what it should move", () => {
    expect(rows).toEqual([
      [PROMISES_TITLE],
      [expect.stringMatching(/^Bedömning: säkerhetsenhetens status för åtgärden .* i tertialen\. Under varje åtgärd: /)],
      // Who is responsible is on the line under the measure (a partner's name is often longer than a column).
      ["Åtgärd", "Bedömning", "Aktiviteter", "varav genomförda", "Tillfällen", "Deltagare", "K/flickor", "M/pojkar"],
      ["Å1 Trygghetsvandringar", "Pågår – 2 aktiviteter i tertialen", 2, 1, 3, 25, 12, 8],
      ["Kvinnors trygghet. Ansvarig: Kommunen. Ska påverka: Anmälda brott (Enligt plan) och Otrygga ute sent (Mål saknas)."],
      ["Å2 Medborgardialog", "Pågår men ingen aktivitet i tertialen", 0, 0, 0, 0, 0, 0],
      ["Ansvarig: Part POL. Ska påverka: I9 (saknas i rapporten, se Kontroll)."],
      ["Å3 Feriejobb", "Genomförd", 0, 0, 0, 0, 0, 0],
      ["Ansvarig: Kommunen. Inga indikatorer angivna."],
      ["Å4 Öppen idrottshall", "Avbruten", 0, 0, 0, 0, 0, 0],
      ["Ansvarig: Part POL. Inga indikatorer angivna."],
    ]);
  });

  it("merges each column over the sheet columns its header covers and each detail line across the table, and bands a measure's two rows alike", () => {
    const last = first + rows.length - 1;
    const starts = columnStarts(plan, header);
    for (let row = header + 1; row <= last; row += 2) {
      for (const col of starts) expect({ row, col, span: spanAt(plan, row, col) }).toEqual({ row, col, span: spanAt(plan, header, col) });
      expect(plan.merges).toContain(acrossTable(plan, header, row + 1));
    }
    expect(starts.some((col) => spanAt(plan, header, col) > 1)).toBe(true);
    const bands = plan.styles.filter((s) => s.style.fill === "#F2F2F2" && inRows(s.range, first, last)).map((s) => s.range);
    expect(bands).toEqual([acrossTable(plan, header, header + 3, 2), acrossTable(plan, header, header + 7, 2)]);
  });

  it("colours the verdict by its tone: green kept, yellow look at it, red not kept", () => {
    const verdict = (i: number) => verdictCell(plan, header, header + 1 + 2 * i);
    expect(fillAt(plan, verdict(0))).toEqual([VERDICT_FILLS.good.fill]);
    expect(fillAt(plan, verdict(1))).toEqual([VERDICT_FILLS.attention.fill]);
    expect(fillAt(plan, verdict(3))).toEqual([VERDICT_FILLS.bad.fill]);
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
  const { first, rows } = section(plan);
  const breaks = plan.print?.rowBreaks ?? [];

  it("runs over a page break, as the demo's fifteen measures need", () => {
    expect(breaks.some((b) => b > first && b < first + rows.length)).toBe(true);
  });

  it("never breaks a page between the section's title and its first measure, nor between a measure and its line", () => {
    const header = first + rows.findIndex((r) => Array.isArray(r) && r[0] === "Åtgärd");
    for (const b of breaks) expect(b <= first || b > header + 2).toBe(true);
    for (let r = header + 1; r < first + rows.length; r += 2) expect(breaks).not.toContain(r + 1);
  });
});

describe("the Slutrapport's measures table", () => {
  const plan = finalPlan();
  const { first, header, rows, body } = section(plan);

  it("counts the whole pledge with each tertial's activities side by side, and says under each measure how many were done", () => {
    expect(rows.slice(2)).toEqual([
      ["Aktiviteter per tertial"],
      [
        "Åtgärd",
        "Bedömning",
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
      ["Å1 Trygghetsvandringar", "Pågår – 2 aktiviteter under löftet", 0, 0, 0, 2, 0, 2, 3, 25, 12, 8],
      [
        "Kvinnors trygghet. Ansvarig: Kommunen. Genomförda: 1 av 2 aktiviteter. Ska påverka: Anmälda brott (Förbättrat, ej nått målet) och Otrygga ute sent (Mål saknas).",
      ],
      ["Å2 Medborgardialog", "Pågår – 1 aktivitet under löftet", 0, 0, 1, 0, 0, 1, 1, 30, 0, 0],
      ["Ansvarig: Part POL. Genomförda: 1 av 1 aktivitet. Ska påverka: I9 (saknas i rapporten, se Kontroll)."],
      ["Å3 Feriejobb", "Genomförd", 0, 1, 0, 0, 0, 1, 0, 0, 0, 0],
      ["Ansvarig: Kommunen. Genomförda: 1 av 1 aktivitet. Inga indikatorer angivna."],
      ["Å4 Öppen idrottshall", "Avbruten", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ["Ansvarig: Part POL. Inga indikatorer angivna."],
    ]);
  });

  it("puts the group header over the tertial columns, merges the verdict over its span on every measure and each detail line across the table", () => {
    const starts = columnStarts(plan, header);
    const t0 = starts[2]!;
    const tn = starts[6]!;
    expect(plan.values[header - 1]![t0]).toBe("Aktiviteter per tertial");
    expect(plan.merges).toContain(a1Range(header - 1, t0, 1, tn + spanAt(plan, header, tn) - t0));
    const verdicts = [body[0]!, body[2]!, body[4]!, body[6]!].map((row) => verdictCell(plan, header, row));
    if (spanAt(plan, header, starts[1]!) > 1) for (const v of verdicts) expect(plan.merges).toContain(v);
    for (const row of [body[1]!, body[3]!, body[5]!, body[7]!]) expect(plan.merges).toContain(acrossTable(plan, header, row));
    expect(fillAt(plan, verdicts[3]!)).toEqual([VERDICT_FILLS.bad.fill]);
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
