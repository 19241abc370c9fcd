/**
 * The charts' colours mean better or worse, never up or down: no series is
 * drawn in the colour of "better" while its status or its direction says worse.
 */
import fc from "fast-check";
import { checkRegister } from "../../../../src/core/check-register";
import { serialFromYMD } from "../../../../src/core/date";
import { CHART_COLORS } from "../../../../src/core/report/layout/report-styles";
import { finalReportPlan } from "../../../../src/core/report/layout/final-report-plan";
import { tertialReportPlan } from "../../../../src/core/report/layout/tertial-report-plan";
import { chartData, chartTone } from "../../../../src/core/report/model/chart-data";
import { finalReportModel } from "../../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../../src/core/report/model/tertial-report-model";
import type { Direction, IndicatorTrend } from "../../../../src/core/trends/trend-types";
import { computeTrends } from "../../../../src/core/trends/trends";
import { demoRegister } from "../../../../src/demo/demo-register";

const DIRECTIONS: Direction[] = ["improving", "worsening", "stable", "unknown"];
/** Today's forecasts and the verdicts at the pledge's end. */
const STATUSES = ["met", "on-track", "at-risk", "off-track", "no-data", "no-target", "improved", "not-met"];
const SAYS_WORSE = new Set(["at-risk", "off-track", "not-met"]);

describe("chart tone", () => {
  it("is never better while the direction or the status says worse", () => {
    for (const d of DIRECTIONS) {
      for (const s of STATUSES) {
        const tone = chartTone(d, s);
        if (d === "worsening" || SAYS_WORSE.has(s)) expect(tone).not.toBe("better");
        if (d === "worsening" || s === "off-track" || s === "not-met") expect(tone).toBe("worse");
      }
    }
  });

  it("is better for an improving indicator on track or met, neutral without anything to judge by", () => {
    expect(chartTone("improving", "on-track")).toBe("better");
    expect(chartTone("stable", "met")).toBe("better");
    expect(chartTone("improving", "at-risk")).toBe("risk");
    expect(chartTone("stable", "no-target")).toBe("neutral");
  });
});

const T = (tertial: 1 | 2 | 3, year: number) => ({ kind: "tertial", year, tertial }) as const;

const trend = (over: Partial<IndicatorTrend>): IndicatorTrend =>
  ({
    id: "I1",
    name: "Anmälda brott",
    unit: "Antal",
    frequency: "Tertial",
    target: 150,
    direction: "stable",
    status: "no-data",
    series: [],
    ...over,
  }) as IndicatorTrend;

describe("chart data", () => {
  it("keeps values in the indicator's unit and its target, skips annual indicators and ones without values", () => {
    const data = chartData(
      [
        trend({ series: [{ period: T(1, 2025), value: 200, women: null, men: null, reports: 1 }] }),
        trend({
          id: "I2",
          frequency: "År",
          series: [{ period: { kind: "year", year: 2025 }, value: 3, women: null, men: null, reports: 1 }],
        }),
        trend({ id: "I3", series: [] }),
      ],
      [T(3, 2024), T(1, 2025)],
    );
    expect(data.charts.map((c) => [c.id, c.values, c.target, c.unitWord])).toEqual([["I1", [null, 200], 150, "antal"]]);
  });

  it("colours each chart by its tone, whatever the values (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DIRECTIONS),
        fc.constantFrom(...STATUSES),
        fc.array(fc.option(fc.integer({ min: 0, max: 1000 })), { minLength: 1, maxLength: 6 }),
        (direction, status, values) => {
          const categories = values.map((_, i) => T(((i % 3) + 1) as 1 | 2 | 3, 2024 + Math.floor(i / 3)));
          const series = values.flatMap((v, i) =>
            v === null ? [] : [{ period: categories[i]!, value: v, women: null, men: null, reports: 1 }],
          );
          const data = chartData([trend({ direction, status: status as IndicatorTrend["status"], series })], categories);
          for (const c of data.charts) {
            if (direction === "worsening" || SAYS_WORSE.has(status)) expect(c.tone).not.toBe("better");
          }
        },
      ),
    );
  });
});

describe("the demo's report charts", () => {
  const T3_2025 = { kind: "tertial", year: 2025, tertial: 3 } as const;
  const check = checkRegister(demoRegister(), { today: serialFromYMD(2026, 1, 8)!, tertial: T3_2025 });
  const ctx = { register: check.register, findings: check.findings, createdAt: new Date(2026, 0, 8, 9, 15) };
  const trends = computeTrends(check.register, T3_2025).indicators;
  const plans = [
    tertialReportPlan(tertialReportModel(ctx, T3_2025), "Rapport T3 2025"),
    finalReportPlan(finalReportModel(ctx), "Slutrapport"),
  ];

  it.each([0, 1])("never draw a worsening or at-risk series in the colour of better (plan %i)", (k) => {
    const plan = plans[k]!;
    expect(plan.charts.length).toBeGreaterThanOrEqual(4);
    for (const chart of plan.charts) {
      const t = trends.find((x) => chart.title.startsWith(x.name))!;
      expect(t).toBeDefined();
      const value = chart.series[0]!;
      if (t.direction === "worsening" || SAYS_WORSE.has(t.status)) expect(value.color).not.toBe(CHART_COLORS.better);
      if (t.direction === "worsening") expect(value.color).toBe(CHART_COLORS.worse);
    }
  });

  it("the worsening fires are red, the improving vandalism green", () => {
    const color = (name: string) => plans[0]!.charts.find((c) => c.title.startsWith(name))?.series[0]?.color;
    expect(color("Bränder i fordon")).toBe(CHART_COLORS.worse);
    expect(color("Skadegörelse")).toBe(CHART_COLORS.better);
  });
});
