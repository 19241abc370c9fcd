/**
 * Float hygiene. A figure that lies within float noise of a short decimal (at most
 * 10 significant digits) leaves the core as that decimal: 0.1 + 0.2 is 0.3 and
 * (3.4 − 3.2)/0.25 is 0.8, in JSON and on the report. Any other figure keeps 15
 * significant digits, so 127/3 is not cut to 42.33333333 (3e-9 off, more than a
 * reader's tolerance). Comparisons (the 5 % band, met, on-track) round both sides
 * to 10 digits (`round10`), so an edge case is not decided by the last bit of a
 * binary fraction.
 */

/** Significant digits of a number written with 12 of them, trailing zeros dropped: 0.8 → 1, 42.3333333333 → 12. */
function significantDigits(x: number): number {
  const mantissa = Math.abs(x).toPrecision(12).split("e")[0]!.replace(".", "");
  return mantissa.replace(/^0+/, "").replace(/0+$/, "").length;
}

/** A figure as it leaves the core (see above); −0 as 0. */
export function figure(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return 0;
  const short = Number(x.toPrecision(12));
  if (significantDigits(short) <= 10 && Math.abs(short - x) <= 1e-12 * Math.abs(x)) return short === 0 ? 0 : short;
  return Number(x.toPrecision(15));
}

/** For comparisons: 10 significant digits. */
export function round10(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return 0; // also turns −0 into 0
  return Number(x.toPrecision(10));
}

/** Difference a − b, rounded; null unless both exist. */
export function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : figure(a - b);
}

/** Median; the mean of the two middle numbers for an even count. Null for none. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid]!;
  return (sorted[mid - 1]! + sorted[mid]!) / 2;
}
