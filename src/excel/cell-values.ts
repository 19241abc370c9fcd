/**
 * Translating cells between the core's neutral grid and Office.js arrays.
 *
 * Every string is written with number format "@" (Text) set just before its
 * value, so Excel stores it exactly as given: Range.values otherwise parses a
 * string as if typed ("=SUM(A1)", "+46…" or "-" become formulas, "2025-03-14"
 * and "maj 2025" dates, "1 200" a number). A null in a values or numberFormat
 * array leaves that cell untouched, which on a new sheet means empty.
 */
import type { Cell, Grid } from "../core/cell";

export const TEXT_FORMAT = "@";

/** Office.js gives "" for an empty cell; the core's neutral empty is null. */
export function normaliseValues(values: unknown[][]): Grid {
  return values.map((row) => row.map((v) => (v === "" || v === undefined ? null : (v as Cell))));
}

/**
 * The plan's rows padded with null to one rectangle (Office.js needs an exact
 * shape). "" becomes null too: an empty cell, not a Text-formatted one that
 * would keep a person's later typing as text.
 */
export function toRectangle(values: Cell[][]): { rows: number; cols: number; values: Cell[][] } {
  const cols = values.reduce((max, row) => Math.max(max, row.length), 0);
  if (cols === 0) return { rows: 0, cols: 0, values: [] };
  const padded = values.map((row) => Array.from({ length: cols }, (_, c) => (row[c] === "" || row[c] === undefined ? null : row[c]!)));
  return { rows: padded.length, cols, values: padded };
}

/** "@" over every string cell and null elsewhere, or null when the rows hold no string. */
export function textFormats(rows: Cell[][]): (string | null)[][] | null {
  let any = false;
  const formats = rows.map((row) =>
    row.map((v) => {
      if (typeof v !== "string") return null;
      any = true;
      return TEXT_FORMAT;
    }),
  );
  return any ? formats : null;
}

/** A rows × cols array filled with one value (number formats over a whole range). */
export function filled<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(value));
}
