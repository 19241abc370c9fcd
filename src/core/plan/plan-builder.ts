/**
 * Builds a sheet plan row by row: cells, styles, formats and row heights go
 * in as the layout is written, and `finish` makes the values one rectangle.
 * Keeps the report plans about what goes where, not about array bookkeeping.
 */
import { a1, a1Range, parseA1, parseRange } from "../address";
import type { Cell } from "../cell";
import { fitPlanToExcel } from "./excel-limits";
import { withoutPersonalData } from "./printed-text";
import { emptyPlan, type CellStyle, type ConditionalFormat, type SheetPlan } from "./sheet-plan";
import { wrappedLines, type TextFitOptions } from "./text-fit";
import type { TableSpan } from "./page-breaks";

export const DEFAULT_ROW_HEIGHT = 15;

export interface KeepBlock {
  first: number;
  last: number;
  minLast: number;
}

export class PlanBuilder {
  readonly plan: SheetPlan;
  private readonly values: Cell[][] = [];
  /**
   * Height in points of each row given one, by row (a hole for the rest): the Kontroll sheet of a large register
   * sets 37 000 of them, and a Map of that many cost more than the rows themselves.
   */
  private heights: (number | undefined)[] = [];
  /** Rows to keep on one page: all of first..last when they fit a page, else first..minLast. */
  readonly keepTogether: KeepBlock[] = [];
  /** The tables written, their heads and body runs (`table`, `repeatHead`). */
  readonly tables: { head: number; headLast: number; cols: readonly [number, number]; runs: { first: number; last: number }[] }[] = [];
  /** Rows that start a page: where a table's head is repeated. */
  readonly forcedBreaks: number[] = [];
  /** Rows holding a group header over a table's header ("Värde per tertial"), part of the table's head. */
  readonly groupHeaders = new Set<number>();

  constructor(
    name: string,
    kind: SheetPlan["kind"],
    readonly widths: readonly number[],
  ) {
    this.plan = emptyPlan(name, kind);
    this.plan.columns = widths.map((width) => ({ width }));
  }

  /** A new, empty builder for the same sheet (name, kind, column widths). */
  fresh(): PlanBuilder {
    return new PlanBuilder(this.plan.name, this.plan.kind, this.widths);
  }

  /** Number of columns of the layout. */
  get width(): number {
    return this.widths.length;
  }

  /** 0-based index of the next row to write. */
  get next(): number {
    return this.values.length;
  }

  /** Writes a row from column A and returns its 0-based index. */
  addRow(cells: readonly Cell[] = []): number {
    this.values.push([...cells]);
    return this.values.length - 1;
  }

  /** `addRow` for a row made for it alone (the Kontroll sheet's, one a finding): the builder keeps the array itself. */
  addOwnRow(cells: Cell[]): number {
    this.values.push(cells);
    return this.values.length - 1;
  }

  blank(): void {
    this.addRow();
  }

  /** Sets one cell, growing the grid as needed. */
  put(row: number, col: number, value: Cell): void {
    while (this.values.length <= row) this.values.push([]);
    const cells = this.values[row]!;
    while (cells.length < col) cells.push(null);
    cells[col] = value;
  }

  /** A1 range of a 0-based rectangle. */
  range(row: number, col: number, rows = 1, cols = 1): string {
    return a1Range(row, col, rows, cols);
  }

  /** A row across every layout column. */
  rowRange(row: number): string {
    return a1Range(row, 0, 1, this.width);
  }

  style(range: string, style: CellStyle): void {
    this.plan.styles.push({ range, style });
  }

  format(range: string, format: string): void {
    this.plan.numberFormats.push({ range, format });
  }

  merge(range: string): void {
    this.plan.merges.push(range);
  }

  conditional(cf: ConditionalFormat): void {
    this.plan.conditionalFormats.push(cf);
  }

  height(row: number, points: number): void {
    // Rows are set near the end, one after another: a gap is filled with holes up to the row.
    while (this.heights.length < row) this.heights.push(undefined);
    this.heights[row] = points;
  }

  heightOf(row: number): number {
    return this.heights[row] ?? DEFAULT_ROW_HEIGHT;
  }

  keep(first: number, last: number, minLast = last): void {
    if (last >= first) this.keepTogether.push({ first, last, minLast: Math.min(Math.max(first, minLast), last) });
  }

  /**
   * A table to print with its head on every page it runs onto: the header row `header` (with the group
   * header right above it, when there is one), the body `first`..`last` (none when `last` < `first`),
   * the columns `col`..`col + cols - 1`. Said again for the same header, it sets the body.
   */
  table(header: number, first: number, last: number, col: number, cols: number): void {
    const head = this.groupHeaders.has(header - 1) ? header - 1 : header;
    const runs = last >= first ? [{ first, last }] : [];
    const known = this.tables.find((t) => t.headLast === header);
    if (known) known.runs = runs;
    else this.tables.push({ head, headLast: header, cols: [col, cols], runs });
  }

  /** The tables as the page breaks see them. */
  get tableSpans(): readonly TableSpan[] {
    return this.tables;
  }

