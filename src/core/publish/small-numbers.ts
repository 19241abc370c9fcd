/**
 * Small numbers in what is published: a count below `Minsta antal att visa`
 * reads "färre än 5", and a count that would let a reader work such a hidden
 * count out (the other half of a women/men split, a row of a table whose total
 * is shown) is hidden too. Statistical agencies call the first primary and the
 * second secondary suppression. The reports keep the real figures: only the
 * published page and images go through here.
 *
 * Counts are figures of people and events (activities, participants, women
 * and men, the values of `Antal` indicators). Percentages, indexes and targets
 * are not counts; neither are the counts of indicators or partners the texts
 * mention ("3 av 9 indikatorer").
 */
import { formatNumberSv } from "../swedish-format";

/** A figure as published: the number, "färre än N" (a small count), or hidden so that a small one cannot be worked out. */
export type Shown = { kind: "value"; value: number } | { kind: "fewer"; than: number } | { kind: "hidden" };

/** The word for a secondary suppression; the page explains it once beside the table. */
export const HIDDEN_TEXT = "visas inte";

export function fewerText(minCount: number): string {
  return `färre än ${formatNumberSv(minCount)}`;
}

/** A count as published: below `minCount` it becomes "färre än minCount" (zero included: the rule has no exceptions to reason about). */
export function shownCount(n: number, minCount: number): Shown {
  return n < minCount ? { kind: "fewer", than: minCount } : { kind: "value", value: n };
}

function isValue(s: Shown): s is { kind: "value"; value: number } {
  return s.kind === "value";
}

/** The text of a published figure: "1 230", "färre än 5", "visas inte". */
export function shownText(s: Shown, decimals = 0): string {
  if (s.kind === "fewer") return fewerText(s.than);
  if (s.kind === "hidden") return HIDDEN_TEXT;
  return formatNumberSv(s.value, decimals);
}

export type Unit = "Antal" | "Procent" | "Index";

/**
 * An indicator value as published: a count (`Antal`) goes through the rule,
 * a percentage reads "41,5 %", an index "3,4". `minCount` null: the real figure (the reports).
 */
function shownValue(unit: Unit, value: number, minCount: number | null): Shown {
  return unit === "Antal" && minCount !== null ? shownCount(value, minCount) : { kind: "value", value };
}

export function valueText(unit: Unit, value: number, decimals: number, minCount: number | null): string {
  const s = shownValue(unit, value, minCount);
  return s.kind === "value" && unit === "Procent" ? `${formatNumberSv(value, decimals)} %` : shownText(s, decimals);
}

/** What a reader can work out about a hidden part of a sum: its lowest and highest possible value. */
export interface Bounds {
  low: number;
  high: number;
}

/**
 * The parts of a sum whose total is shown, published so that no part below
 * `minCount` can be worked out: each part below it reads "färre än N"; when
 * that alone would let a reader subtract it out of the total (one hidden part,
 * or hidden parts whose sum pins them down), the smallest parts that prevent
 * it are hidden as well. When nothing prevents it, `parts` is null: the
 * breakdown is not published at all (the total still is).
 *
 * @example protectSum(43, [3, 40], 5) // { total: 43, parts: ["färre än 5", hidden] }
 */
export function protectSum(total: number, parts: readonly number[], minCount: number): { total: Shown; parts: Shown[] | null } {
  const shownTotal = shownCount(total, minCount);
  if (shownTotal.kind !== "value") return { total: shownTotal, parts: parts.map(() => ({ kind: "fewer", than: minCount })) };
  const out: Shown[] = parts.map((p) => shownCount(p, minCount));
  if (isSafe(total, out, minCount)) return { total: shownTotal, parts: out };
  // Hide further parts, smallest first: they are the least loss to the reader.
  const order = parts.map((p, i) => ({ p, i })).filter(({ i }) => out[i]!.kind === "value");
  order.sort((a, b) => a.p - b.p || a.i - b.i);
  for (const { i } of order) {
    out[i] = { kind: "hidden" };
    if (isSafe(total, out, minCount)) return { total: shownTotal, parts: out };
  }
  return { total: shownTotal, parts: null };
}

/** The bounds a reader can derive for each part not shown as a value, from the total and what is shown; null for shown parts. */
export function derivableBounds(total: number, parts: readonly Shown[], minCount: number): (Bounds | null)[] {
  const rest = restOf(total, parts);
  // A hidden part is not "färre än N", so a reader takes it to be at least N.
  const own = parts.map((p): Bounds | null =>
    p.kind === "fewer" ? { low: 0, high: p.than - 1 } : p.kind === "hidden" ? { low: minCount, high: rest } : null,
  );
  return own.map((b, i) => {
    if (b === null) return null;
    let othersLow = 0;
    let othersHigh = 0;
    own.forEach((o, j) => {
      if (o === null || j === i) return;
      othersLow += o.low;
      othersHigh += o.high;
    });
    return { low: Math.max(b.low, rest - othersHigh), high: Math.min(b.high, rest - othersLow) };
  });
}

/** The total less the parts shown: what the parts not shown add up to. */
function restOf(total: number, parts: readonly Shown[]): number {
  return total - parts.reduce((s, p) => s + (p.kind === "value" ? p.value : 0), 0);
}

/**
 * Safe when nothing not shown can be pinned down: every "färre än N" part can
 * still be anything from 0 to N − 1, and the parts not shown add up to at least N
 * (so their sum is not itself a small count given away).
 */
export function isSafe(total: number, parts: readonly Shown[], minCount: number): boolean {
  if (parts.every(isValue)) return true;
  if (restOf(total, parts) < minCount) return false;
  const bounds = derivableBounds(total, parts, minCount);
  return parts.every((p, i) => p.kind !== "fewer" || (bounds[i]!.low <= 0 && bounds[i]!.high >= minCount - 1));
}

/**
 * Women and men of one figure, published: a split is shown whole or with
 * both parts protected. With a known total (participants whose sex was given,
 * or a count indicator's value when its parts add up to it) the sum rule
 * applies; without one, a small part hides the other too, so no later total
 * can subtract it out.
 */
export function protectSplit(
  total: number | null,
  women: number,
  men: number,
  minCount: number,
): { total: Shown | null; women: Shown; men: Shown } {
  if (total !== null && total === women + men) {
    const { total: t, parts } = protectSum(total, [women, men], minCount);
    const [w, m] = parts ?? [{ kind: "hidden" } as Shown, { kind: "hidden" } as Shown];
    return { total: t, women: w!, men: m! };
  }
  const w = shownCount(women, minCount);
  const m = shownCount(men, minCount);
  const hide = (s: Shown): Shown => (s.kind === "value" ? { kind: "hidden" } : s);
  const either = w.kind !== "value" || m.kind !== "value";
  return {
    total: total === null ? null : shownCount(total, minCount),
    women: either ? hide(w) : w,
    men: either ? hide(m) : m,
  };
}
