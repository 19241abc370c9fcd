/**
 * The first tertial's report charts one period: a line needs two points, so the target shows only
 * by its markers (issue 12). Every target series of every demo report is dashed with level-dash
 * markers, the T2 2024 report's charts have exactly one category, and there the target has a value.
 */
import { parseRange } from "../../../../src/core/address";
import type { Cell } from "../../../../src/core/cell";
import type { SheetPlan } from "../../../../src/core/plan/sheet-plan";
import { DEMO_PAGE_LIMITS } from "./demo-pages";

const cellsIn = (plan: SheetPlan, range: string): Cell[] => {
  const r = parseRange(range);
  return plan.values.slice(r.row, r.row + r.rows).flatMap((row) => row.slice(r.col, r.col + r.cols));
};

describe("a chart's target", () => {
  it.each(DEMO_PAGE_LIMITS.map((d) => [d.name, d.plan] as const))("in %s is dashed with a marker at every point", (_name, make) => {
    const plan = make();
    const targets = plan.charts.flatMap((c) => c.series.filter((s) => s.name === "Mål"));
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(t).toMatchObject({ dashed: true, marker: "dash" });
  });

  it("shows in the first tertial's report, whose charts have one period", () => {
    const plan = DEMO_PAGE_LIMITS.find((d) => d.tertial === "T2 2024")!.plan();
    expect(plan.charts.length).toBeGreaterThan(0);
    for (const chart of plan.charts) {
      expect(cellsIn(plan, chart.categories)).toEqual(["T2 2024"]);
      const target = chart.series.find((s) => s.name === "Mål");
      if (target === undefined) continue;
      expect(target.marker).toBe("dash");
      expect(cellsIn(plan, target.values).every((v) => typeof v === "number")).toBe(true);
    }
    expect(plan.charts.some((c) => c.series.some((s) => s.name === "Mål"))).toBe(true);
  });
});