  /**
   * Writes a copy of `table`'s head (cells, styles, merges, heights) as the rows before `row`, a row of
   * its body, moving every row from `row` on down (`insertRows`), and breaks the page before the copy:
   * the table runs on under its own head. Returns the copy's first row.
   */
  repeatHead(table: number, row: number): number {
    const t = this.tables[table]!;
    const count = t.headLast - t.head + 1;
    const at = this.tables.indexOf(t);
    this.insertRows(row, count);
    const [c0, n] = t.cols;
    const shift = row - t.head;
    for (let k = 0; k < count; k++) {
      const from = this.values[t.head + k] ?? [];
      const to = this.values[row + k]!;
      for (let c = c0; c < c0 + n; c++) {
        while (to.length < c) to.push(null);
        to[c] = from[c] ?? null;
      }
      const h = this.heights[t.head + k];
      if (h !== undefined) this.height(row + k, h);
    }
    const within = (range: string) => {
      const r = parseRange(range);
      return r.row >= t.head && r.row + r.rows - 1 <= t.headLast && r.col >= c0 && r.col + r.cols <= c0 + n;
    };
    const moved = (range: string) => {
      const r = parseRange(range);
      return a1Range(r.row + shift, r.col, r.rows, r.cols);
    };
    for (const s of this.plan.styles.filter((s) => within(s.range))) this.plan.styles.push({ range: moved(s.range), style: s.style });
    for (const m of this.plan.merges.filter(within)) this.plan.merges.push(moved(m));
    for (const f of this.plan.numberFormats.filter((f) => within(f.range)))
      this.plan.numberFormats.push({ range: moved(f.range), format: f.format });
    // The run the copy falls in ends before it; the rest runs on under the copy.
    const runs = this.tables[at]!.runs;
    const i = runs.findIndex((r) => r.first < row && row + count <= r.last);
    if (i >= 0) {
      const r = runs[i]!;
      runs.splice(i, 1, { first: r.first, last: row - 1 }, { first: row + count, last: r.last });
    }
    this.forcedBreaks.push(row);
    return row;
  }

  /**
   * `count` empty rows before `at`: every row, range, kept block, table, link and chart from `at` on
   * moves down; a range over `at` is cut in two around the new rows, which have nothing of it.
   */
  private insertRows(at: number, count: number): void {
    this.values.splice(at, 0, ...Array.from({ length: count }, () => [] as Cell[]));
    // The heights from `at` on move down with their rows; the new rows have none.
    if (this.heights.length > at) this.heights.splice(at, 0, ...Array.from({ length: count }, () => undefined));
    const row = (r: number) => (r >= at ? r + count : r);
    const cell = (ref: string) => {
      const p = parseA1(ref);
      return a1(row(p.row), p.col);
    };
    /** The range moved down, or cut in two around the new rows. */
    const split = (range: string): string[] => {
      const r = parseRange(range);
      const end = r.row + r.rows - 1;
      if (end < at) return [range];
      if (r.row >= at) return [a1Range(r.row + count, r.col, r.rows, r.cols)];
      return [a1Range(r.row, r.col, at - r.row, r.cols), a1Range(at + count, r.col, end - at + 1, r.cols)];
    };
    /** The range moved down, or stretched over the new rows (a merge, a chart's data). */
    const stretch = (range: string): string => {
      const [a, b] = range.split(":");
      return b === undefined ? cell(a!) : `${cell(a!)}:${cell(b)}`;
    };
    const p = this.plan;
    p.styles = p.styles.flatMap((s) => split(s.range).map((range) => ({ range, style: s.style })));
    p.numberFormats = p.numberFormats.flatMap((f) => split(f.range).map((range) => ({ range, format: f.format })));
    p.conditionalFormats = p.conditionalFormats.flatMap((c) => split(c.range).map((range) => ({ ...c, range })));
    p.merges = p.merges.map(stretch);
    p.links = p.links.map((l) => ({ ...l, cell: cell(l.cell), target: l.sheet === p.name ? stretch(l.target) : l.target }));
    p.charts = p.charts.map((c) => ({
      ...c,
      categories: stretch(c.categories),
      series: c.series.map((s) => ({ ...s, values: stretch(s.values) })),
      from: cell(c.from),
      to: cell(c.to),
    }));
    for (const k of this.keepTogether) {
      k.first = row(k.first);
      k.minLast = k.minLast >= at ? k.minLast + count : k.minLast;
      k.last = row(k.last);
    }
    for (const t of this.tables) {
      t.head = row(t.head);
      t.headLast = row(t.headLast);
      for (const r of t.runs) {
        r.first = row(r.first);
        r.last = row(r.last);
      }
    }
    for (let i = 0; i < this.forcedBreaks.length; i++) this.forcedBreaks[i] = row(this.forcedBreaks[i]!);
    const groups = [...this.groupHeaders];
    this.groupHeaders.clear();
    for (const g of groups) this.groupHeaders.add(row(g));
  }

  /** The plan with values padded to one rectangle as wide as the layout (or the widest row), within Excel's limits. */
  finish(): SheetPlan {
    const values = this.values;
    let cols = this.width;
    for (let i = 0; i < values.length; i++) if (values[i]!.length > cols) cols = values[i]!.length;
    // The rows are the builder's own (addRow copies what it is given): padded in place, not copied again.
    for (let i = 0; i < values.length; i++) {
      const r = values[i]!;
      for (let c = 0; c < r.length; c++) if (r[c] === undefined) r[c] = null;
      while (r.length < cols) r.push(null);
    }
    this.plan.values = this.values;
    const rows: { row: number; height: number }[] = [];
    for (let row = 0; row < this.heights.length; row++) {
      const height = this.heights[row];
      if (height !== undefined) rows.push({ row, height });
    }
    this.plan.rows = rows;
    // What a report prints holds no personal data (the Kontroll sheet's messages are built without it).
    if (this.plan.kind === "rapport" || this.plan.kind === "slutrapport") withoutPersonalData(this.plan);
    return fitPlanToExcel(this.plan);
  }
}

/** Lines a text needs in a column `width` characters wide, wrapped at spaces as Excel does (Calibri 11 unless told). */
export function linesFor(text: string, width: number, options: TextFitOptions = {}): number {
  return wrappedLines(text, width, options);
}
