/**
 * Indicator rows of the tertial report, computed once from the trends: what
 * the table shows, the women's-safety rows for gender-split indicators, and
 * how many decimals each indicator needs.
 */
import type { Direction, IndicatorTrend, PeriodValue, TargetStatus } from "../../trends/trend-types";
import type { Period } from "../../period";
import { decimalsOf } from "../../swedish-format";
import { statusWord, type StatusWordSv } from "../../trends/status-words";
import { leftOutText, rowNote, trendNote, trendScore, unitWord, type TrendScore } from "./trend-words";

/** What an indicator's row shows in both reports: the indicator, a change judged by the trend rules, and its words. */
export interface IndicatorRowBase {
  id: string;
  name: string;
  unit: IndicatorTrend["unit"];
  /** "antal", "procent", "index". */
  unitWord: string;
  /** Reported per year; shown with its year, "3,1 (2024)". */
  annual: boolean;
  /** Decimals every number of this indicator is shown with (0–2). */
  decimals: number;
  baseline: number | null;
  baselinePeriod: Period | null;
  change: number | null;
  direction: Direction;
  noise: boolean | null;
  score: TrendScore | null;
  /** The trend's word, and values left out by errors when any were. */
  note: string;
  /** "2025: utelämnat, fel på fliken Polisen"; null when nothing was left out. */
  leftOut: string | null;
  target: number | null;
  status: TargetStatus;
  statusWord: StatusWordSv;
}

/** The tertial report's row: the tertial's value against the one before. */
export interface IndicatorRow extends IndicatorRowBase {
  previous: PeriodValue | null;
  current: PeriodValue | null;
}

/** The change a row shows, as the trend rules judged it, and what its note says when there is no direction. */
export interface RowJudgement {
  change: number | null;
  direction: Direction;
  noise: boolean | null;
  status: TargetStatus;
  /** The note without a direction: "värde saknas", "ingen jämförelse". */
  unknown: string;
  /** The numbers the row shows besides baseline and target, for its decimals. */
  shown: readonly (number | null | undefined)[];
}

/** The part of an indicator's row both reports share, from its trend and the change judged. */
export function indicatorRowBase(trend: IndicatorTrend, j: RowJudgement): IndicatorRowBase {
  return {
    id: trend.id,
    name: trend.name,
    unit: trend.unit,
    unitWord: unitWord(trend.unit),
    annual: trend.frequency === "År",
    decimals: decimalsFor([trend.baseline, trend.target, j.change, ...j.shown]),
    baseline: trend.baseline,
    baselinePeriod: trend.baselinePeriod,
    change: j.change,
    direction: j.direction,
    noise: j.noise,
    score: trendScore(j.direction, j.noise),
    note: rowNote(trendNote(j.direction, j.noise, j.unknown), trend.leftOut),
    leftOut: leftOutText(trend.leftOut),
    target: trend.target,
    status: j.status,
    statusWord: statusWord(j.status, trend.baseline, trend.target),
  };
}

export interface WomenRow {
  id: string;
  name: string;
  unit: IndicatorTrend["unit"];
  unitWord: string;
  decimals: number;
  /** Period of the values shown, or null with none. */
  period: Period | null;
  women: number | null;
  men: number | null;
  /** Women minus men. */
  difference: number | null;
  score: TrendScore | null;
  note: string;
}

/** Decimals that show every given number as typed (at most two). */
export function decimalsFor(numbers: readonly (number | null | undefined)[]): number {
  return numbers.reduce<number>((d, n) => (typeof n === "number" ? Math.max(d, decimalsOf(n)) : d), 0);
}

export function indicatorRow(trend: IndicatorTrend): IndicatorRow {
  const current = trend.period !== null && trend.value !== null ? { period: trend.period, value: trend.value } : null;
  return {
    ...indicatorRowBase(trend, {
      change: trend.changeFromPrevious,
      direction: trend.direction,
      noise: trend.noise,
      status: trend.status,
      unknown: current === null ? "värde saknas" : "ingen jämförelse",
      shown: [trend.previous?.value, trend.value],
    }),
    previous: trend.previous,
    current,
  };
}

export function womenRow(trend: IndicatorTrend): WomenRow {
  const difference = trend.women !== null && trend.men !== null ? Number((trend.women - trend.men).toPrecision(10)) : null;
  return {
    id: trend.id,
    name: trend.name,
    unit: trend.unit,
    unitWord: unitWord(trend.unit),
    decimals: decimalsFor([trend.women, trend.men, difference]),
    period: trend.women !== null || trend.men !== null ? trend.period : null,
    women: trend.women,
    men: trend.men,
    difference,
    // Counts split by sex carry no noise rule of their own; the 5 % band decides.
    score: trendScore(trend.womenDirection, null),
    note: trendNote(trend.womenDirection, null, trend.women === null ? "värde saknas" : "ingen jämförelse"),
  };
}
