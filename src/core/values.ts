/**
 * Coercion of raw cells into typed values, as Swedes type them: numbers as
 * text with a decimal comma and spaces between thousands, dates as Excel
 * serials or ISO text, Excel error values recognised. Each `read…` function
 * gives the value or an `Unreadable` that names the finding code; each `to…`
 * function the same as `Coerced`. None of them throws.
 */
import type { Cell } from "./cell";
import { MAX_SERIAL, MIN_SERIAL, serialFromIso } from "./date";
import type { FindingCode } from "./findings";
import { figure } from "./trends/numbers";

export type Coerced<T> = { ok: true; value: T } | { ok: false; code: FindingCode };

/**
 * Why a cell cannot be used, as the `read…` functions give it: one shared
 * instance per finding code, so reading a good cell allocates nothing (a
 * register has millions of cells; see docs/performance.md).
 */
export class Unreadable {
  private static readonly byCode = new Map<FindingCode, Unreadable>();
  private constructor(readonly code: FindingCode) {}

  static because(code: FindingCode): Unreadable {
    let u = Unreadable.byCode.get(code);
    if (!u) Unreadable.byCode.set(code, (u = new Unreadable(code)));
    return u;
  }
}

const fail = Unreadable.because;

/** A `read…` result as `Coerced`, for callers that want the tagged form. */
function coerced<T>(value: T | Unreadable): Coerced<T> {
  return value instanceof Unreadable ? { ok: false, code: value.code } : { ok: true, value };
}

const ERROR_VALUES = new Set([
  "#N/A",
  "#REF!",
  "#DIV/0!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#GETTING_DATA",
  "#PYTHON!",
]);

/** True for the text Excel shows for an error value, such as "#N/A". */
export function isErrorValue(cell: Cell): boolean {
  // Every error value starts with "#": most cells are settled without trimming or upper-casing.
  return typeof cell === "string" && cell.includes("#") && ERROR_VALUES.has(cell.trim().toUpperCase());
}

/** True when a cell holds nothing a person typed (null, or only white space). */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** Text of a cell, trimmed; numbers and booleans as they would print. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return cell ? "SANT" : "FALSKT";
}

const folded = new Map<string, string>();

/**
 * The comparison key of every header, ID, allowed value, sheet name and
 * compared text (DOMAIN, "The register workbook"): Unicode NFC, trimmed,
 * every run of white space (line breaks typed with Alt+Enter, no-break and
 * narrow no-break spaces) one space, case-folded. Checks and figures alike
 * compare by it, so a value the check accepts is never lost from the figures.
 */
export function fold(text: string): string {
  const hit = folded.get(text);
  if (hit !== undefined) return hit;
  // toLowerCase folds å, ä and ö like the Swedish locale does, at a fraction of the cost;
  // NFC makes an å typed as a + ring (as some Mac and web sources give it) the same å.
  const out = text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
  // IDs and headers repeat; free text does not, so only short strings are remembered.
  if (text.length <= 64 && folded.size < 50_000) folded.set(text, out);
  return out;
}

// Spaces people and Excel put between thousands: space, no-break space, narrow no-break space, thin space.
const GROUP = "[ \\u00a0\\u202f\\u2009]";
const SWEDISH_NUMBER = new RegExp(`^([+-]?)(\\d{1,3}(?:${GROUP}\\d{3})+|\\d+)(?:([,.])(\\d+))?$`);

// The digits before a dot in a text that may be dot-grouped thousands: 1 to 9, then at most two more digits.
const DOT_HEAD = /^[1-9]\d{0,2}$/;
// Thousands grouped with dots: "1.080", "12.500", "1.200.000" (not "0.125", "3.5" or "1.5").
const DOT_GROUPED = /^([+-]?)([1-9]\d{0,2}(?:\.\d{3})+)$/;

// A percent sign typed after the number, with or without a space of any kind before it: "38 %", "38%".
const PERCENT_SUFFIX = new RegExp(`${GROUP}*%$`);

