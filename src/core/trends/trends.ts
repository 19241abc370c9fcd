/**
 * Indicator trends for the report of one tertial: value, previous, same period
 * last year, change, direction, noise, Sen's slope and target status.
 * Only periods up to and including the tertial are read, so a report made
 * again later says what it said then.
 */
import { periodKey, previousTertial, tertialIndex, type Period, type TertialPeriod } from "../period";
import { elapsedShare, pledgeTertials } from "../pledge-calendar";
import type { Indicator, Register } from "../register/types";
import { betterSign, direction, noise } from "./direction";
import { difference, figure } from "./numbers";
import { senSlope } from "./sen-slope";
import { combinedValues, pointAt, type CombinedValues } from "./series";
import { progress, targetStatus } from "./target-status";
import type { IndicatorTrend, LeftOut, PeriodValue, SeriesPoint, TrendsResult } from "./trend-types";
import { idKey } from "../values";

export type { Direction, IndicatorTrend, PeriodValue, SeriesPoint, TrendsResult } from "./trend-types";

/** What differs between tertial and annual indicators: which periods are shown and compared. */
interface Frame {
  /** The period shown: the tertial, or an annual indicator's year. */
  shown: Period;
  previous: Period;
  sameLastYear: Period | null;
  series: Period[];
  /** Share of the pledge elapsed at the shown period. */
  elapsed: number;
}

/** Once the pledge has run its course (a report for its last tertial or later), a status is a verdict. */
export function pledgeOver(t: TertialPeriod, tertials: readonly TertialPeriod[]): boolean {
  const last = tertials[tertials.length - 1];
  return last !== undefined && tertialIndex(t) >= tertialIndex(last);
}

function tertialFrame(t: TertialPeriod, tertials: readonly TertialPeriod[]): Frame {
  const index = tertialIndex(t);
  return {
    shown: t,
    previous: previousTertial(t),
    sameLastYear: { kind: "tertial", year: t.year - 1, tertial: t.tertial },
    series: tertials.filter((p) => tertialIndex(p) <= index),
    elapsed: elapsedShare(tertials, index),
  };
}

/**
 * An annual indicator shows its latest year up to the tertial's year that has a
 * value; before any year has one, the tertial's own year (without data).
 */
function annualFrame(t: TertialPeriod, tertials: readonly TertialPeriod[], combined: CombinedValues): Frame {
  const years = [...combined.values()].flatMap((p) => (p.value !== null ? [p.period.year] : []));
  const shownYear = years.length > 0 ? Math.max(...years) : t.year;
  const firstYear = tertials[0]?.year ?? t.year;
  const series: Period[] = [];
  for (let y = firstYear; y <= t.year; y++) series.push({ kind: "year", year: y });
  return {
    shown: { kind: "year", year: shownYear },
    previous: { kind: "year", year: shownYear - 1 },
    sameLastYear: null,
    series,
    // Up to the end of the shown year.
    elapsed: elapsedShare(tertials, tertialIndex({ year: shownYear, tertial: 3 })),
  };
}

function periodValue(combined: CombinedValues, period: Period | null): PeriodValue | null {
  if (period === null) return null;
  const point = pointAt(combined, period);
  return point.value === null ? null : { period: point.period, value: point.value };
}

/** The last value of a series, or null when it has none. */
function latestValue(series: readonly SeriesPoint[]): number | null {
  for (let i = series.length - 1; i >= 0; i--) {
    const v = series[i]!.value;
    if (v !== null) return v;
  }
  return null;
}

function slopeOf(series: readonly SeriesPoint[], periods: readonly Period[]): number | null {
  const points = series.flatMap((point, i) => {
    const period = periods[i];
    return period?.kind === "tertial" && point.value !== null ? [{ index: tertialIndex(period), value: point.value }] : [];
  });
  return senSlope(points);
}

/**
 * Rows left out by errors that bear on the value shown: for a tertial indicator rows for
 * the tertial itself; for an annual one rows for the shown year or later, up to the
 * tertial's year (a tertial typed for an annual indicator counts as its year).
 */
