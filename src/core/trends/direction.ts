/**
 * Direction and normal variation of the change from one period to the next.
 */
import type { Indicator } from "../register/types";
import { round10 } from "./numbers";
import type { Direction } from "./trend-types";

/** Which way is better: +1 for `Högre är bättre`, −1 for `Lägre är bättre`. */
export function betterSign(direction: Indicator["direction"]): 1 | -1 {
  return direction === "Högre är bättre" ? 1 : -1;
}

/**
 * `improving` when s·Δ exceeds 5 % of |v(prev)|, `worsening` below −5 %, else `stable`.
 * With v(prev) = 0 the band is empty, so the sign of s·Δ decides.
 * Both sides are rounded first so the edge (exactly 5 %) is stable, not a float accident.
 */
export function direction(current: number | null, previous: number | null, sign: 1 | -1): Direction {
  if (current === null || previous === null) return "unknown";
  const better = round10(sign * (current - previous));
  const band = round10(0.05 * Math.abs(previous));
  if (better > band) return "improving";
  if (better < -band) return "worsening";
  return "stable";
}

/**
 * For counts: a change with |2(√v(t) − √v(prev))| < 2 is within normal
 * (Poisson-like) variation. Null unless the unit is `Antal` and both values exist.
 */
export function noise(unit: Indicator["unit"], current: number | null, previous: number | null): boolean | null {
  if (unit !== "Antal" || current === null || previous === null) return null;
  if (current < 0 || previous < 0) return null; // counts are never negative; the reader rejects them
  return round10(Math.abs(2 * (Math.sqrt(current) - Math.sqrt(previous)))) < 2;
}
