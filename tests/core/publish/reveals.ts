import { derivableBounds, type Shown } from "../../../src/core/publish/small-numbers";

/**
 * What a reader can work out from a published sum: no part below the threshold pinned down,
 * and the parts not shown do not add up to a small count either.
 */
export function revealsNothing(total: number, parts: readonly Shown[], real: readonly number[], min: number): boolean {
  const notShown = parts.map((p, i) => (p.kind === "value" ? 0 : real[i]!)).reduce((a, b) => a + b, 0);
  if (parts.every((p) => p.kind === "value")) return true;
  if (notShown < min) return false;
  return derivableBounds(total, parts, min).every((b, i) => parts[i]!.kind !== "fewer" || (b!.low === 0 && b!.high === min - 1));
}
