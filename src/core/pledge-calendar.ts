/**
 * The pledge calendar: which tertial a day falls in, when a tertial ends, the
 * pledge's tertials and years, which periods lie in the pledge, which tertial
 * has ended last, and where today stands against the pledge. Every part of the
 * engine and every front end asks this file; none counts tertials itself.
 * Days are Excel serials, periods stay `Period` objects (labels: `periodLabel`).
 */
import { serialFromYMD, ymdFromSerial } from "./date";
import { type Period, type TertialPeriod, tertialFromIndex, tertialIndex, tertialMonths } from "./period";
import type { Pledge } from "./register/types";

/** The pledge's validity, all the calendar needs of it. */
export type Validity = Pick<Pledge, "validFrom" | "validTo">;

/** The tertial that holds a day: T2 2025 for 2025-06-10. */
export function tertialOf(serial: number): TertialPeriod {
  const { year, month } = ymdFromSerial(serial);
  return { kind: "tertial", year, tertial: month <= 4 ? 1 : month <= 8 ? 2 : 3 };
}

// Dates repeat (a pledge has a few hundred days) and turning a serial into a date costs a Date object:
// the figures ask this for every activity row.
const indexOfDay = new Map<number, number>();

/** `tertialIndex(tertialOf(serial))`, remembered per day. */
export function tertialIndexOf(serial: number): number {
  let index = indexOfDay.get(serial);
  if (index === undefined) {
    index = tertialIndex(tertialOf(serial));
    if (indexOfDay.size < 100_000) indexOfDay.set(serial, index);
  }
  return index;
}

/**
 * The days of the tertial with index `index` (`tertialIndex`), as serials: a day d lies in it exactly when
 * `from <= d && d < until`, a fraction (the time of day) as `tertialOf` drops it. Null for a tertial whose days
 * have no serials (before 1900, after 9999). For loops over many rows: two comparisons, not a lookup per row.
 * tests/core/tertial-days.test.ts holds it to `tertialIndexOf`.
 */
export function tertialDays(index: number): { from: number; until: number } | null {
  const t = tertialFromIndex(index);
  const [first, last] = tertialMonths(t.tertial);
  const from = serialFromYMD(t.year, first, 1);
  const lastDay = serialFromYMD(t.year, last, last === 4 ? 30 : 31);
  return from === null || lastDay === null ? null : { from, until: lastDay + 1 };
}

/** Whether a day lies in tertial t. */
export function inTertial(serial: number, t: TertialPeriod): boolean {
  return tertialIndexOf(serial) === tertialIndex(t);
}

/** Serial of a tertial's last day: 2025-08-31 for T2 2025. */
export function tertialEnd(t: TertialPeriod): number {
  const [, last] = tertialMonths(t.tertial);
  // The day before the first of the next month.
  return (last === 12 ? serialFromYMD(t.year + 1, 1, 1) : serialFromYMD(t.year, last + 1, 1))! - 1;
}

/** The day partners have to report tertial t by: its last day plus the pledge's `Sista rapportdag`. */
export function reportDue(pledge: Pick<Pledge, "reportDays">, t: TertialPeriod): number {
  return tertialEnd(t) + pledge.reportDays;
}

/** Tertials that overlap the pledge's validity, in order: 2024-08-01..2025-12-31 → T2 2024, T3 2024, T1 2025, T2 2025, T3 2025. */
export function pledgeTertials(pledge: Validity): TertialPeriod[] {
  const from = tertialIndex(tertialOf(pledge.validFrom));
  const to = tertialIndex(tertialOf(pledge.validTo));
  const out: TertialPeriod[] = [];
  // A validity typed a few centuries long is not a reason to build thousands of tertials.
  for (let i = from; i <= to && out.length < 600; i++) out.push(tertialFromIndex(i));
  return out;
}

/** The years the pledge touches: 2024 and 2025 for 2024-08-01..2025-12-31. */
function pledgeYears(pledge: Validity): number[] {
  const years: number[] = [];
  const last = Math.min(ymdFromSerial(pledge.validTo).year, ymdFromSerial(pledge.validFrom).year + 200);
  for (let y = ymdFromSerial(pledge.validFrom).year; y <= last; y++) years.push(y);
  return years;
}

/** Every period a value may be reported for in the pledge: its tertials, then its years (the Period dropdown). */
export function pledgePeriods(pledge: Validity): Period[] {
  return [...pledgeTertials(pledge), ...pledgeYears(pledge).map((year): Period => ({ kind: "year", year }))];
}

/** Whether a period lies in the pledge: one of its tertials, or a year it touches. */
export function inPledge(pledge: Validity, period: Period): boolean {
  if (period.kind === "year") {
    return period.year >= ymdFromSerial(pledge.validFrom).year && period.year <= ymdFromSerial(pledge.validTo).year;
  }
  const index = tertialIndex(period);
  return index >= tertialIndexOf(pledge.validFrom) && index <= tertialIndexOf(pledge.validTo);
}

/**
 * The latest pledge tertial that has ended by `today` (its last day is before
 * today); the last one once the pledge is over; the first while none has ended.
 * Null for a validity that ends before it starts.
 */
export function latestEndedTertial(pledge: Validity, today: number): TertialPeriod | null {
  const all = pledgeTertials(pledge);
  if (today > pledge.validTo) return all[all.length - 1] ?? null;
  const ended = all.filter((t) => tertialEnd(t) < today);
  return ended[ended.length - 1] ?? all[0] ?? null;
}

/** The pledge tertial that holds `today`, clamped to the pledge's first and last tertial. */
export function tertialHolding(pledge: Validity, today: number): TertialPeriod | null {
  const all = pledgeTertials(pledge);
  if (all.length === 0) return null;
  const first = tertialIndex(all[0]!);
  const index = Math.min(Math.max(tertialIndexOf(today), first), tertialIndex(all[all.length - 1]!));
  return all[index - first]!;
}

/** Share of the pledge's tertials at or before `lastIndex` (a tertial index); 0 for a pledge without tertials. */
export function elapsedShare(tertials: readonly TertialPeriod[], lastIndex: number): number {
  if (tertials.length === 0) return 0;
  return tertials.filter((t) => tertialIndex(t) <= lastIndex).length / tertials.length;
}

/** Where today stands against the pledge; the validity's first and last day belong to it. */
export type PledgePhase =
  { kind: "before"; from: number } | { kind: "during"; tertial: TertialPeriod } | { kind: "after"; to: number; lastTertial: TertialPeriod };

export function pledgePhase(pledge: Validity, today: number): PledgePhase {
  if (today < pledge.validFrom) return { kind: "before", from: pledge.validFrom };
  // The pledge's last tertial is the one holding its last day (as in pledgeTertials).
  if (today > pledge.validTo) return { kind: "after", to: pledge.validTo, lastTertial: tertialOf(pledge.validTo) };
  return { kind: "during", tertial: tertialOf(today) };
}
