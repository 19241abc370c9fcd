/**
 * Builds a sheet plan row by row: cells, styles, formats and row heights go
 * in as the layout is written, and `finish` makes the values one rectangle.
 * Keeps the report plans about what goes where, not about array bookkeeping.
 */
import { a1, a1Range, parseA1, parseRange } from "../address";
import type { Cell } from "../cell";
import { fitPlanToExcel } from "./excel-limits";
import { withoutPersonalData } from "./printed-text";
import { emptyPlan, type CellStyle, type ConditionalFormat, type RowPlan, type SheetPlan } from "./sheet-plan";
import { wrappedLines, type TextFitOptions } from "./text-fit";
import type { TableSpan } from "./page-breaks";

export const DEFAULT_ROW_HEIGHT = 15;

export interface KeepBlock {
  first: number;
  last: number;
  minLast: number;
}

/**
 * A style's, number format's or conditional format's range as numbers while table heads are repeated
 * (`insertRows`): parsed once and written out once (`settle`), not parsed and written again at every head.
 */
interface Placed<T> {
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** The range as it was written, while no insert has moved or cut it. */
  text: string | null;
  item: T;
}

/** A merge's two corners as numbers while table heads are repeated: rows inserted inside it stretch it. */
interface PlacedMerge {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  /** Written as two corners ("A5:B5"), not as one cell ("A5"). */
  colon: boolean;
}

/** What `insertRows` moves of the plan's styles, number formats, conditional formats and merges, as numbers. */
interface PlacedRanges {
  styles: Placed<CellStyle>[];
  formats: Placed<string>[];
  conditionals: Placed<ConditionalFormat>[];
  merges: PlacedMerge[];
}

function placed<T>(range: string, item: T): Placed<T> {
  const r = parseRange(range);
  return { row: r.row, col: r.col, rows: r.rows, cols: r.cols, text: range, item };
}

function placedMerge(range: string): PlacedMerge {
  const [a, b] = range.split(":");
  const s = parseA1(a!);
  const e = b === undefined ? s : parseA1(b);
  return { r0: s.row, c0: s.col, r1: e.row, c1: e.col, colon: b !== undefined };
}

const rangeOf = (p: Placed<unknown>): string => p.text ?? a1Range(p.row, p.col, p.rows, p.cols);

/**
 * Ranges from row `at` on moved down `count` rows, a range over `at` cut in two around the new rows (which have
 * nothing of it): in place, a new list only where one is cut.
 */
function movePlaced<T>(list: Placed<T>[], at: number, count: number): Placed<T>[] {
  let out: Placed<T>[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    const end = p.row + p.rows - 1;
    if (end >= at && p.row < at) {
      out ??= list.slice(0, i);
      out.push({ ...p, rows: at - p.row, text: null }, { ...p, row: at + count, rows: end - at + 1, text: null });
      continue;
    }
    if (p.row >= at) {
      p.row += count;
      p.text = null;
    }
    if (out !== null) out.push(p);
  }
  return out ?? list;
}

