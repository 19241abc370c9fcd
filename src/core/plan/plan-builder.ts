/**
 * Builds a sheet plan row by row: cells, styles, formats and row heights go
 * in as the layout is written, and `finish` makes the values one rectangle.
 * Keeps the report plans about what goes where, not about array bookkeeping.
 */
import { a1Range } from "../address";
import type { Cell } from "../cell";
import { fitPlanToExcel } from "./excel-limits";
import { withoutPersonalData } from "./printed-text";
import { emptyPlan, type CellStyle, type ConditionalFormat, type SheetPlan } from "./sheet-plan";
import { wrappedLines, type TextFitOptions } from "./text-fit";

export const DEFAULT_ROW_HEIGHT = 15;

export interface KeepBlock {
  first: number;
  last: number;
  minLast: number;
}

export class PlanBuilder {
  readonly plan: SheetPlan;
  private readonly values: Cell[][] = [];
  private readonly heights = new Map<number, number>();
  /** Rows to keep on one page: all of first..last when they fit a page, else first..minLast. */
  readonly keepTogether: KeepBlock[] = [];

  constructor(
    name: string,
    kind: SheetPlan["kind"],
    readonly widths: readonly number[],
  ) {
    this.plan = emptyPlan(name, kind);
    this.plan.columns = widths.map((width) => ({ width }));
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
    this.heights.set(row, points);
  }

  heightOf(row: number): number {
    return this.heights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  keep(first: number, last: number, minLast = last): void {
    if (last >= first) this.keepTogether.push({ first, last, minLast: Math.min(Math.max(first, minLast), last) });
  }

  /** The plan with values padded to one rectangle as wide as the layout (or the widest row), within Excel's limits. */
  finish(): SheetPlan {
    let cols = this.width;
    for (const r of this.values) if (r.length > cols) cols = r.length;
    // The rows are the builder's own (addRow copies what it is given): padded in place, not copied again.
    for (const r of this.values) {
      for (let c = 0; c < r.length; c++) if (r[c] === undefined) r[c] = null;
      while (r.length < cols) r.push(null);
    }
    this.plan.values = this.values;
    this.plan.rows = [...this.heights.entries()].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
    // What a report prints holds no personal data (the Kontroll sheet's messages are built without it).
    if (this.plan.kind === "rapport" || this.plan.kind === "slutrapport") withoutPersonalData(this.plan);
    return fitPlanToExcel(this.plan);
  }
}

/** Lines a text needs in a column `width` characters wide, wrapped at spaces as Excel does (Calibri 11 unless told). */
export function linesFor(text: string, width: number, options: TextFitOptions = {}): number {
  return wrappedLines(text, width, options);
}
