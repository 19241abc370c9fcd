/**
 * The pledge's tertials: every tertial that overlaps its validity.
 */
import { ymdFromSerial } from "../date";
import { tertialFromIndex, tertialIndex, tertialOfDate } from "../period";
import type { Pledge } from "../register/types";
import type { TertialPeriod } from "./trend-types";

export type { TertialPeriod } from "./trend-types";

/** Tertials overlapping the pledge's validity, e.g. 2024-08-01..2025-12-31 → T2 2024, T3 2024, T1 2025, T2 2025, T3 2025. */
export function pledgeTertials(pledge: Pledge): TertialPeriod[] {
  const first = tertialIndex(tertialOfDate(ymdFromSerial(pledge.validFrom)));
  const last = tertialIndex(tertialOfDate(ymdFromSerial(pledge.validTo)));
  const tertials: TertialPeriod[] = [];
  for (let i = first; i <= last; i++) tertials.push(tertialFromIndex(i));
  return tertials;
}

/** Share of the pledge's tertials that lie at or before `lastIndex` (a tertial index); 0 for a pledge without tertials. */
export function elapsedShare(tertials: readonly TertialPeriod[], lastIndex: number): number {
  if (tertials.length === 0) return 0;
  const done = tertials.filter((t) => tertialIndex(t) <= lastIndex).length;
  return done / tertials.length;
}
