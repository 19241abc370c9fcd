/**
 * Data for the report's line chart: key indicators indexed to their baseline
 * (= 100) per pledge tertial, so counts of crimes and of participants share
 * one axis. Only tertial indicators with a baseline can be indexed.
 */
import { periodKey, periodLabel, type TertialPeriod } from "../../period";
import type { IndicatorTrend } from "../../trends/trend-types";
import { formatAutoSv } from "../../swedish-format";

export const MAX_CHART_SERIES = 5;

export interface ChartSeries {
  id: string;
  name: string;
  /** Index per category, baseline = 100; null where nothing was reported. */
  values: (number | null)[];
}

export interface ChartData {
  /** Tertial labels, "T2 2024" … */
  categories: string[];
  series: ChartSeries[];
}

function indexed(value: number | null, baseline: number): number | null {
  return value === null ? null : Math.round((value / baseline) * 1000) / 10;
}

/** Up to five tertial indicators with a non-zero baseline and at least one value, in register order. */
export function chartData(trends: readonly IndicatorTrend[], tertials: readonly TertialPeriod[]): ChartData {
  const series: ChartSeries[] = [];
  for (const t of trends) {
    if (series.length >= MAX_CHART_SERIES) break;
    const baseline = t.baseline;
    if (t.frequency !== "Tertial" || baseline === null || baseline === 0) continue;
    const byPeriod = new Map(t.series.map((p) => [periodKey(p.period), p.value] as const));
    const values = tertials.map((c) => indexed(byPeriod.get(periodKey(c)) ?? null, baseline));
    if (values.every((v) => v === null)) continue;
    series.push({ id: t.id, name: t.name, values });
  }
  return { categories: series.length > 0 ? tertials.map(periodLabel) : [], series };
}

/** Alt text for the chart: what it shows and how each series ended, in words. */
export function chartAltText(data: ChartData): string {
  if (data.series.length === 0) return "Diagrammet saknar data.";
  const first = data.categories[0] ?? "";
  const last = data.categories[data.categories.length - 1] ?? "";
  const ends = data.series.map((s) => {
    const lastValue = [...s.values].reverse().find((v): v is number => v !== null);
    return lastValue === undefined ? s.name : `${s.name} ${formatAutoSv(lastValue)}`;
  });
  return (
    `Linjediagram över ${data.series.length} nyckelindikatorer per tertial ${first === last ? first : `${first}–${last}`}, ` +
    `som index där utgångsvärdet är 100. Senaste värden: ${ends.join("; ")}.`
  );
}