/**
 * A number from a cell: real numbers, or text like "3,5", "3.5", "1 200", "-12", "1 200,5".
 * Text that may be thousands grouped with dots ("1.080": 1 080 or 1,08?) is
 * not-a-number, so it is never read silently as one or the other
 * (`dotGroupedReadings` gives both for the message). Text with a percent sign
 * counts as the number before it, as the cell shows it: "38 %" and "38%" are 38
 * (a number cell with a percent format is scaled by the adapter that reads it,
 * with `shownNumber`).
 */
export function readNumber(cell: Cell): number | Unreadable {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : fail("not-a-number");
  if (typeof cell === "boolean") return fail("not-a-number");
  if (cell === null) return fail("required");
  if (isErrorValue(cell)) return fail("cell-error");
  let text = cell.trim().replace(/\u2212/g, "-");
  if (text === "") return fail("required");
  if (text.endsWith("%")) text = text.replace(PERCENT_SUFFIX, "");
  const m = SWEDISH_NUMBER.exec(text);
  if (!m) return fail("not-a-number");
  // "1.080" is 1 080 in many bank and German-style texts and 1,08 with a decimal point: not read as either.
  if (m[3] === "." && m[4]!.length === 3 && DOT_HEAD.test(m[2]!)) return fail("not-a-number");
  const digits = m[2]!.replace(new RegExp(GROUP, "g"), "");
  const value = Number(`${m[1]}${digits}${m[4] !== undefined ? `.${m[4]}` : ""}`);
  return Number.isFinite(value) ? value : fail("not-a-number");
}

/** The two ways a text with dot-grouped thousands can be read, as a message writes them. */
export interface DotReadings {
  /** The dots as thousands: "1 080", "1 200 000", with the typed percent sign: "1 080 %". */
  thousands: string;
  /** The dot as a decimal point: "1,08", "1,2", "3"; null when there are two dots or more ("1.200.000"). */
  decimal: string | null;
}

/**
 * The readings of a text that looks like thousands grouped with dots (a digit
 * 1–9, at most two more, then groups of a dot and exactly three digits, no
 * comma: "1.080", "12.500", "1.200.000", "1.080 %"), which `readNumber` reads
 * as neither; null for any other cell.
 */
export function dotGroupedReadings(cell: Cell): DotReadings | null {
  if (typeof cell !== "string" || !cell.includes(".")) return null;
  let text = cell.trim().replace(/\u2212/g, "-");
  const percent = text.endsWith("%");
  if (percent) text = text.replace(PERCENT_SUFFIX, "");
  const m = DOT_GROUPED.exec(text);
  if (!m) return null;
  const sign = m[1] === "-" ? "-" : "";
  const suffix = percent ? " %" : "";
  const groups = m[2]!.split(".");
  const thousands = `${sign}${groups.join(" ")}${suffix}`;
  if (groups.length !== 2) return { thousands, decimal: null };
  const fraction = groups[1]!.replace(/0+$/, "");
  return { thousands, decimal: `${sign}${groups[0]}${fraction === "" ? "" : `,${fraction}`}${suffix}` };
}

/**
 * Where the format token at `i` ends: after the character an escape (`\`), a
 * space (`_`) or a fill (`*`) takes, at the closing quote of quoted text or the
 * closing bracket of `[Red]`, `[$-41D]` or `[>=100]`; `i` itself for any other
 * character. Such tokens are shown as they are, so a `;` or `%` in them is text.
 */
function literalEnd(format: string, i: number): number {
  const ch = format[i];
  if (ch === "\\" || ch === "_" || ch === "*") return i + 1;
  const close = ch === '"' ? format.indexOf('"', i + 1) : ch === "[" ? format.indexOf("]", i + 1) : i;
  return close < 0 ? format.length : close;
}

/**
 * The section of an Excel number format that applies to `value`, as Excel picks
 * it: sections are separated by `;` outside quotes, escapes and brackets; one
 * section is for every number, two are positive-and-zero;negative, three are
 * positive;negative;zero (a fourth is for text). A section with a condition such
 * as `[>=100]` applies when its condition holds; the first section without one
 * takes the rest.
 */
