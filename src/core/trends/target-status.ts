/**
 * Progress towards the target and the status at a tertial: a forecast while
 * the pledge runs, a verdict once it has run its course.
 */
import { figure, round10 } from "./numbers";
import type { TargetStatus } from "./trend-types";

/** p = (v − b)/(g − b); null without v, b or g, or when g = b. */
export function progress(value: number | null, baseline: number | null, target: number | null): number | null {
  if (value === null || baseline === null || target === null || target === baseline) return null;
  return figure((value - baseline) / (target - baseline));
}

export interface StatusInput {
  value: number | null;
  baseline: number | null;
  target: number | null;
  sign: 1 | -1;
  /** Share of the pledge's tertials elapsed, 0–1. */
  elapsed: number;
  /**
   * The pledge has run its course: a report for its last tertial or later, or the
   * Slutrapport. The status is then a verdict (`met`, `improved`, `not-met`), not a forecast.
   */
  over?: boolean;
}

/**
 * Checked in this order: `no-target` (no b or g) before `no-data` (no v), since
 * without a target there is nothing to have data against. Then `met` when
 * s·(v − g) ≥ 0. While the pledge runs: `on-track` when p ≥ e − 0.10; `at-risk`
 * when p ≥ 0; else `off-track`. Once it is over: `improved` when p > 0; else `not-met`.
 * When g = b there is no progress scale: not met means worse than the baseline.
 *
 * @example targetStatus({ value: 172, baseline: 212, target: 170, sign: -1, elapsed: 1, over: true }) // "improved"
 */
export function targetStatus({ value, baseline, target, sign, elapsed, over = false }: StatusInput): TargetStatus {
  if (baseline === null || target === null) return "no-target";
  if (value === null) return "no-data";
  if (round10(sign * (value - target)) >= 0) return "met";
  const p = progress(value, baseline, target);
  if (over) return p !== null && round10(p) > 0 ? "improved" : "not-met";
  if (p === null) return "off-track";
  if (round10(p) >= round10(elapsed - 0.1)) return "on-track";
  if (p >= 0) return "at-risk";
  return "off-track";
}
