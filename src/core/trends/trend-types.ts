/**
 * The shapes `computeTrends` returns: plain data for the report and the pane,
 * periods as objects; `trendsJson` (trends-json.ts) gives `pledge trends --json`
 * its labels.
 */
import type { Period, TertialPeriod } from "../period";

/** One period of an indicator's series, combined over every partner that reported it. */
export interface SeriesPoint {
  period: Period;
  value: number | null;
  women: number | null;
  men: number | null;
  /** Rows combined into `value`. */
  reports: number;
}

export interface PeriodValue {
  period: Period;
  value: number;
}

export type Direction = "improving" | "worsening" | "stable" | "unknown";

/**
 * A forecast while the pledge runs (`on-track`, `at-risk`, `off-track`), a verdict
 * once it has run its course (`improved`, `not-met`); `met` in both.
 */
export type TargetStatus = "met" | "on-track" | "at-risk" | "off-track" | "improved" | "not-met" | "no-data" | "no-target";

/** Value rows for one period left out by errors, and the tabs they stand on. */
export interface LeftOut {
  period: Period;
  tabs: string[];
  /** How many value rows were left out for the period. */
  rows: number;
  /**
   * The period still has a value from the rows that were not left out (Polisen typed I1's
   * 2025 twice, once as "T2 2025"): the value shown is that period's, without these rows.
   */
  kept: boolean;
}

export interface IndicatorTrend {
  id: string;
  name: string;
  unit: "Antal" | "Procent" | "Index";
  frequency: "Tertial" | "År";
  genderSplit: boolean;
  /** The period shown: the tertial itself, or for an annual indicator its latest year with a value (the tertial's year before any). */
  period: Period;
  value: number | null;
  women: number | null;
  men: number | null;
  previous: PeriodValue | null;
  sameLastYear: PeriodValue | null;
  baseline: number | null;
  baselinePeriod: Period | null;
  target: number | null;
  changeFromPrevious: number | null;
  changeFromPreviousRelative: number | null;
  changeFromSameLastYear: number | null;
  changeFromBaseline: number | null;
  direction: Direction;
  noise: boolean | null;
  slopePerTertial: number | null;
  progress: number | null;
  status: TargetStatus;
  womenDirection: Direction;
  /**
   * Rows of this indicator left out by errors for the shown period or a later one up to the
   * tertial: the value shown may be older or incomplete, and the report says so.
   */
  leftOut: LeftOut[];
  series: SeriesPoint[];
}

export interface TrendsResult {
  tertial: TertialPeriod;
  indicators: IndicatorTrend[];
}
