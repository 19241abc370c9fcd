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
import { trendNote } from "../../../../src/core/report/model/trend-words";
import { finalReportModel } from "../../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../../src/core/report/model/tertial-report-model";
import type { Direction, IndicatorTrend } from "../../../../src/core/trends/trend-types";
import { demoRegister } from "../../../../src/demo/demo-register";

const DIRECTIONS: Direction[] = ["improving", "worsening", "stable", "unknown"];
/** Today's forecasts and the verdicts at the pledge's end. */
const STATUSES = ["met", "on-track", "at-risk", "off-track", "no-data", "no-target", "improved", "not-met"];
const SAYS_WORSE = new Set(["at-risk", "off-track", "not-met"]);

/** What a row's note says of its trend (the words the reader is told). */
const rowSaysWorse = (d: Direction, noise: boolean | null) => trendNote(d, noise) === "sämre";
const rowSaysStable = (d: Direction, noise: boolean | null) =>
  ["inom normal variation", "oförändrat (inom 5 %)"].includes(trendNote(d, noise));
const NOISES = [true, false, null];

describe("chart tone", () => {
  it("is never better while the row's direction or the status says worse", () => {
    for (const direction of DIRECTIONS) {
      for (const noise of NOISES) {
        for (const status of STATUSES) {
          const tone = chartTone({ direction, noise, status });
          if (rowSaysWorse(direction, noise) || SAYS_WORSE.has(status)) expect(tone).not.toBe("better");
          if (rowSaysWorse(direction, noise) || status === "off-track" || status === "not-met") expect(tone).toBe("worse");
        }
      }
    }
  });

  it("is never worse while the row says stable or within normal variation and the status is met or on track", () => {
    for (const direction of DIRECTIONS) {
      for (const noise of NOISES) {
        for (const status of ["met", "on-track"]) {
          if (!rowSaysStable(direction, noise)) continue;
          expect(chartTone({ direction, noise, status })).toBe("better");
        }
      }
    }
  });

  it("follows the direction shown: a worsening within normal variation is stable, so its tone is the status's", () => {
    // The row reads "inom normal variation" (►) and "Enligt plan": the line is not red.
    expect(trendNote("worsening", true)).toBe("inom normal variation");
    expect(chartTone({ direction: "worsening", noise: true, status: "on-track" })).toBe("better");
    expect(chartTone({ direction: "worsening", noise: true, status: "met" })).toBe("better");
    expect(chartTone({ direction: "worsening", noise: true, status: "no-target" })).toBe("neutral");
    expect(chartTone({ direction: "worsening", noise: true, status: "at-risk" })).toBe("risk");
    // Worse still wins for a status off track or not met, within normal variation or not.
    expect(chartTone({ direction: "worsening", noise: true, status: "not-met" })).toBe("worse");
    expect(chartTone({ direction: "improving", noise: true, status: "off-track" })).toBe("worse");
    // Outside normal variation a worsening is worse, whatever the status.
    expect(chartTone({ direction: "worsening", noise: false, status: "met" })).toBe("worse");
    // An improvement within normal variation is no improvement either.
    expect(chartTone({ direction: "improving", noise: true, status: "no-target" })).toBe("neutral");
  });

  it("is better for an improving indicator on track or met, neutral without anything to judge by", () => {
    expect(chartTone({ direction: "improving", noise: false, status: "on-track" })).toBe("better");
    expect(chartTone({ direction: "stable", noise: null, status: "met" })).toBe("better");
    expect(chartTone({ direction: "improving", noise: null, status: "at-risk" })).toBe("risk");
    expect(chartTone({ direction: "stable", noise: false, status: "no-target" })).toBe("neutral");
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
      [],
    );
    expect(data.charts.map((c) => [c.id, c.values, c.target, c.unitWord])).toEqual([["I1", [null, 200], 150, "antal"]]);
  });

  it("colours each chart by what its row tells, not by the trend's raw direction (property over generated trends)", () => {
    const told = fc.record({
      direction: fc.constantFrom(...DIRECTIONS),
      noise: fc.constantFrom(...NOISES),
      status: fc.constantFrom(...STATUSES),
    });
    const indicator = fc.record({
      // The trend's own fields, which the row may judge otherwise (the Slutrapport judges over the pledge).
      trend: told,
      row: told,
      annual: fc.boolean(),
      values: fc.array(fc.option(fc.integer({ min: 0, max: 1000 })), { minLength: 1, maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.array(indicator, { minLength: 1, maxLength: 8 }), (indicators) => {
        const categories = [T(2, 2024), T(3, 2024), T(1, 2025), T(2, 2025), T(3, 2025), T(1, 2026)];
        const trends = indicators.map((x, k) =>
          trend({
            id: `I${k + 1}`,
            ...x.trend,
            status: x.trend.status as IndicatorTrend["status"],
            frequency: x.annual ? "År" : "Tertial",
            series: x.values.flatMap((v, i) =>
              v === null ? [] : [{ period: categories[i]!, value: v, women: null, men: null, reports: 1 }],
            ),
          }),
        );
        // Ids as a partner may type them: the rows are matched whatever the case.
        const rows = indicators.map((x, k) => ({ id: `i${k + 1}`, ...x.row }));
        const data = chartData(trends, categories, rows);
        const drawn = indicators.filter((x) => !x.annual && x.values.some((v) => v !== null)).length;
        expect(data.charts).toHaveLength(Math.min(drawn, 6));
        for (const c of data.charts) {
          const row = indicators[Number(c.id.slice(1)) - 1]!.row;
          if (rowSaysWorse(row.direction, row.noise) || SAYS_WORSE.has(row.status)) expect(c.tone).not.toBe("better");
          if (rowSaysWorse(row.direction, row.noise) || row.status === "off-track" || row.status === "not-met") expect(c.tone).toBe("worse");
          if (rowSaysStable(row.direction, row.noise) && (row.status === "met" || row.status === "on-track")) expect(c.tone).toBe("better");
          if (rowSaysStable(row.direction, row.noise) && row.status !== "off-track" && row.status !== "not-met") expect(c.tone).not.toBe("worse");
          expect(c.tone).toBe(chartTone(row));
        }
      }),
    );
  });
});

describe("the demo's report charts", () => {
  const T3_2025 = { kind: "tertial", year: 2025, tertial: 3 } as const;
  const check = checkRegister(demoRegister(), { today: serialFromYMD(2026, 1, 8)!, tertial: T3_2025 });
  const ctx = { register: check.register, findings: check.findings, createdAt: new Date(2026, 0, 8, 9, 15) };
  const models = [tertialReportModel(ctx, T3_2025), finalReportModel(ctx)] as const;
  const plans = [tertialReportPlan(models[0], "Rapport T3 2025"), finalReportPlan(models[1], "Slutrapport")];

  it.each([0, 1])("draw no series in a colour its row contradicts (plan %i)", (k) => {
    const plan = plans[k]!;
    expect(plan.charts.length).toBeGreaterThanOrEqual(4);
    for (const chart of plan.charts) {
      // The row the reader reads beside the chart: its note (▲ bättre, ▼ sämre, ► inom normal variation) and status.
      const row = models[k]!.indicators.find((x) => chart.title.startsWith(x.name))!;
      expect(row).toBeDefined();
      const value = chart.series[0]!;
      if (rowSaysWorse(row.direction, row.noise) || SAYS_WORSE.has(row.status)) expect(value.color).not.toBe(CHART_COLORS.better);
      if (rowSaysWorse(row.direction, row.noise) || row.status === "off-track" || row.status === "not-met")
        expect(value.color).toBe(CHART_COLORS.worse);
      if (rowSaysStable(row.direction, row.noise) && row.status !== "off-track" && row.status !== "not-met")
        expect(value.color).not.toBe(CHART_COLORS.worse);
    }
  });

  it("a change within normal variation is drawn as its row reads it, not red (Jobcom at T3 2025, night walkers at T2 2025)", () => {
    // Jobcom fell within normal variation in T3 2025: its row reads ► inom normal variation, Förbättrat, ej nått målet.
    const jobcom = models[0].indicators.find((r) => r.name.includes("Jobcom"))!;
    expect([jobcom.direction, jobcom.noise, jobcom.note, jobcom.statusWord]).toEqual([
      "worsening",
      true,
      "inom normal variation",
      "Förbättrat, ej nått målet",
    ]);
    const color = (plan: (typeof plans)[number], name: string) => plan.charts.find((c) => c.title.includes(name))?.series[0]?.color;
    expect(color(plans[0]!, "Jobcom")).toBe(CHART_COLORS.better);
    const T2_2025 = { kind: "tertial", year: 2025, tertial: 2 } as const;
    const t2 = tertialReportModel(ctx, T2_2025);
    const walkers = t2.indicators.find((r) => r.name.startsWith("Vuxna som nattvandrat"))!;
    expect([walkers.direction, walkers.note, walkers.status]).toEqual(["worsening", "inom normal variation", "no-target"]);
    expect(color(tertialReportPlan(t2, "Rapport T2 2025"), "Vuxna som nattvandrat")).toBe(CHART_COLORS.neutral);
  });

  it("the worsening fires are red, the improving vandalism green", () => {
    const color = (name: string) => plans[0]!.charts.find((c) => c.title.startsWith(name))?.series[0]?.color;
    expect(color("Bränder i fordon")).toBe(CHART_COLORS.worse);
    expect(color("Skadegörelse")).toBe(CHART_COLORS.better);
  });
});
