/**
 * `pledge trends --json`: the trends with every period as its label ("T2 2025",
 * "2025"), the shape DOMAIN.md gives. Inside the engine periods stay objects.
 */
import { periodLabel, type Period } from "../period";
import type { IndicatorTrend, PeriodValue, SeriesPoint, TrendsResult } from "./trend-types";

type Labelled<T> = { [K in keyof T]: T[K] extends Period ? string : T[K] extends Period | null ? string | null : T[K] };

export type SeriesPointJson = Labelled<SeriesPoint>;
export type PeriodValueJson = Labelled<PeriodValue>;
export type IndicatorTrendJson = Omit<Labelled<IndicatorTrend>, "previous" | "sameLastYear" | "series" | "leftOut"> & {
  leftOut: { period: string; tabs: string[]; rows: number; kept: boolean }[];
  previous: PeriodValueJson | null;
  sameLastYear: PeriodValueJson | null;
  series: SeriesPointJson[];
};
export interface TrendsJson {
  tertial: string;
  indicators: IndicatorTrendJson[];
}

const labelled = <T extends { period: Period }>(p: T): Labelled<T> => ({ ...p, period: periodLabel(p.period) }) as Labelled<T>;
const valueJson = (v: PeriodValue | null): PeriodValueJson | null => (v === null ? null : labelled(v));

export function indicatorTrendJson(t: IndicatorTrend): IndicatorTrendJson {
  return {
    ...t,
    period: periodLabel(t.period),
    baselinePeriod: t.baselinePeriod === null ? null : periodLabel(t.baselinePeriod),
    previous: valueJson(t.previous),
    sameLastYear: valueJson(t.sameLastYear),
    series: t.series.map(labelled),
    leftOut: t.leftOut.map(labelled),
  };
}

export function trendsJson(result: TrendsResult): TrendsJson {
  return { tertial: periodLabel(result.tertial), indicators: result.indicators.map(indicatorTrendJson) };
}