function formatSection(format: string, value: number): string {
  const sections: string[] = [];
  let start = 0;
  for (let i = 0; i < format.length; i = literalEnd(format, i) + 1) {
    if (format[i] === ";") {
      sections.push(format.slice(start, i));
      start = i + 1;
    }
  }
  sections.push(format.slice(start));
  const numeric = sections.slice(0, 3);
  const conditional = numeric.map(conditionOf);
  if (conditional.some((c) => c !== null)) {
    for (let s = 0; s < numeric.length; s++) {
      const condition = conditional[s];
      if (condition === null || condition === undefined) return numeric[s]!;
      if (condition(value)) return numeric[s]!;
    }
    return numeric[numeric.length - 1]!;
  }
  if (numeric.length === 1 || value > 0) return numeric[0]!;
  if (value < 0) return numeric[1]!;
  return numeric.length >= 3 ? numeric[2]! : numeric[0]!;
}

/** The test of a section's condition (`[>=100]`, `[<0]`, `[=5]`), or null for a section without one. */
function conditionOf(section: string): ((x: number) => boolean) | null {
  const m = /\[(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?)\]/.exec(section);
  if (!m) return null;
  const limit = Number(m[2]);
  switch (m[1]) {
    case "<=":
      return (x) => x <= limit;
    case ">=":
      return (x) => x >= limit;
    case "<>":
      return (x) => x !== limit;
    case "<":
      return (x) => x < limit;
    case ">":
      return (x) => x > limit;
    default:
      return (x) => x === limit;
  }
}

/**
 * True when Excel shows a number in `numberFormat` as a percentage (it multiplies
 * it by 100): a `%` in the section that applies to `value` (the first section
 * when no value is given), outside quoted text (`"%"`), escapes (`\%`),
 * brackets and the characters `_` and `*` take. `0.0%`, `0 %`, `#,##0.00%;-0%` are;
 * `General`, `0.0`, `0.0"%"`, `0\%` are not.
 */
export function isPercentFormat(numberFormat: string | null | undefined, value = 1): boolean {
  if (!numberFormat || !numberFormat.includes("%")) return false;
  const section = formatSection(numberFormat, value);
  for (let i = 0; i < section.length; i = literalEnd(section, i) + 1) if (section[i] === "%") return true;
  return false;
}

/**
 * A number cell as the cell shows it: a value with a percent format is a
 * hundred times its stored value (0.415 in `0.0%` is 41.5, exactly, through
 * `figure`'s float hygiene); any other value is itself. Both adapters (the
 * .xlsx reader and the Office.js one) give the grid this number, so the core
 * never sees a format. The shown rounding (`0%` shows 0.4156 as 42 %) is not
 * applied: the number counts with the digits it was typed with.
 */
export function shownNumber(value: number, numberFormat: string | null | undefined): number {
  if (!Number.isFinite(value) || !isPercentFormat(numberFormat, value)) return value;
  return figure(value * 100);
}

/**
 * True when Excel shows a number in `numberFormat` as a date or a time: a y, m,
 * d, h or s (or an elapsed `[h]`, `[mm]`, `[ss]`) in the section that applies to
 * `value`, outside quoted text, escapes and other brackets. `yyyy-mm-dd`,
 * `d mmm yyyy`, `[h]:mm` are; `General`, `0.0%`, `"dag "0`, `0 [$kr-41D]` are
 * not. An adapter reading a workbook in the 1904 date system moves such cells
 * to the 1900 serials the core counts in (`DAYS_1904_TO_1900`).
 */
export function isDateFormat(numberFormat: string | null | undefined, value = 1): boolean {
  if (!numberFormat || /^general$/i.test(numberFormat.trim())) return false;
  const section = formatSection(numberFormat, value);
  for (let i = 0; i < section.length; i = literalEnd(section, i) + 1) {
    const ch = section[i]!;
    if (ch === "[" && /^\[(?:h+|m+|s+)\]/i.test(section.slice(i))) return true;
    if (/[ymdhs]/i.test(ch)) return true;
  }
  return false;
}

/** A whole number ≥ 0 (counts: occasions, participants, women, men). */
export function readCount(cell: Cell): number | Unreadable {
  const n = readNumber(cell);
  if (n instanceof Unreadable) return n;
  if (n < 0) return fail("negative");
  if (!Number.isInteger(n)) return fail("not-a-whole-number");
  return n;
}

