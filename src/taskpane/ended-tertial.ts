/**
 * Which tertial a report is for by default: the latest pledge tertial that has
 * ENDED by today (a report on a tertial still running would be half empty).
 */
import { tertialsOfPledge, type TertialPeriod } from "../core/checks/pledge-periods";
import { serialFromYMD } from "../core/date";
import { tertialMonths } from "../core/period";
import type { Pledge } from "../core/register/types";

/** Serial of a tertial's last day: 2025-08-31 for T2 2025. */
export function tertialEndSerial(t: { year: number; tertial: 1 | 2 | 3 }): number {
  const [, last] = tertialMonths(t.tertial);
  // The day before the first of the next month.
  const next = last === 12 ? serialFromYMD(t.year + 1, 1, 1) : serialFromYMD(t.year, last + 1, 1);
  return next! - 1;
}

/** The latest pledge tertial whose last day is before `today`; the first tertial if none has ended. */
export function latestEndedTertial(pledge: Pick<Pledge, "validFrom" | "validTo">, today: number): TertialPeriod | null {
  const all = tertialsOfPledge(pledge);
  const ended = all.filter((t) => tertialEndSerial(t) < today);
  return ended[ended.length - 1] ?? all[0] ?? null;
}