function leftOutOf(indicator: Indicator, register: Register, t: TertialPeriod, shown: Period, combined: CombinedValues): LeftOut[] {
  const key = idKey(indicator.id);
  const byPeriod = new Map<number, LeftOut>();
  for (const row of register.excludedValues ?? []) {
    if (row.indicatorId === null || row.period === null || idKey(row.indicatorId) !== key) continue;
    let period: Period | null = null;
    if (indicator.frequency === "År") {
      if (row.period.year >= shown.year && row.period.year <= t.year) period = { kind: "year", year: row.period.year };
    } else if (row.period.kind === "tertial" && tertialIndex(row.period) === tertialIndex(t)) {
      period = t;
    }
    if (period === null) continue;
    const at = periodKey(period);
    const entry = byPeriod.get(at) ?? { period, tabs: [], rows: 0, kept: pointAt(combined, period).value !== null };
    entry.rows += 1;
    if (!entry.tabs.includes(row.sheet)) entry.tabs.push(row.sheet);
    byPeriod.set(at, entry);
  }
  return [...byPeriod.values()].sort((a, b) => a.period.year - b.period.year);
}

/**
 * Whether the report of tertial t reads values of period p: its own tertial and those before it, and, for
 * annual indicators, its year and the years before. The one owner of that reach: the report's fingerprint
 * (`report/model/report-scope.ts`) hashes exactly these values.
 */
export function inReachOf(p: Period, t: TertialPeriod): boolean {
  return p.kind === "year" ? p.year <= t.year : tertialIndex(p) <= tertialIndex(t);
}

function indicatorTrend(
  indicator: Indicator,
  register: Register,
  t: TertialPeriod,
  tertials: readonly TertialPeriod[],
  over: boolean,
): IndicatorTrend {
  const annual = indicator.frequency === "År";
  const combined = combinedValues(indicator, register.values, (p) => inReachOf(p, t));
  const frame = annual ? annualFrame(t, tertials, combined) : tertialFrame(t, tertials);
  const sign = betterSign(indicator.direction);

  const shown = pointAt(combined, frame.shown);
  const before = pointAt(combined, frame.previous);
  const value = shown.value;
  const previous = periodValue(combined, frame.previous);
  const sameLastYear = periodValue(combined, frame.sameLastYear);
  const change = difference(value, previous?.value ?? null);
  const series = frame.series.map((p) => pointAt(combined, p));
  const split = indicator.genderSplit;

  return {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    frequency: indicator.frequency,
    genderSplit: split,
    period: frame.shown,
    value,
    women: split ? shown.women : null,
    men: split ? shown.men : null,
    previous,
    sameLastYear,
    baseline: indicator.baseline,
    baselinePeriod: indicator.baselinePeriod,
    target: indicator.target,
    changeFromPrevious: change,
    changeFromPreviousRelative:
      change === null || previous === null || previous.value === 0 ? null : figure(change / Math.abs(previous.value)),
    changeFromSameLastYear: difference(value, sameLastYear?.value ?? null),
    changeFromBaseline: difference(value, indicator.baseline),
    direction: direction(value, previous?.value ?? null, sign),
    noise: noise(indicator.unit, value, previous?.value ?? null),
    slopePerTertial: annual ? null : slopeOf(series, frame.series),
    progress: progress(value, indicator.baseline, indicator.target),
    // Once the pledge is over the status is a verdict on the latest value reported, whatever
    // its period (a tertial's own value left out by an error: the one before it), as the
    // Slutrapport judges it (over-pledge.ts), so the two reports of the pledge's end agree.
    status: targetStatus({
      value: over && value === null ? latestValue(series) : value,
      baseline: indicator.baseline,
      target: indicator.target,
      sign,
      elapsed: frame.elapsed,
      over,
    }),
    womenDirection: split ? direction(shown.women, before.women, sign) : "unknown",
    leftOut: leftOutOf(indicator, register, t, frame.shown, combined),
    series,
  };
}

/** Trends for the report of tertial t: only periods up to and including t are used. */
export function computeTrends(register: Register, tertial: TertialPeriod): TrendsResult {
  // Without a pledge (the reader reports why), the tertial itself stands in for its span.
  const tertials = register.pledge === null ? [tertial] : pledgeTertials(register.pledge);
  const over = register.pledge !== null && pledgeOver(tertial, tertials);
  return {
    tertial,
    indicators: register.indicators.map((indicator) => indicatorTrend(indicator, register, tertial, tertials, over)),
  };
}