/** A date as an Excel serial: a real date cell, or ISO text "2025-03-14". */
export function readDate(cell: Cell): number | Unreadable {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < MIN_SERIAL || cell >= MAX_SERIAL + 1) return fail("not-a-date");
    return Math.floor(cell);
  }
  if (cell === null) return fail("required");
  if (typeof cell === "boolean") return fail("not-a-date");
  if (isErrorValue(cell)) return fail("cell-error");
  const text = cell.trim();
  if (text === "") return fail("required");
  const serial = serialFromIso(text);
  return serial === null ? fail("not-a-date") : serial;
}

const choiceKeys = new WeakMap<readonly string[], Map<string, string>>();

/** An allowed list by folded spelling, built once per list. */
function choicesOf<T extends string>(allowed: readonly T[]): Map<string, T> {
  let map = choiceKeys.get(allowed);
  if (!map) {
    map = new Map();
    for (const a of allowed) if (!map.has(fold(a))) map.set(fold(a), a);
    choiceKeys.set(allowed, map);
  }
  return map as Map<string, T>;
}

/** One of the allowed values, matched trimmed and case-insensitively; gives the canonical spelling. */
export function readChoice<T extends string>(cell: Cell, allowed: readonly T[]): T | Unreadable {
  if (cell === null) return fail("required");
  if (isErrorValue(cell)) return fail("cell-error");
  const text = fold(cellText(cell));
  if (text === "") return fail("required");
  const hit = choicesOf(allowed).get(text);
  return hit === undefined ? fail("unknown-value") : hit;
}

// The name after an ID and a dash, as the add-in's dropdowns offer it: "Å4 – Polisiär närvaro i centrum".
// The dash stands between spaces (any kind), so an ID such as "KOM-1" keeps its hyphen.
const NAME_AFTER_ID = /^(\S.*?)[\s\u00a0\u202f]+[-\u2013\u2014][\s\u00a0\u202f]+\S/s;

/**
 * An ID as typed (trimmed), without a name after it: `Å4 – Polisiär närvaro i
 * centrum` and `Å4 - Polisiär…` read as `Å4`. Compare IDs with `idKey`.
 */
export function readId(cell: Cell): string | Unreadable {
  if (cell === null) return fail("required");
  if (isErrorValue(cell)) return fail("cell-error");
  const text = cellText(cell);
  if (text === "") return fail("required");
  // Most IDs hold no dash: settled without the pattern.
  if (!/[-\u2013\u2014]/.test(text)) return text;
  const m = NAME_AFTER_ID.exec(text);
  return m ? m[1]!.trim() : text;
}

/** The key two IDs are compared by: the comparison key (`fold`), under the name the checks read best. */
export function idKey(id: string): string {
  return fold(id);
}

/** IDs separated by comma or semicolon: "POL, STG;KOM". */
export function readIdList(cell: Cell): string[] | Unreadable {
  if (cell === null) return [];
  if (isErrorValue(cell)) return fail("cell-error");
  return cellText(cell)
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Free or plain text; empty text is null. */
export function readText(cell: Cell): string | null | Unreadable {
  if (cell === null) return null;
  if (isErrorValue(cell)) return fail("cell-error");
  const text = cellText(cell);
  return text === "" ? null : text;
}

export const toNumber = (cell: Cell): Coerced<number> => coerced(readNumber(cell));
export const toCount = (cell: Cell): Coerced<number> => coerced(readCount(cell));
export const toDate = (cell: Cell): Coerced<number> => coerced(readDate(cell));
export const toChoice = <T extends string>(cell: Cell, allowed: readonly T[]): Coerced<T> => coerced(readChoice(cell, allowed));
export const toIdList = (cell: Cell): Coerced<string[]> => coerced(readIdList(cell));
export const toText = (cell: Cell): Coerced<string | null> => coerced(readText(cell));

/** How a cell printed in a message: "14/3 2025", "ca 20". */
export function typedText(cell: Cell): string {
  const text = cellText(cell);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
