/**
 * Progress towards the target and the traffic-light status at a tertial.
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
}

/**
 * Checked in this order: `no-target` (no b or g) before `no-data` (no v), since
 * without a target there is nothing to have data against. Then `met` when
 * s·(v − g) ≥ 0; `on-track` when p ≥ e − 0.10; `at-risk` when p ≥ 0; else `off-track`.
 * When g = b there is no progress scale: not met means worse than the baseline, so `off-track`.
 */
export function targetStatus({ value, baseline, target, sign, elapsed }: StatusInput): TargetStatus {
  if (baseline === null || target === null) return "no-target";
  if (value === null) return "no-data";
  if (round10(sign * (value - target)) >= 0) return "met";
  const p = progress(value, baseline, target);
  if (p === null) return "off-track";
  if (round10(p) >= round10(elapsed - 0.1)) return "on-track";
  if (p >= 0) return "at-risk";
  return "off-track";
}
