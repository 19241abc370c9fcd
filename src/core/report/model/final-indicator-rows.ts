/**
 * The final report's indicator rows: every pledge tertial's value side by
 * side, the latest value against the baseline, and the verdict (met,
 * improved, not met) on that latest value.
 */
import type { Indicator } from "../../register/types";
import { overPledge } from "../../trends/over-pledge";
import type { IndicatorTrend, PeriodValue, SeriesPoint } from "../../trends/trend-types";
import { periodLabel, tertialIndex, type TertialPeriod } from "../../period";
import { indicatorRowBase, type IndicatorRowBase } from "./indicator-rows";
import type { Comparison } from "./kortversion";

/** The Slutrapport's row: every tertial's value, the latest against the baseline. */
export interface FinalIndicatorRow extends IndicatorRowBase {
  /** One per tertial column; an annual value stands in the last pledge tertial of its year. */
  values: (PeriodValue | null)[];
  latest: PeriodValue | null;
}

/** Places a series on the tertial columns: a tertial's point in its column, a year's point at that year's last column. */
export function onColumns(
  series: readonly SeriesPoint[],
  tertials: readonly TertialPeriod[],
  pick: (p: SeriesPoint) => number | null,
): (PeriodValue | null)[] {
  const out: (PeriodValue | null)[] = tertials.map(() => null);
  const years = tertials.map((t) => t.year);
  for (const point of series) {
    const v = pick(point);
    if (v === null) continue;
    const p = point.period;
    const col = p.kind === "tertial" ? tertials.findIndex((t) => tertialIndex(t) === tertialIndex(p)) : years.lastIndexOf(p.year);
    if (col >= 0) out[col] = { period: p, value: v };
  }
  return out;
}

export function finalIndicatorRow(trend: IndicatorTrend, indicator: Indicator, tertials: readonly TertialPeriod[]): FinalIndicatorRow {
  const values = onColumns(trend.series, tertials, (p) => p.value);
  // The Slutrapport gives a verdict on the latest value reported, whatever its period.
  const { latest, change, direction: dir, noise: noisy, status } = overPledge(trend, indicator);
  return {
    ...indicatorRowBase(trend, {
      change,
      direction: dir,
      noise: noisy,
      status,
      unknown: latest === null ? "värde saknas" : "utgångsvärde saknas",
      shown: values.map((v) => v?.value),
    }),
    values,
    latest,
  };
}

export function finalComparison(row: FinalIndicatorRow): Comparison | null {
  if (row.direction === "unknown" || row.baseline === null || row.latest === null) return null;
  const between = row.baselinePeriod ? ` mellan ${periodLabel(row.baselinePeriod)} och ${periodLabel(row.latest.period)}` : "";
  return {
    name: row.name,
    unit: row.unit,
    decimals: row.decimals,
    from: row.baseline,
    to: row.latest.value,
    between,
    direction: row.direction,
    noise: row.noise,
  };
}
