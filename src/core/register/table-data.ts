/**
 * A table's data rows as read, without an object per row: an activity table
 * of a large register has hundreds of thousands of rows, and objects (even
 * arrays) per row cost more in memory and garbage collection than everything
 * the checks do with them (docs/performance.md).
 *
 * A row is a line of the sheet's own grid. Nearly every cell already holds its
 * typed value (a date cell its serial, a count its number, an ID or a title
 * its text), so a typed value is kept only where it differs from the cell: a
 * count typed as text, an ID with spaces around it, a status in another case,
 * a cell that cannot be used. Small tables are turned into row records
 * (`records`) for checks that read best row by row.
 */
import { a1 } from "../address";
import type { Cell, Grid } from "../cell";
import type { TableSpec } from "./layout";
import type { RowRef } from "./types";

/** A row as a record, for the small tables whose checks read row by row. */
export interface TableRow {
  ref: RowRef;
  /** Typed values of the cells that parsed, by header. */
  values: Record<string, unknown>;
  /** Raw cells by header, as typed. */
  raw: Record<string, Cell>;
  /** True when a cell of this row has an error finding (the row is left out of figures). */
  hasError: boolean;
}

/** The flag of a row with an error finding, above the bits of the columns (a table has at most 15). */
const ERROR = 1 << 15;

const NO_ROWS: readonly number[] = Object.freeze([]);

export class TableData {
  /** Number of data rows (entirely empty lines are not rows). */
  length = 0;
  /**
   * Of each row, bit c set when the typed value in spec column c differs from its
   * cell and is kept in `others[c]`, and `ERROR` when a cell of the row has an
   * error finding. One array of two bytes a row: fresh memory is what a large
   * read spends most on (docs/performance.md).
   */
  private readonly flags: Uint16Array;
  /** The typed values that differ from their cells, by spec column (a Map made for the first). */
  private readonly others: (Map<number, unknown> | undefined)[];
  /** Grid line of the first data row; while the rows follow one another, row i is line `first + i`. */
  private first = 0;
  /** Grid line of each data row, made when a row does not follow on the line after the row before. */
  private lines: Int32Array | null = null;
  /**
   * The rows marked with an error finding, each once, in the order marked (the read's in row order, then the
   * checks'): those who want them all need not test the flags of every row (400 000 of a large register, twice).
   */
  private errors: number[] | null = null;
  /** Whether `errors` is in row order. */
  private errorsInOrder = true;

  /**
   * @param columns 0-based sheet column of each header the table has (as in `RowRef`)
   * @param at index into a grid line of each spec column; -1 for an optional column the table lacks
   * @param capacity most rows the table can have (its grid lines)
   */
  constructor(
    readonly sheet: string,
    readonly spec: TableSpec,
    private readonly grid: Grid,
    private readonly top: number,
    readonly columns: Readonly<Record<string, number>>,
    readonly at: readonly number[],
    private readonly capacity: number,
  ) {
    if (spec.columns.length > 15) throw new Error(`${spec.key}: at most 15 columns fit a row's flags`);
    this.flags = new Uint16Array(capacity);
    this.others = spec.columns.map(() => undefined);
  }

  /** A table that was not found: no rows. */
  static empty(sheet: string, spec: TableSpec): TableData {
    return new TableData(
      sheet,
      spec,
      [],
      0,
      {},
      spec.columns.map(() => -1),
      0,
    );
  }

  /** Adds grid line `line` as the next data row; gives its index. */
  add(line: number): number {
    if (this.length === 0) this.first = line;
    else if (this.lines === null && line !== this.first + this.length) {
      // An empty line was skipped: from here on each row's line is kept.
      this.lines = new Int32Array(this.capacity);
      for (let k = 0; k < this.length; k++) this.lines[k] = this.first + k;
    }
    if (this.lines !== null) this.lines[this.length] = line;
    return this.length++;
  }

  private line(i: number): number {
    return this.lines === null ? this.first + i : this.lines[i]!;
  }

  /** Keeps row i's typed value in spec column c, which differs from its cell (undefined: the cell cannot be used). */
  keep(i: number, c: number, value: unknown): void {
    this.flags[i]! |= 1 << c;
    (this.others[c] ??= new Map()).set(i, value);
  }

  /** Whether a cell of row i has an error finding (the row is left out of figures). */
  hasError(i: number): boolean {
    return (this.flags[i]! & ERROR) !== 0;
  }

  /** Marks row i as having an error finding; the checks mark rows before the register is built. */
  markError(i: number): void {
    if ((this.flags[i]! & ERROR) !== 0) return;
    this.flags[i]! |= ERROR;
    const errors = (this.errors ??= []);
    if (errors.length > 0 && i < errors[errors.length - 1]!) this.errorsInOrder = false;
    errors.push(i);
  }

  /** How many rows have an error finding. */
  get errorCount(): number {
    return this.errors === null ? 0 : this.errors.length;
  }

  /** The rows with an error finding, in row order: the rows i for which `hasError(i)`. */
  errorRows(): readonly number[] {
    if (this.errors === null) return NO_ROWS;
    if (!this.errorsInOrder) {
      this.errors.sort((a, b) => a - b);
      this.errorsInOrder = true;
    }
    return this.errors;
  }

  /** The 0-based sheet row of data row i. */
  row(i: number): number {
    return this.line(i) + this.top;
  }

  /**
   * The grid line of data row i when every typed value of the row is its cell (none kept apart): then the value
   * in spec column c is `line[at[c]] ?? null` (null where at[c] is -1). Null otherwise: read through `value`.
   */
  plainLine(i: number): readonly Cell[] | null {
    return (this.flags[i]! & ~ERROR) === 0 ? this.grid[this.line(i)]! : null;
  }

  /** The cell of data row i in spec column c, as typed (null when blank or the column is absent). */
  cell(i: number, c: number): Cell {
    const at = this.at[c]!;
    return at < 0 ? null : (this.grid[this.line(i)]![at] ?? null);
  }

  /** The typed value of data row i in spec column c: null for a blank optional cell, undefined when the cell cannot be used. */
  value(i: number, c: number): unknown {
    return (this.flags[i]! >> c) & 1 ? this.others[c]!.get(i) : this.cell(i, c);
  }

  /** The A1 address of a header's cell on data row i. */
  cellAt(i: number, header: string): string | null {
    const col = this.columns[header];
    return col === undefined ? null : a1(this.row(i), col);
  }

  /** Every data row as a record (for small tables: partners, measures, indicators, values). */
  records(): TableRow[] {
    const headers = this.spec.columns.map((c) => c.header);
    const records: TableRow[] = [];
    for (let i = 0; i < this.length; i++) {
      const values: Record<string, unknown> = {};
      const raw: Record<string, Cell> = {};
      headers.forEach((h, c) => {
        raw[h] = this.cell(i, c);
        const v = this.value(i, c);
        if (v !== undefined) values[h] = v;
      });
      const ref = { sheet: this.sheet, row: this.row(i), columns: this.columns };
      records.push({ ref, values, raw, hasError: this.hasError(i) });
    }
    return records;
  }
}
