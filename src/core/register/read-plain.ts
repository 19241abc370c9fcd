/**
 * Cells a table's reader would give back as they are, found without calling it: nearly every cell of a register
 * (a date cell holds its serial, a count its number, an ID or a title its text). `readTable` keeps a typed value
 * only where it differs from its cell, and asks the column's reader only for the cells these tests do not settle.
 *
 * A cell is settled so when it is: a date cell that is a whole serial in range; a count that is a whole number at
 * least 0; a finite number; a text with nothing to trim that is no error value; an ID as well without a dash (a
 * name may follow one); a choice spelled as its column's reader gives it; a blank cell of an optional column that
 * is not a list. tests/core/register/table-data.test.ts reads the near misses beside each case through the readers.
 */
import type { Cell } from "../cell";
import { MAX_SERIAL, MIN_SERIAL } from "../date";
import type { ColumnSpec } from "./layout";
import type { CellReader } from "./row-schema";

export const Plain = { None: 0, Date: 1, Whole: 2, Number: 3, Text: 4, Id: 5, Choice: 6 } as const;
export type PlainKind = (typeof Plain)[keyof typeof Plain];

/** The serials a date cell may hold, copied once (where tsx runs the code, an imported binding is read through a getter). */
const FIRST_SERIAL = MIN_SERIAL;
const END_SERIAL = MAX_SERIAL + 1;

export function plainOf(kind: ColumnSpec["kind"]): PlainKind {
  switch (kind) {
    case "date":
      return Plain.Date;
    case "whole":
      return Plain.Whole;
    case "number":
      return Plain.Number;
    case "text":
    case "freeText":
      return Plain.Text;
    case "id":
      return Plain.Id;
    case "choice":
      return Plain.Choice;
    default:
      return Plain.None;
  }
}

/** A character that is surely not white space (trim's set: ASCII space and controls, U+00A0, U+1680 and above in part). */
const solid = (code: number): boolean => code > 32 && code !== 0xa0 && code < 0x1680;

const HASH = 0x23;

const plainDate = (x: number): boolean => x >= FIRST_SERIAL && x < END_SERIAL && Math.floor(x) === x;
const plainWhole = (x: number): boolean => x >= 0 && Number.isInteger(x);

/**
 * A text that trimming leaves as it is and that is no error value: every error value starts with "#" once trimmed
 * (`isErrorValue`), and this one has nothing to trim, so its first character settles it.
 */
const plainText = (x: string): boolean =>
  x.length > 0 && solid(x.charCodeAt(0)) && solid(x.charCodeAt(x.length - 1)) && x.charCodeAt(0) !== HASH;

/** Whether a text holds a dash `readId` cuts a name after (hyphen, en dash, em dash). */
function hasDash(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x2d || code === 0x2013 || code === 0x2014) return true;
  }
  return false;
}

const plainId = (x: string): boolean => plainText(x) && !hasDash(x);

/** The allowed values of a choice column that its reader gives back as they are (null for any other column). */
export function readBack(col: ColumnSpec, read: CellReader): readonly string[] | null {
  return col.kind === "choice" ? (col.allowed ?? []).filter((a) => read(a) === a) : null;
}

/** Whether a blank cell of the column is null once read (an optional column but a list, which reads as []). */
export const blankIsNull = (col: ColumnSpec): boolean => !col.required && col.kind !== "idList";

/** Whether a column's reader gives non-null `cell` itself (false: ask the reader). `choices`: `readBack`'s. */
export function isPlain(plain: PlainKind, cell: string | number | boolean, choices: readonly string[] | null): boolean {
  switch (plain) {
    case Plain.Date:
      return typeof cell === "number" && plainDate(cell);
    case Plain.Whole:
      return typeof cell === "number" && plainWhole(cell);
    case Plain.Number:
      return typeof cell === "number" && Number.isFinite(cell);
    case Plain.Text:
      return typeof cell === "string" && plainText(cell);
    case Plain.Id:
      return typeof cell === "string" && plainId(cell);
    case Plain.Choice:
      return typeof cell === "string" && choices!.includes(cell);
    default:
      return false;
  }
}

/**
 * The index into a grid line of each column of one kind, and whether a blank cell there is plain: a group of
 * columns the row test walks with one test, rather than choosing the test cell by cell.
 */
class Group {
  readonly at: number[] = [];
  readonly blank: boolean[] = [];
  add(at: number, blank: boolean): void {
    this.at.push(at);
    this.blank.push(blank);
  }
}

/** A test of whole lines: whether every cell of a line in the table's columns is plain. */
export interface RowTest {
  test(line: readonly Cell[]): boolean;
}

/** The plain kind and the blank rule of each column of the activity table (layout.ts), in its order. */
const ACTIVITY_KINDS: readonly PlainKind[] = [
  Plain.Date,
  Plain.Id,
  Plain.Text,
  Plain.Choice,
  Plain.Whole,
  Plain.Whole,
  Plain.Whole,
  Plain.Whole,
  Plain.Text,
];
const ACTIVITY_BLANKS: readonly boolean[] = [false, false, false, false, true, true, true, true, true];

/** A whole number at least 0, or a blank cell (null, or missing from the line). */
const wholeOrBlank = (x: Cell | undefined): boolean => x === null || x === undefined || (typeof x === "number" && plainWhole(x));

/**
 * `PlainRowTest`'s test for a table shaped as the activity table (its columns' plain kinds and blank rules, each
 * present), written out column by column with each one's index in a field: a large register's 400 000 activity
 * lines took a third less time than through the groups' arrays (docs/performance.md, issue 16, fifth session).
 * tests/core/register/read-plain.test.ts holds it to the groups' test.
 */
