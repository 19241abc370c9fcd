import { computeTrends } from "../../../src/core/trends/trends";
import { indicatorTrendJson, trendsJson, type IndicatorTrendJson } from "../../../src/core/trends/trends-json";
import { overPledge } from "../../../src/core/trends/over-pledge";
import type { Register } from "../../../src/core/register/types";
import { indicator, period, register, tertial, value } from "./factories";

/** Reported crimes: a count, lower is better, summed over partners; baseline 212 (2023), target 150. */
const crimes = indicator("I1", {
  unit: "Antal",
  direction: "Lägre är bättre",
  aggregation: "Summa",
  baseline: 212,
  baselinePeriod: period("2023"),
  target: 150,
});
const crimeValues = [
  value("I1", "T2 2024", 200),
  value("I1", "T3 2024", 190),
  value("I1", "T3 2024", 10, { partnerId: "STG" }),
  value("I1", "T1 2025", 188),
  value("I1", "T2 2025", 165),
];

/** The trend as `pledge trends --json` gives it: periods as labels. */
function trendOf(reg: Register, t: string, id = "I1"): IndicatorTrendJson {
  const found = computeTrends(reg, tertial(t)).indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no trend for ${id}`);
  return indicatorTrendJson(found);
}

describe("computeTrends for a tertial indicator", () => {
  const reg = register({ indicators: [crimes], values: crimeValues });

  it("labels the result with the tertial", () => {
    expect(trendsJson(computeTrends(reg, tertial("T1 2025"))).tertial).toBe("T1 2025");
  });

  it("compares T1 2025 with T3 2024 across the year boundary", () => {
    const t = trendOf(reg, "T1 2025");
    expect(t).toMatchObject({
      period: "T1 2025",
      value: 188,
      previous: { period: "T3 2024", value: 200 },
      sameLastYear: null,
      changeFromPrevious: -12,
      changeFromPreviousRelative: -0.06,
      changeFromBaseline: -24,
      baseline: 212,
      baselinePeriod: "2023",
      target: 150,
      direction: "improving", // fewer crimes, by 12 > 5 % of 200
      noise: true, // 2(√188 − √200) ≈ −0.86
      slopePerTertial: -6, // slopes 0, −6, −12
    });
  });

  it("reads progress against the elapsed share of the pledge", () => {
    // T1 2025: p = −24/−62 ≈ 0.387 < 3/5 − 0.1 → at-risk
    expect(trendOf(reg, "T1 2025")).toMatchObject({ progress: expect.closeTo(24 / 62, 12), status: "at-risk" });
    // T2 2025: p = −47/−62 ≈ 0.758 ≥ 4/5 − 0.1 → on-track
    expect(trendOf(reg, "T2 2025")).toMatchObject({ progress: expect.closeTo(47 / 62, 12), status: "on-track" });
  });

  it("finds the same tertial one year earlier", () => {
    const t = trendOf(reg, "T2 2025");
    expect(t.sameLastYear).toEqual({ period: "T2 2024", value: 200 });
    expect(t.changeFromSameLastYear).toBe(-35);
  });

  it("lists every pledge tertial up to t in its series, with empty ones", () => {
    const sparse = register({ indicators: [crimes], values: [value("I1", "T2 2024", 5), value("I1", "T2 2025", 7)] });
    expect(trendOf(sparse, "T2 2025").series).toEqual([
      { period: "T2 2024", value: 5, women: null, men: null, reports: 1 },
      { period: "T3 2024", value: null, women: null, men: null, reports: 0 },
      { period: "T1 2025", value: null, women: null, men: null, reports: 0 },
      { period: "T2 2025", value: 7, women: null, men: null, reports: 1 },
    ]);
  });

  it("has no previous, direction or noise when the preceding tertial is empty", () => {
    const sparse = register({ indicators: [crimes], values: [value("I1", "T3 2024", 5), value("I1", "T2 2025", 7)] });
    expect(trendOf(sparse, "T2 2025")).toMatchObject({
      previous: null,
      changeFromPrevious: null,
      changeFromPreviousRelative: null,
      direction: "unknown",
      noise: null,
      slopePerTertial: null,
    });
  });

  it("gives Sen's slope over the tertials with values, counting a gap", () => {
    const gap = register({
      indicators: [crimes],
      values: [value("I1", "T2 2024", 10), value("I1", "T3 2024", 12), value("I1", "T2 2025", 18)],
    });
    // indices 0, 1, 3 → slopes 2, 8/3, 3 → median 8/3
    expect(trendOf(gap, "T2 2025").slopePerTertial).toBeCloseTo(8 / 3, 12);
  });

  it("ignores periods after the tertial", () => {
    const later = register({ indicators: [crimes], values: [...crimeValues, value("I1", "T3 2025", 1), value("I1", "T1 2026", 1)] });
    expect(trendOf(later, "T2 2025")).toEqual(trendOf(reg, "T2 2025"));
    expect(trendOf(later, "T2 2025").series).toHaveLength(4);
  });

  it("has no relative change when the previous value is 0", () => {
    const zero = register({ indicators: [crimes], values: [value("I1", "T1 2025", 0), value("I1", "T2 2025", 3)] });
    expect(trendOf(zero, "T2 2025")).toMatchObject({ changeFromPrevious: 3, changeFromPreviousRelative: null, direction: "worsening" });
  });

  it("reports no-target without a baseline and no-data without a value", () => {
    const noBase = register({ indicators: [{ ...crimes, baseline: null }], values: crimeValues });
    expect(trendOf(noBase, "T2 2025")).toMatchObject({ status: "no-target", progress: null, changeFromBaseline: null });
    expect(trendOf(register({ indicators: [crimes] }), "T2 2025")).toMatchObject({ status: "no-data", value: null, period: "T2 2025" });
  });

  it("is plain JSON", () => {
    const result = computeTrends(reg, tertial("T2 2025"));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("uses the tertial alone as the span when the pledge could not be read", () => {
    const t = trendOf(register({ pledge: null, indicators: [crimes], values: crimeValues }), "T2 2025");
    expect(t.series.map((p) => p.period)).toEqual(["T2 2025"]);
    expect(t.previous).toEqual({ period: "T1 2025", value: 188 });
    expect(t.slopePerTertial).toBeNull();
  });
});

describe("computeTrends for a gender-split indicator", () => {
  const unsafe = indicator("I3", { unit: "Procent", direction: "Lägre är bättre", aggregation: "Medel", genderSplit: true });
  const values = [
    value("I3", "T1 2025", 40, { women: 46, men: 31 }),
    value("I3", "T2 2025", 36, { women: 42, men: 30 }),
    value("I3", "T2 2025", 40, { partnerId: "KOM", women: 38, men: 30 }),
  ];

  it("shows women and men for the tertial and the women's direction", () => {
    const t = trendOf(register({ indicators: [unsafe], values }), "T2 2025", "I3");
    expect(t).toMatchObject({ value: 38, women: 40, men: 30, direction: "stable", womenDirection: "improving", noise: null });
    expect(t.series[t.series.length - 1]).toEqual({ period: "T2 2025", value: 38, women: 40, men: 30, reports: 2 });
  });

  it("leaves women and men out for an indicator that is not split", () => {
    const t = trendOf(register({ indicators: [{ ...unsafe, genderSplit: false }], values }), "T2 2025", "I3");
    expect(t).toMatchObject({ women: null, men: null, womenDirection: "unknown" });
  });
});

describe("computeTrends for an annual indicator in a tertial report", () => {
  /** Problem index from the safety survey: yearly, lower is better, averaged; baseline 3.4 (2023), target 2.6. */
  const index = indicator("I2", {
    unit: "Index",
    direction: "Lägre är bättre",
    aggregation: "Medel",
    frequency: "År",
    baseline: 3.4,
    baselinePeriod: period("2023"),
    target: 2.6,
  });
  const values = [value("I2", "2023", 3.4), value("I2", "2024", 3.1), value("I2", "2024", 3.3, { partnerId: "KOM" })];

  it("shows its latest year up to the tertial's year, compared with the year before", () => {
    const t = trendOf(register({ indicators: [index], values }), "T2 2025", "I2");
    expect(t).toMatchObject({
      period: "2024",
      value: 3.2,
      previous: { period: "2023", value: 3.4 },
      sameLastYear: null,
      changeFromPrevious: -0.2,
      direction: "improving", // 0.2 > 5 % of 3.4
      noise: null,
      slopePerTertial: null,
    });
  });

  it("judges progress against the pledge elapsed up to the end of the shown year", () => {
    // p = (3.2 − 3.4)/(2.6 − 3.4) = 0.25; e = 2/5 (T2, T3 2024) → 0.25 < 0.3 → at-risk
    const t = trendOf(register({ indicators: [index], values }), "T2 2025", "I2");
    expect(t).toMatchObject({ progress: 0.25, status: "at-risk" });
  });

  it("lists every year from the pledge's first year up to the tertial's year", () => {
    const t = trendOf(register({ indicators: [index], values }), "T2 2025", "I2");
    expect(t.series).toEqual([
      { period: "2024", value: 3.2, women: null, men: null, reports: 2 },
      { period: "2025", value: null, women: null, men: null, reports: 0 },
    ]);
  });

  it("moves to the tertial's own year once it has a value, and ignores later years", () => {
    const more = [...values, value("I2", "2025", 2.9), value("I2", "2026", 1)];
    const t = trendOf(register({ indicators: [index], values: more }), "T1 2025", "I2");
    expect(t).toMatchObject({ period: "2025", value: 2.9, previous: { period: "2024", value: 3.2 } });
  });

  it("shows the tertial's year, without data, before any year is reported", () => {
    // DOMAIN.md: period is a label string ("2025"), also when there is nothing to show in it.
    const t = trendOf(register({ indicators: [index] }), "T2 2025", "I2");
    expect(t).toMatchObject({ period: "2025", value: null, previous: null, direction: "unknown", status: "no-data" });
  });
});

describe("the status at the pledge's last tertial is a verdict", () => {
  // The pledge runs T2 2024 … T3 2025; at T3 2025 (or later) it has run its course.
  const fires = indicator("I5", { direction: "Lägre är bättre", baseline: 10, baselinePeriod: period("2023"), target: 8 });
  const trust = indicator("I9", {
    unit: "Procent",
    frequency: "År",
    direction: "Högre är bättre",
    baseline: 48,
    baselinePeriod: period("2023"),
    target: 55,
  });
  const reg = register({
    indicators: [crimes, fires, trust],
    values: [...crimeValues, value("I1", "T3 2025", 172), value("I5", "T2 2025", 9), value("I5", "T3 2025", 17), value("I9", "2024", 51)],
  });

  it("is a forecast at T2 2025 and a verdict at T3 2025", () => {
    expect(trendOf(reg, "T2 2025").status).toBe("on-track");
    // 172 from 212 towards 150: p ≈ 0.65, improved but not met.
    expect(trendOf(reg, "T3 2025").status).toBe("improved");
    // Fires 9 from 10 towards 8 at T2 2025: p = 0.5 < 0.8 − 0.1.
    expect(trendOf(reg, "T2 2025", "I5").status).toBe("at-risk");
    expect(trendOf(reg, "T3 2025", "I5").status).toBe("not-met");
  });

  it("judges an annual indicator's latest year, whatever its period", () => {
    // Only 2024 has a value (p = 3/7 ≈ 0.43): a verdict all the same, not "Enligt plan" from an old year.
    expect(trendOf(reg, "T3 2025", "I9")).toMatchObject({ period: "2024", value: 51, status: "improved" });
  });

  it("judges the latest value reported when the last tertial's own value is missing, as the Slutrapport does", () => {
    // I5: T2 2025 = 9 reported, T3 2025 left out by an error (10 → 8, lower is better): improved, not met, in both reports.
    const missing = register({
      indicators: [fires],
      values: [value("I5", "T2 2025", 9)],
      excludedValues: [{ sheet: "Polisen", indicatorId: "I5", period: period("T3 2025") }],
    });
    const last = computeTrends(missing, tertial("T3 2025")).indicators[0]!;
    expect(last).toMatchObject({ value: null, status: "improved" });
    expect(overPledge(last, fires).status).toBe("improved");
    // Before the end it is no forecast without the tertial's value.
    expect(trendOf(missing, "T2 2025", "I5").status).toBe("at-risk");
    expect(trendOf(register({ indicators: [fires], values: [value("I5", "T1 2025", 9)] }), "T2 2025", "I5").status).toBe("no-data");
  });

  it("stays a verdict for a report after the pledge", () => {
    // Nothing reported for T1 2026: the verdict is on the latest value of the pledge (17, T3 2025), as the Slutrapport's.
    expect(trendOf(reg, "T1 2026", "I5").status).toBe("not-met");
    expect(trendOf(register({ indicators: [fires] }), "T1 2026", "I5").status).toBe("no-data");
    expect(trendOf(register({ indicators: [fires], values: [value("I5", "T1 2026", 8)] }), "T1 2026", "I5").status).toBe("met");
    expect(trendOf(register({ indicators: [fires], values: [value("I5", "T1 2026", 9)] }), "T1 2026", "I5").status).toBe("improved");
  });
});

describe("a value left out by an error", () => {
  const trust = indicator("I9", { unit: "Procent", frequency: "År", baseline: 48, baselinePeriod: period("2023"), target: 55 });
  const reg = register({
    indicators: [trust, crimes],
    values: [value("I9", "2024", 51), ...crimeValues],
    excludedValues: [
      { sheet: "Polisen", indicatorId: "i9", period: period("2025") },
      { sheet: "Polisen", indicatorId: "I1", period: period("T3 2025") },
      { sheet: "Stångåstaden", indicatorId: "I1", period: period("T3 2025") },
      { sheet: "Polisen", indicatorId: "I1", period: period("T1 2025") },
      { sheet: "Polisen", indicatorId: "I1", period: null },
    ],
  });

  it("is carried on the indicator for the period shown or later, with its tabs", () => {
    // The 2024 value is shown; the 2025 one was left out, and the trend says so.
    expect(trendOf(reg, "T3 2025", "I9")).toMatchObject({ period: "2024", value: 51 });
    expect(trendOf(reg, "T3 2025", "I9").leftOut).toEqual([{ period: "2025", tabs: ["Polisen"], rows: 1, kept: false }]);
    expect(trendOf(reg, "T3 2025").leftOut).toEqual([{ period: "T3 2025", tabs: ["Polisen", "Stångåstaden"], rows: 2, kept: false }]);
  });

  it("says when the period still has a value from the rows that were not left out", () => {
    // Polisen typed I9's 2025 twice, once faulty: 2025 is shown, without the faulty row.
    const twice = register({
      indicators: [trust],
      values: [value("I9", "2024", 51), value("I9", "2025", 53)],
      excludedValues: [
        { sheet: "Polisen", indicatorId: "I9", period: period("T2 2025") },
        { sheet: "Polisen", indicatorId: "I9", period: period("2025") },
      ],
    });
    expect(trendOf(twice, "T3 2025", "I9")).toMatchObject({ period: "2025", value: 53 });
    expect(trendOf(twice, "T3 2025", "I9").leftOut).toEqual([{ period: "2025", tabs: ["Polisen"], rows: 2, kept: true }]);
  });

  it("is not carried into a report whose period it does not bear on", () => {
    expect(trendOf(reg, "T2 2025").leftOut).toEqual([]);
    expect(trendOf(reg, "T3 2024", "I9").leftOut).toEqual([]);
  });
});
