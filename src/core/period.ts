/**
 * Periods: tertials (T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec) and years.
 * A tertial's index counts tertials from year 0 so consecutive tertials differ by 1
 * (T1 2025 comes right after T3 2024).
 */
import { fold } from "./values";

export type Period = { kind: "tertial"; year: number; tertial: 1 | 2 | 3 } | { kind: "year"; year: number };

/** A tertial: T2 2025 is `{ kind: "tertial", year: 2025, tertial: 2 }`. */
export type TertialPeriod = Extract<Period, { kind: "tertial" }>;

const TERTIAL_PATTERNS: RegExp[] = [
  /^t\s*([123])\s*[- ]?\s*(\d{4})$/, // T2 2025, T2-2025, T22025 is not accepted below
  /^(\d{4})\s*[- ]?\s*t\s*([123])$/, // 2025 T2, 2025-T2
  /^tertial\s*([123])\s*[- ]?\s*(\d{4})$/, // Tertial 2 2025
];

/** Parses every accepted spelling, case-insensitively: "T2 2025", "2025 T2", "2025-T2", "T2-2025", "Tertial 2 2025", "2024". */
export function parsePeriod(input: unknown): Period | null {
  if (typeof input === "number") {
    return Number.isInteger(input) && input >= 1900 && input <= 2199 ? { kind: "year", year: input } : null;
  }
  if (typeof input !== "string") return null;
  const s = fold(input);
  if (/^\d{4}$/.test(s)) {
    const year = Number(s);
    return year >= 1900 && year <= 2199 ? { kind: "year", year } : null;
  }
  for (const [i, re] of TERTIAL_PATTERNS.entries()) {
    const m = re.exec(s);
    if (!m) continue;
    // Require a separator between "T2" and the year so "t22025" is not read as T2 2025.
    if (i === 0 && !/^t\s*[123][- ]/.test(s)) continue;
    if (i === 1 && !/\d{4}[- ]?\s*t/.test(s)) continue;
    const [t, y] = i === 1 ? [m[2], m[1]] : [m[1], m[2]];
    const year = Number(y);
    if (year < 1900 || year > 2199) return null;
    return { kind: "tertial", year, tertial: Number(t) as 1 | 2 | 3 };
  }
  return null;
}

/** Canonical label: "T2 2025" or "2025". */
export function periodLabel(p: Period): string {
  return p.kind === "tertial" ? `T${p.tertial} ${p.year}` : String(p.year);
}

/** A number naming a period, for maps and equality: a tertial's index, or a year as -1 - year (never a tertial's). */
export function periodKey(p: Period): number {
  return p.kind === "tertial" ? tertialIndex(p) : -1 - p.year;
}

/** Consecutive number of a tertial: year * 3 + (tertial - 1). */
export function tertialIndex(p: { year: number; tertial: 1 | 2 | 3 }): number {
  return p.year * 3 + (p.tertial - 1);
}

export function tertialFromIndex(index: number): TertialPeriod {
  const year = Math.floor(index / 3);
  return { kind: "tertial", year, tertial: (index - year * 3 + 1) as 1 | 2 | 3 };
}

/** The tertial before: T3 2024 for T1 2025. */
export function previousTertial(t: TertialPeriod): TertialPeriod {
  return tertialFromIndex(tertialIndex(t) - 1);
}

/** First and last month (1–12) of a tertial. */
export function tertialMonths(t: 1 | 2 | 3): [number, number] {
  return t === 1 ? [1, 4] : t === 2 ? [5, 8] : [9, 12];
}

/**
 * Whether an indicator's value is due by tertial t: a tertial indicator's every
 * tertial, an annual one's (`År`) once its year is over, in the year's last tertial.
 * The check's `missing-value` and the report's "Saknas" both ask this.
 */
export function valueDue(frequency: string | undefined, t: { tertial: 1 | 2 | 3 }): boolean {
  return frequency !== "År" || t.tertial === 3;
}
