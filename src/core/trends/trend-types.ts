/**
 * The shapes `computeTrends` returns: plain, serialisable data for the report,
 * the pane and `pledge trends --json`.
 */
/** One period of an indicator's series, combined over every partner that reported it. */
export interface SeriesPoint {
  period: string;
  value: number | null;
  women: number | null;
  men: number | null;
  /** Rows combined into `value`. */
  reports: number;
}

export interface PeriodValue {
  period: string;
  value: number;
}

export type Direction = "improving" | "worsening" | "stable" | "unknown";

/**
 * A forecast while the pledge runs (`on-track`, `at-risk`, `off-track`), a verdict
 * once it has run its course (`improved`, `not-met`); `met` in both.
 */
export type TargetStatus = "met" | "on-track" | "at-risk" | "off-track" | "improved" | "not-met" | "no-data" | "no-target";

export interface IndicatorTrend {
  id: string;
  name: string;
  unit: "Antal" | "Procent" | "Index";
  frequency: "Tertial" | "År";
  genderSplit: boolean;
  /** Label of the period shown: the tertial itself, or for an annual indicator its latest year with a value (the tertial's year before any). */
  period: string;
  value: number | null;
  women: number | null;
  men: number | null;
  previous: PeriodValue | null;
  sameLastYear: PeriodValue | null;
  baseline: number | null;
  baselinePeriod: string | null;
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
  series: SeriesPoint[];
}

export interface TrendsResult {
  tertial: string;
  indicators: IndicatorTrend[];
}
