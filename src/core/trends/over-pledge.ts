/**
 * An indicator over the whole pledge, for the Slutrapport: its latest value
 * reported against the baseline, with the verdict on it (met, improved, not
 * met). The same direction, noise and target rules as a tertial's trend,
 * applied to another pair of values.
 */
import type { Indicator } from "../register/types";
import { betterSign, direction, noise } from "./direction";
import { difference } from "./numbers";
import { targetStatus } from "./target-status";
import type { Direction, IndicatorTrend, PeriodValue, TargetStatus } from "./trend-types";

export interface OverPledge {
  /** The last point of the series with a value. */
  latest: PeriodValue | null;
  /** Latest minus baseline. */
  change: number | null;
  direction: Direction;
  noise: boolean | null;
  status: TargetStatus;
}

/** `trend` is the indicator's trend at the pledge's last tertial, so its series spans the pledge. */
export function overPledge(trend: IndicatorTrend, indicator: Pick<Indicator, "direction">): OverPledge {
  let latest: PeriodValue | null = null;
  for (const p of trend.series) if (p.value !== null) latest = { period: p.period, value: p.value };
  const sign = betterSign(indicator.direction);
  const value = latest?.value ?? null;
  return {
    latest,
    change: difference(value, trend.baseline),
    direction: direction(value, trend.baseline, sign),
    noise: noise(trend.unit, value, trend.baseline),
    // A verdict on the latest value reported, whatever its period.
    status: targetStatus({ value, baseline: trend.baseline, target: trend.target, sign, elapsed: 1, over: true }),
  };
}
