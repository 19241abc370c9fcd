/**
 * Sen's slope: the median of the slopes between every pair of points, robust
 * against one odd tertial. Used in units per tertial.
 */
import { figure, median } from "./numbers";

export interface IndexedValue {
  /** Consecutive tertial number (`tertialIndex`), so a gap counts. */
  index: number;
  value: number;
}

/** Null with fewer than three points: two values are no trend. */
export function senSlope(points: readonly IndexedValue[]): number | null {
  if (points.length < 3) return null;
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]!;
      const b = points[j]!;
      if (a.index === b.index) continue; // one point per tertial; guard against a caller's duplicate
      slopes.push((b.value - a.value) / (b.index - a.index));
    }
  }
  const m = median(slopes);
  return m === null ? null : figure(m);
}