export class PlanBuilder {
  readonly plan: SheetPlan;
  /**
   * The plan's styles, number formats, conditional formats and merges while table heads are repeated
   * (`repeatHead`), as numbers; null when `plan` holds them (`settle`). The builder's own writers and
   * `finish` settle them first; nothing else reads those lists of the plan before `finish`.
   */
  private moving: PlacedRanges | null = null;
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
    this.settle();
    this.plan.styles.push({ range, style });
  }

  format(range: string, format: string): void {
    this.settle();
    this.plan.numberFormats.push({ range, format });
  }

  merge(range: string): void {
    this.settle();
    this.plan.merges.push(range);
  }

  conditional(cf: ConditionalFormat): void {
    this.settle();
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
    // The head's styles, merges and number formats, copied onto the copy's rows after all the plan has.
    const within = (row: number, col: number, rows: number, cols: number) =>
      row >= t.head && row + rows - 1 <= t.headLast && col >= c0 && col + cols <= c0 + n;
    const m = this.moving!;
    const copies = <T>(list: Placed<T>[]) => {
      const found = list.filter((p) => within(p.row, p.col, p.rows, p.cols));
      for (const p of found) list.push({ row: p.row + shift, col: p.col, rows: p.rows, cols: p.cols, text: null, item: p.item });
    };
    copies(m.styles);
    const merges = m.merges.filter((g) =>
      within(Math.min(g.r0, g.r1), Math.min(g.c0, g.c1), Math.abs(g.r1 - g.r0) + 1, Math.abs(g.c1 - g.c0) + 1),
    );
    for (const g of merges) {
      const [row, col, r1, c1] = [Math.min(g.r0, g.r1) + shift, Math.min(g.c0, g.c1), Math.max(g.r0, g.r1) + shift, Math.max(g.c0, g.c1)];
      m.merges.push({ r0: row, c0: col, r1, c1, colon: r1 > row || c1 > col });
    }
    copies(m.formats);
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
    /** The range moved down, or stretched over the new rows (a chart's data). */
    const stretch = (range: string): string => {
      const [a, b] = range.split(":");
      return b === undefined ? cell(a!) : `${cell(a!)}:${cell(b)}`;
    };
    const p = this.plan;
    // Styles, number formats and conditional formats move or are cut in two, merges stretch: as numbers (`moving`).
    const m = (this.moving ??= {
      styles: p.styles.map((s) => placed(s.range, s.style)),
      formats: p.numberFormats.map((f) => placed(f.range, f.format)),
      conditionals: p.conditionalFormats.map((c) => placed(c.range, c)),
      merges: p.merges.map(placedMerge),
    });
    m.styles = movePlaced(m.styles, at, count);
    m.formats = movePlaced(m.formats, at, count);
    m.conditionals = movePlaced(m.conditionals, at, count);
    for (const g of m.merges) {
      g.r0 = row(g.r0);
      g.r1 = row(g.r1);
    }
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

  /** The ranges `insertRows` holds as numbers, written back into the plan (each range written once). */
  private settle(): void {
    const m = this.moving;
    if (m === null) return;
    this.moving = null;
    const p = this.plan;
    p.styles = m.styles.map((s) => ({ range: rangeOf(s), style: s.item }));
    p.numberFormats = m.formats.map((f) => ({ range: rangeOf(f), format: f.item }));
    p.conditionalFormats = m.conditionals.map((c) => ({ ...c.item, range: rangeOf(c) }));
    p.merges = m.merges.map((g) => (g.colon ? `${a1(g.r0, g.c0)}:${a1(g.r1, g.c1)}` : a1(g.r0, g.c0)));
  }

  /** The plan with values padded to one rectangle as wide as the layout (or the widest row), within Excel's limits. */
  finish(): SheetPlan {
    this.settle();
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
    // As long as it will be, not grown row by row (a list grown to 37 000 rows made three times its size as garbage).
    let count = 0;
    for (let row = 0; row < this.heights.length; row++) if (this.heights[row] !== undefined) count++;
    const rows = new Array<RowPlan>(count);
    for (let row = 0, k = 0; row < this.heights.length; row++) {
      const height = this.heights[row];
      if (height !== undefined) rows[k++] = { row, height };
    }
    this.plan.rows = rows;
    // What a report prints holds no personal data (the Kontroll sheet's messages are built without it).
    if (this.plan.kind === "rapport" || this.plan.kind === "slutrapport") withoutPersonalData(this.plan);
    return fitPlanToExcel(this.plan);
  }
}

/** Lines a text needs in a column `width` characters wide, wrapped at spaces as Excel does (Calibri 11 unless told). */
export function linesFor(text: string, width: number, options?: TextFitOptions): number {
  return wrappedLines(text, width, options);
}
