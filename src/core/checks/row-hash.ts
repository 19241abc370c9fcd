/**
 * 32-bit hashes (FNV-1a) of a row's cells as two rows are compared for
 * duplicates (`cellKey`): equal keys give equal hashes, and the duplicate
 * search compares text only where hashes meet.
 */
import type { Cell } from "../cell";
import type { TableData } from "../register/read-table";
import { fold } from "../values";

/** A cell as two rows are compared: text by the comparison key (`fold`), anything else as it prints. */
export const cellKey = (v: Cell): string => (typeof v === "string" ? fold(v) : String(v));

/**
 * What row i holds in spec column c as rows are compared: its typed value, so a
 * date typed as a serial and as `2025-05-10`, or `1200` and `1 200`, are the same;
 * the cell as typed where it cannot be read.
 */
export function comparedCell(data: TableData, i: number, c: number): Cell {
  const v = data.value(i, c);
  return v === undefined || (typeof v === "object" && v !== null) ? data.cell(i, c) : (v as Cell);
}

const HASH_SEED = 0x811c9dc5 | 0;
const SEPARATOR = 0x0001;
const step = (hash: number, c: number) => Math.imul(hash ^ c, 0x01000193);

/**
 * Lower case of a code unit up to U+00FF, as `toLowerCase` gives it (A–Z and
 * À–Þ but ×): below U+0100 case-folding goes character by character.
 */
const lowerLatin1 = (c: number) => ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c);

function hashText(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = step(hash, text.charCodeAt(i));
  return hash;
}

/** White space below U+0100 as `\s` and `trim` see it: tab to carriage return, space, no-break space. */
const isLatin1Space = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;

/**
 * `hashText(hash, cellKey(v))`, without making the key for text in Latin-1 (Swedish) or whole numbers.
 * Latin-1 text is its own NFC form, so `fold` only trims it, makes each run of white space one space
 * and lowers its case, code unit by code unit.
 */
function hashCell(hash: number, v: Cell): number {
  if (typeof v === "string") {
    let h = hash;
    let started = false;
    let space = false;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      // Beyond Latin-1, NFC and case-folding can depend on neighbours (a combining ring, a final sigma).
      if (c > 0xff) return hashText(hash, fold(v));
      if (isLatin1Space(c)) {
        space = started;
        continue;
      }
      if (space) h = step(h, 0x20);
      space = false;
      started = true;
      h = step(h, lowerLatin1(c));
    }
    return h;
  }
  if (typeof v === "number" && (v | 0) === v) return hashWhole(hash, v);
  return hashText(hash, String(v));
}

/** Digits of a whole number, last first (a scratch buffer: hashing makes no array per cell). */
const digits = new Int32Array(11);

/** `hashText(hash, String(n))` for a 32-bit whole number (dates and counts). */
function hashWhole(hash: number, n: number): number {
  if (n < 0) hash = step(hash, 0x2d); // -
  // Math.abs of -2³¹ does not fit 32 bits; >>> 0 reads it as 2³¹.
  let rest = Math.abs(n) >>> 0;
  let count = 0;
  do {
    digits[count++] = rest % 10;
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  while (count > 0) hash = step(hash, 0x30 + digits[--count]!);
  return hash;
}

/** The hash of every cell of row i: each cell's `cellKey` text followed by U+0001. */
export function rowHash(data: TableData, i: number): number {
  let hash = HASH_SEED;
  for (let c = 0; c < data.at.length; c++) hash = step(hashCell(hash, comparedCell(data, i, c)), SEPARATOR);
  return hash;
}

const NULL_WORD = hashText(HASH_SEED, "null");

/**
 * One word for a cell's key, cheap for numbers: a key that a 32-bit whole number
 * prints as ("5", "-3") is that number (so 5 and "5" give the same word), any
 * other key the hash of its text ("05", "5.5", "ca 5", a blank cell's "null").
 */
function numberWord(v: Cell): number {
  if (typeof v === "number" && (v | 0) === v) return v;
  if (v === null) return NULL_WORD;
  const key = cellKey(v);
  const n = Number(key);
  return (n | 0) === n && String(n) === key ? n : hashText(HASH_SEED, key);
}

/** The cell at grid index `at` of a line, as `TableData.value` gives it for a row without values kept apart. */
const lineCell = (line: readonly Cell[], at: number): Cell => (at < 0 ? null : (line[at] ?? null));

/**
 * `numbersHash(data, i, columns)` of a row whose values are its cells (`TableData.plainLine` gave `line`), for five
 * columns at grid indices a0–a4 (-1: absent): the duplicate search's first hash of every activity row, with no
 * loop over the columns' spec indices and no second look-up of the line (tests/core/checks/same-rows.test.ts).
 */
export function lineNumbersHash(line: readonly Cell[], a0: number, a1: number, a2: number, a3: number, a4: number): number {
  let hash = step(HASH_SEED, numberWord(lineCell(line, a0)));
  hash = step(hash, numberWord(lineCell(line, a1)));
  hash = step(hash, numberWord(lineCell(line, a2)));
  hash = step(hash, numberWord(lineCell(line, a3)));
  return step(hash, numberWord(lineCell(line, a4)));
}

/** A hash of row i's cells in the given spec columns, for columns that hold numbers (dates, counts). */
export function numbersHash(data: TableData, i: number, columns: readonly number[]): number {
  let hash = HASH_SEED;
  // Nearly every row's values are its cells: read them from its grid line, once (`comparedCell` gives the same).
  const line = data.plainLine(i);
  if (line !== null) {
    const at = data.at;
    for (let k = 0; k < columns.length; k++) {
      const c = at[columns[k]!]!;
      hash = step(hash, numberWord(c < 0 ? null : (line[c] ?? null)));
    }
    return hash;
  }
  for (let k = 0; k < columns.length; k++) hash = step(hash, numberWord(comparedCell(data, i, columns[k]!)));
  return hash;
}
