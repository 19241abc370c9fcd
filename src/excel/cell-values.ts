/**
 * Translating cells between the core's neutral grid and Office.js arrays.
 *
 * Range.values parses a string as if it were typed: "=SUM(A1)", "+46…" or "-"
 * become formulas, "2025-03-14" and "maj 2025" dates, "1 200" and "41,5 %"
 * numbers, "SANT" a boolean, "'x" loses its apostrophe. A string Excel would
 * reinterpret so is written with number format "@" (Text) set just before its
 * value, and stays exactly as given. Other text gets no "@": older Excel shows
 * a Text-formatted cell over 255 characters as ####, and a long message is
 * never a number. A null in a values or numberFormat array leaves that cell
 * untouched, which on a new sheet means empty.
 */
import type { Cell, Grid } from "../core/cell";
import { DAYS_1904_TO_1900 } from "../core/date";
import { isDateFormat, shownNumber } from "../core/values";

export const TEXT_FORMAT = "@";

/** Office.js gives "" for an empty cell; the core's neutral empty is null. */
export function normaliseValues(values: unknown[][]): Grid {
  return values.map((row) => row.map((v) => (v === "" || v === undefined ? null : (v as Cell))));
}

/**
 * Number cells as the cell shows them, in place: a percent-formatted 0.415
 * (shown 41,5 %) is 41.5 (`shownNumber`, the contract's rule, shared with the
 * .xlsx reader), and in a workbook in the 1904 date system a date-formatted
 * serial becomes the 1900 serial of the same day. `formats` is the range's
 * `numberFormat`, the same shape as `values`.
 */
export function asShown(values: Grid, formats: unknown[][], date1904: boolean): Grid {
  for (let r = 0; r < values.length; r++) {
    const row = values[r]!;
    const fmts = formats[r];
    if (!fmts) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      const f = fmts[c];
      if (typeof v !== "number" || typeof f !== "string" || f === "General") continue;
      const shown = shownNumber(v, f);
      if (shown !== v) row[c] = shown;
      else if (date1904 && isDateFormat(f, v)) row[c] = v + DAYS_1904_TO_1900;
    }
  }
  return values;
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

// Words Excel reads as part of a date (Swedish and English months, full or short) or a time, and currency.
const DATE_WORDS =
  /jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:s|ch)?|apr(?:il)?|ma[jy]|jun[ie]?|jul[iy]?|aug(?:usti|ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|dec(?:ember)?|[ap]m|[fe]m|kr|sek|e/gi;
const NUMBERISH = /^[\d\s.,:/\-+()%'$€£¥]*$/;

/**
 * True when Excel would take `text`, written to a cell as it is, for something
 * other than that text: a formula (a leading = + - @, also after white space),
 * a number, percentage, fraction, currency, date or time in any of the forms a
 * Swedish or English Excel reads (digits with separators, month names, "kr"),
 * a boolean (TRUE, FALSE, SANT, FALSKT), an error (#N/A, #SAKNAS!) or text
 * with a leading apostrophe, which Excel drops. Errs on the side of "yes": the
 * price of a needless "@" is only a Text format.
 */
export function excelWouldReinterpret(text: string): boolean {
  if (/^\s*[=+\-@]/.test(text) || text.startsWith("'")) return true;
  const t = text.trim();
  if (t === "") return false;
  if (/^(?:true|false|sant|falskt)$/i.test(t) || /^#\S+$/.test(t)) return true;
  if (!/\d/.test(t)) return false;
  return NUMBERISH.test(t.replace(DATE_WORDS, " "));
}

/** "@" over every string Excel would reinterpret and null elsewhere, or null when there is none. */
export function textFormats(rows: Cell[][]): (string | null)[][] | null {
  let any = false;
  const formats = rows.map((row) =>
    row.map((v) => {
      if (typeof v !== "string" || !excelWouldReinterpret(v)) return null;
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
