/**
 * v(t): one indicator's reported values for one period, combined over every
 * partner by the indicator's `Sammanvägning` (Summa → sum, Medel → mean).
 * Women and men combine the same way over the rows that carry them.
 */
import { periodKey, type Period } from "../period";
import type { Indicator, IndicatorValue } from "../register/types";
import { idKey } from "../values";
import { figure } from "./numbers";
import type { SeriesPoint } from "./trend-types";

/** Combined points of one indicator, keyed by `periodKey`. */
export type CombinedValues = ReadonlyMap<number, SeriesPoint>;

/** Whether a period is of the kind the indicator is reported in; the reader flags the rest. */
export function matchesFrequency(indicator: Indicator, period: Period): boolean {
  return indicator.frequency === "Tertial" ? period.kind === "tertial" : period.kind === "year";
}

function combine(xs: readonly number[], aggregation: Indicator["aggregation"]): number | null {
  if (xs.length === 0) return null;
  const sum = xs.reduce((a, b) => a + b, 0);
  return figure(aggregation === "Summa" ? sum : sum / xs.length);
}

/** One point from the rows of a single period (all for the same indicator). */
export function combinePoint(indicator: Indicator, period: Period, rows: readonly IndicatorValue[]): SeriesPoint {
  const pick = (f: (r: IndicatorValue) => number | null): number[] => rows.map(f).filter((x): x is number => x !== null);
  return {
    period,
    value: combine(
      pick((r) => r.value),
      indicator.aggregation,
    ),
    // Women and men only for a gender-split indicator: figures typed beside another are not its figures.
    women: indicator.genderSplit
      ? combine(
          pick((r) => r.women),
          indicator.aggregation,
        )
      : null,
    men: indicator.genderSplit
      ? combine(
          pick((r) => r.men),
          indicator.aggregation,
        )
      : null,
    reports: rows.length,
  };
}

/**
 * Every period the indicator has usable values for, combined. Only periods
 * that `include` accepts are kept, so a report never sees values after its tertial.
 */
export function combinedValues(
  indicator: Indicator,
  values: readonly IndicatorValue[],
  include: (period: Period) => boolean,
): CombinedValues {
  const key = idKey(indicator.id);
  const byPeriod = new Map<number, IndicatorValue[]>();
  for (const v of values) {
    if (idKey(v.indicatorId) !== key || !matchesFrequency(indicator, v.period) || !include(v.period)) continue;
    const k = periodKey(v.period);
    const rows = byPeriod.get(k);
    if (rows) rows.push(v);
    else byPeriod.set(k, [v]);
  }
  const combined = new Map<number, SeriesPoint>();
  for (const [k, rows] of byPeriod) combined.set(k, combinePoint(indicator, rows[0]!.period, rows));
  return combined;
}

/** The point for a period, or an empty one when nobody reported. */
export function pointAt(combined: CombinedValues, period: Period): SeriesPoint {
  return combined.get(periodKey(period)) ?? { period, value: null, women: null, men: null, reports: 0 };
}