class ActivityLineTest implements RowTest {
  constructor(
    private readonly date: number,
    private readonly id: number,
    private readonly title: number,
    private readonly status: number,
    private readonly w0: number,
    private readonly w1: number,
    private readonly w2: number,
    private readonly w3: number,
    private readonly comment: number,
    private readonly allowed: readonly string[],
  ) {}

  test(line: readonly Cell[]): boolean {
    const date = line[this.date];
    if (typeof date !== "number" || !plainDate(date)) return false;
    const id = line[this.id];
    if (typeof id !== "string" || !plainId(id)) return false;
    const title = line[this.title];
    if (typeof title !== "string" || !plainText(title)) return false;
    const status = line[this.status];
    if (typeof status !== "string" || !this.allowed.includes(status)) return false;
    if (!wholeOrBlank(line[this.w0]) || !wholeOrBlank(line[this.w1]) || !wholeOrBlank(line[this.w2]) || !wholeOrBlank(line[this.w3])) {
      return false;
    }
    const comment = line[this.comment];
    return comment === null || comment === undefined || (typeof comment === "string" && plainText(comment));
  }

  /** The test for a table of these columns at `at`, or null when they are not shaped as the activity table's. */
  static of(
    columns: readonly ColumnSpec[],
    at: readonly number[],
    choices: readonly (readonly string[] | null)[],
  ): ActivityLineTest | null {
    if (columns.length !== ACTIVITY_KINDS.length) return null;
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c]!;
      if (at[c]! < 0 || plainOf(col.kind) !== ACTIVITY_KINDS[c] || blankIsNull(col) !== ACTIVITY_BLANKS[c]) return null;
    }
    const [a, allowed] = [at as readonly number[], choices[3]!];
    return new ActivityLineTest(a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!, a[6]!, a[7]!, a[8]!, allowed);
  }
}

/**
 * Whether every cell of a line is plain, the columns taken kind by kind: a large register's 400 000 activity rows
 * are nearly all so, and testing a row's cells group by group took a third of the time of choosing each cell's test
 * in turn (docs/performance.md, issue 16, fourth session). A row it does not settle is read cell by cell.
 */
export class PlainRowTest implements RowTest {
  private readonly dates = new Group();
  private readonly wholes = new Group();
  private readonly numbers = new Group();
  private readonly texts = new Group();
  private readonly ids = new Group();
  private readonly choices = new Group();
  private readonly allowed: (readonly string[])[] = [];

  private constructor() {}

  /**
   * The test for a table's rows, or null when some column has no plain form (a period, a list) or none may be
   * filled in (then a line of blanks would pass as a row). `at`: each spec column's index into a grid line, -1 for
   * an absent column (always blank); `choices`: `readBack`'s per column.
   */
  static of(columns: readonly ColumnSpec[], at: readonly number[], choices: readonly (readonly string[] | null)[]): RowTest | null {
    return ActivityLineTest.of(columns, at, choices) ?? PlainRowTest.grouped(columns, at, choices);
  }

  /** The test kind by kind, whatever the table's shape (`of` gives the activity table's its own). */
  static grouped(
    columns: readonly ColumnSpec[],
    at: readonly number[],
    choices: readonly (readonly string[] | null)[],
  ): PlainRowTest | null {
    const test = new PlainRowTest();
    let required = false;
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c]!;
      const blank = blankIsNull(col);
      if (at[c]! < 0) {
        if (!blank) return null;
        continue;
      }
      required ||= col.required;
      switch (plainOf(col.kind)) {
        case Plain.Date:
          test.dates.add(at[c]!, blank);
          break;
        case Plain.Whole:
          test.wholes.add(at[c]!, blank);
          break;
        case Plain.Number:
          test.numbers.add(at[c]!, blank);
          break;
        case Plain.Text:
          test.texts.add(at[c]!, blank);
          break;
        case Plain.Id:
          test.ids.add(at[c]!, blank);
          break;
        case Plain.Choice:
          test.choices.add(at[c]!, blank);
          test.allowed.push(choices[c]!);
          break;
        default:
          return null;
      }
    }
    // A required column is never blank in a plain row, so a row that passes is not an empty line.
    return required ? test : null;
  }

  /** Whether every cell of `line` in the table's columns is plain (and so the line is a row, not an empty line). */
  test(line: readonly Cell[]): boolean {
    let g = this.dates;
    for (let k = 0; k < g.at.length; k++) {
      const x = line[g.at[k]!] ?? null;
      if (x === null ? !g.blank[k] : typeof x !== "number" || !plainDate(x)) return false;
    }
    g = this.wholes;
    for (let k = 0; k < g.at.length; k++) {
      const x = line[g.at[k]!] ?? null;
      if (x === null ? !g.blank[k] : typeof x !== "number" || !plainWhole(x)) return false;
    }
    g = this.numbers;
    for (let k = 0; k < g.at.length; k++) {
      const x = line[g.at[k]!] ?? null;
      if (x === null ? !g.blank[k] : typeof x !== "number" || !Number.isFinite(x)) return false;
    }
    g = this.texts;
    for (let k = 0; k < g.at.length; k++) {
      const x = line[g.at[k]!] ?? null;
      if (x === null ? !g.blank[k] : typeof x !== "string" || !plainText(x)) return false;
    }
    g = this.ids;
    for (let k = 0; k < g.at.length; k++) {
      const x = line[g.at[k]!] ?? null;
      if (x === null ? !g.blank[k] : typeof x !== "string" || !plainId(x)) return false;
    }
    g = this.choices;
    for (let k = 0; k < g.at.length; k++) {
      const x = line[g.at[k]!] ?? null;
      if (x === null ? !g.blank[k] : typeof x !== "string" || !this.allowed[k]!.includes(x)) return false;
    }
    return true;
  }
}
