/**
 * The two register sizes the benchmark measures, and the fixed moment it runs
 * at, so every run sees the same data: the pledge has ended (no activity lies
 * in the future) and the report is the last tertial's, T3 2025.
 */
import type { TertialPeriod } from "../../src/core/period";
import { serialFromDate } from "../../src/core/date";
import { parsePeriod } from "../../src/core/period";

export type SizeName = "small" | "large";

export interface BenchSize {
  name: SizeName;
  /** Partner tabs. */
  tabs: number;
  /** Activity rows on each tab. */
  rowsPerTab: number;
  /** Timed runs after the warm-up (medians are reported). */
  runs: number;
  /** Timed runs of the xlsx path, which takes longer. */
  xlsxRuns: number;
}

export const SIZES: Record<SizeName, BenchSize> = {
  small: { name: "small", tabs: 20, rowsPerTab: 200, runs: 7, xlsxRuns: 5 },
  large: { name: "large", tabs: 200, rowsPerTab: 2000, runs: 5, xlsxRuns: 3 },
};

/** 15 January 2026, 10:00 in Sweden: after the pledge, when the last tertial's report is made. */
export const BENCH_NOW = new Date(Date.UTC(2026, 0, 15, 9, 0, 0));
export const BENCH_TODAY = serialFromDate(BENCH_NOW);
export const BENCH_TERTIAL = parsePeriod("T3 2025") as TertialPeriod;
