/**
 * One number format per column: a column of a report never shows one percent
 * with a decimal and another without ("44,0 %" over "48 %"), nor percentage
 * points so, whether the value is a formatted number or an annual value's
 * text ("41,5 % (2024)"). A column is one section's (a table's) column. Checked on the demo's reports at every tertial and
 * its Slutrapport.
 */
import { parseRange } from "../../../../src/core/address";
import type { SheetPlan } from "../../../../src/core/plan/sheet-plan";
import { COLORS } from "../../../../src/core/report/layout/report-styles";
import { demoReportPlans } from "../demo-reports";

type Kind = "procent" | "p.e.";

/** What a cell shows as a percent or percentage points, with its decimals; null for anything else. */
function shown(value: unknown, format: string | undefined): { kind: Kind; decimals: number } | null {
  if (typeof value === "number" && format !== undefined) {
    const first = format.split(";")[0]!;
    const kind: Kind | null = first.includes("p.e.") ? "p.e." : first.includes("%") ? "procent" : null;
    return kind === null ? null : { kind, decimals: /\.(0+)/.exec(first)?.[1]!.length ?? 0 };
  }
  if (typeof value === "string") {
    const m = /^[+−-]?[\d  ]+(?:,(\d+))? (%|p\.e\.)(?: \(\d{4}\))?$/.exec(value);
    if (m) return { kind: m[2] === "%" ? "procent" : "p.e.", decimals: m[1]?.length ?? 0 };
  }
  return null;
}

/** Rows where a section (INDIKATORER, KVINNORS TRYGGHET …) starts: its title row's fill. */
function sectionStarts(plan: SheetPlan): number[] {
  return plan.styles
    .filter((s) => s.style.fill === COLORS.sectionFill)
    .map((s) => parseRange(s.range).row)
    .sort((a, b) => a - b);
}

/** Per section, column and kind, the set of decimals its cells show (each with one example cell). */
function decimalsPerColumn(plan: SheetPlan): Map<string, Map<number, string>> {
  const starts = sectionStarts(plan);
  const sectionOf = (row: number) => starts.filter((s) => s <= row).length;
  const formats = new Map<string, string>();
  for (const f of plan.numberFormats) {
    const r = parseRange(f.range);
    for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) formats.set(`${r.row + i},${r.col + j}`, f.format);
  }
  const out = new Map<string, Map<number, string>>();
  plan.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const s = shown(v, formats.get(`${r},${c}`));
      if (s === null) return;
      const key = `section ${sectionOf(r)} column ${c}:${s.kind}`;
      const seen = out.get(key) ?? new Map<number, string>();
      seen.set(s.decimals, `row ${r + 1}: ${String(v)}`);
      out.set(key, seen);
    }),
  );
  return out;
}

describe("one number format per column in the demo's reports", () => {
  const plans = demoReportPlans();

  it.each(plans.map((p) => [p.name, p.plan] as const))("%s shows every percent of a column with the same decimals", (_name, plan) => {
    const mixed = [...decimalsPerColumn(plan)].filter(([, d]) => d.size > 1).map(([key, d]) => `${key} ${[...d.values()].join(" / ")}`);
    expect(mixed).toEqual([]);
  });

  it("finds percents to compare (the check is not vacuous)", () => {
    const tertial = decimalsPerColumn(plans.find((p) => p.name === "Rapport T3 2025")!.plan);
    expect([...tertial.keys()].filter((k) => k.endsWith("procent")).length).toBeGreaterThanOrEqual(3);
    expect(sectionStarts(plans[0]!.plan).length).toBeGreaterThanOrEqual(5);
  });
});
