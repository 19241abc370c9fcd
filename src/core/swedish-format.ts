/**
 * Text the report composes itself, formatted as Swedes read it: a space
 * between thousands ("1 230"), a decimal comma ("3,4"), "44 %", Swedish
 * month names and a real minus sign ("−23"). Cell values stay numbers; these
 * helpers are for head lines, the kortversion and value-with-year cells.
 */
import { wallClock, ymdFromSerial } from "./date";
import { tertialMonths } from "./period";

const MINUS = "\u2212";
const MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
] as const;

/** "1 230", "3,4" (with `decimals`), "−23". Trailing zeros are kept: formatNumberSv(3, 1) → "3,0". */
export function formatNumberSv(n: number, decimals = 0): string {
  if (!Number.isFinite(n)) return "—";
  const fixed = Math.abs(n).toFixed(decimals);
  const [whole = "0", fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  const negative = n < 0 && Number(fixed) !== 0;
  return `${negative ? MINUS : ""}${grouped}${fraction === undefined ? "" : `,${fraction}`}`;
}

/** Decimals needed to show `n` without losing what was typed, at most `max`: 3 → 0, 3.4 → 1, 3.25 → 2. */
export function decimalsOf(n: number, max = 2): number {
  for (let d = 0; d < max; d++) {
    if (Math.abs(Number(n.toFixed(d)) - n) < 1e-9) return d;
  }
  return max;
}

/** As few decimals as the number needs (at most two): 3 → "3", 3.4 → "3,4". */
export function formatAutoSv(n: number): string {
  return formatNumberSv(n, decimalsOf(n));
}

/** A share 0–1 as whole percent: 0.44 → "44 %". */
export function formatShareSv(share: number): string {
  return `${formatNumberSv(Math.round(share * 100))} %`;
}

/** A value of a `Procent` indicator (0–100): 41.5 → "41,5 %". */
export function formatPercentValueSv(value: number): string {
  return `${formatAutoSv(value)} %`;
}

/** "maj–augusti 2025" for T2 2025. */
export function tertialMonthSpan(year: number, tertial: 1 | 2 | 3): string {
  const [first, last] = tertialMonths(tertial);
  return `${MONTHS[first - 1]}–${MONTHS[last - 1]} ${year}`;
}

/** "augusti 2024–december 2025" for two serial dates; "maj–augusti 2025" within one year. */
export function monthSpanOfSerials(from: number, to: number): string {
  const a = ymdFromSerial(from);
  const b = ymdFromSerial(to);
  if (a.year === b.year) {
    return a.month === b.month ? `${MONTHS[a.month - 1]} ${a.year}` : `${MONTHS[a.month - 1]}–${MONTHS[b.month - 1]} ${b.year}`;
  }
  return `${MONTHS[a.month - 1]} ${a.year}–${MONTHS[b.month - 1]} ${b.year}`;
}

const WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"] as const;

/** "söndag 14 september 2025": a day as a letter names it. */
export function longDateSv(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  // From 1900-03-01 on, (serial − 2) mod 7 is 0 on Mondays (Excel counts a 29 February 1900 that never was).
  const weekday = WEEKDAYS[(((Math.floor(serial) - 2) % 7) + 7) % 7]!;
  return `${weekday} ${day} ${MONTHS[month - 1]} ${year}`;
}

const two = (n: number): string => String(n).padStart(2, "0");

/**
 * "2025-09-05 14:32": the moment on the clock that also decides "today" (see
 * `wallClock`): local time, or at `offsetMinutes` east of UTC.
 */
export function localDateTime(d: Date, offsetMinutes?: number): string {
  const c = wallClock(d, offsetMinutes);
  return `${String(c.year).padStart(4, "0")}-${two(c.month)}-${two(c.day)} ${two(c.hour)}:${two(c.minute)}`;
}

/** "2025-09-05": the day of `localDateTime`. */
export function localDate(d: Date, offsetMinutes?: number): string {
  return localDateTime(d, offsetMinutes).slice(0, 10);
}

/** "1 rad" / "7 rader": a count with the singular or plural noun. */
export function countNoun(n: number, singular: string, plural: string): string {
  return `${formatNumberSv(n)} ${n === 1 ? singular : plural}`;
}

/** "1 rad utelämnad", "7 rader utelämnade": the participle agrees with the count. */
export function rowsExcluded(n: number): string {
  return `${countNoun(n, "rad", "rader")} ${n === 1 ? "utelämnad" : "utelämnade"}`;
}
