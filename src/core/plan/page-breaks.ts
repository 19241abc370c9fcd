/**
 * Where to break pages so no table's header is printed alone at the foot of
 * a page. An estimate: A4 landscape, fitted to one page wide, so the scale
 * (and the rows a page holds) follows from the column widths.
 */
import type { PrintSetup } from "./sheet-plan";
import type { KeepBlock } from "./plan-builder";

const A4_LANDSCAPE = { width: 842, height: 595 }; // points
const POINTS_PER_INCH = 72;

/** Column widths in characters → printed width in points at 100 % (Calibri 11: 7 px a character plus 5 px padding). */
function sheetWidthPoints(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + (w * 7 + 5) * 0.75, 0);
}

/** The scale at which the columns print one A4 landscape page wide (1 when they fit at 100 %). */
export function printScale(widths: readonly number[], margins: NonNullable<PrintSetup["margins"]>): number {
  const printableWidth = A4_LANDSCAPE.width - (margins.left + margins.right) * POINTS_PER_INCH;
  return Math.min(1, printableWidth / Math.max(1, sheetWidthPoints(widths)));
}

/**
 * Row points that fit on one page once the sheet is scaled to one page wide. Excel (and LibreOffice)
 * print at a whole percent, rounded down from the exact scale, so a page holds a little more than the
 * exact scale says; 1.5 % is left over for rows whose heights the renderer rounds to its pixels.
 */
export function pageCapacity(widths: readonly number[], margins: NonNullable<PrintSetup["margins"]>): number {
  const printableHeight = A4_LANDSCAPE.height - (margins.top + margins.bottom) * POINTS_PER_INCH;
  const printedScale = Math.max(0.1, Math.floor(printScale(widths, margins) * 100 + 1e-9) / 100);
  return (printableHeight / printedScale) * 0.985;
}

/**
 * A table as printed: its head (a group header and the column headers, `head`..`headLast`) and its
 * body in runs, each run under a copy of the head but the first (`PlanBuilder.repeatHead`).
 */
export interface TableSpan {
  head: number;
  headLast: number;
  runs: readonly { first: number; last: number }[];
}

export interface PageLayout {
  rowCount: number;
  heightOf: (row: number) => number;
  /** Blocks to start on one page: whole when they fit a page, else at least up to `minLast`. */
  keepTogether: readonly KeepBlock[];
  /** Rows repeated at the top of every page after the first. */
  titleRowCount: number;
  capacity: number;
  /** Rows that always start a page: a table's head repeated where the table runs on. */
  forced?: readonly number[];
  /** The tables whose rows a break should not leave too few of on either side. */
  tables?: readonly TableSpan[];
  /** Rows of a table, fewest, a break leaves on either side (two when as many cannot be); `WIDOW_ROWS` when not given. */
  widowRows?: number;
}

/** Pages the layout prints on: one more than its breaks, as every page ends at one (see `rowBreaks`). */
export function pageCount(layout: PageLayout): number {
  return rowBreaks(layout).length + 1;
}

/** Rows of a table, fewest, a break leaves on either side of it: else the break moves up, or before the table. */
export const WIDOW_ROWS = 3;

/**
 * The rows of a run a break may come before: every row but those inside a block kept whole within the
 * run (a measure's detail line stays under its measure).
 */
function rowStarts(run: { first: number; last: number }, keep: readonly KeepBlock[]): number[] {
  const inside = new Set<number>();
  for (const k of keep) {
    if (k.first >= run.first && k.last <= run.last && k.minLast === k.last) for (let r = k.first + 1; r <= k.last; r++) inside.add(r);
  }
  const starts: number[] = [];
  for (let r = run.first; r <= run.last; r++) if (!inside.has(r)) starts.push(r);
  return starts;
}

/** The table run a break before `row` falls inside (after its first row), with the table; null when none. */
export function runAt(tables: readonly TableSpan[], row: number): { table: TableSpan; run: number } | null {
  for (const table of tables) {
    const run = table.runs.findIndex((r) => r.first < row && row <= r.last);
    if (run >= 0) return { table, run };
  }
  return null;
}

/** 0-based rows before which a manual page break keeps each block whole. */
export function rowBreaks(layout: PageLayout): number[] {
  const { heightOf, capacity } = layout;
  const titleHeight = Array.from({ length: layout.titleRowCount }, (_, r) => heightOf(r)).reduce((a, b) => a + b, 0);
  const sum = (from: number, to: number) => {
    let h = 0;
    for (let r = from; r <= to; r++) h += heightOf(r);
    return h;
  };
  // A block that fits a third of a page is kept whole; a longer one (a table of many rows) keeps its
  // header with its first rows and runs on where the page ends, so no page is left half empty because
  // the next table did not fit whole. A block that must stay whole (minLast = last) always does.
  // Blocks starting on one row are one block, as long as the longest.
  const blocks = new Map<number, number>();
  for (const k of layout.keepTogether) {
    const whole = k.minLast === k.last || sum(k.first, k.last) <= (capacity - titleHeight) / 3;
    const last = whole ? k.last : k.minLast;
    blocks.set(k.first, Math.max(last, blocks.get(k.first) ?? last));
  }
  const forced = new Set(layout.forced ?? []);
  const widowRows = layout.widowRows ?? WIDOW_ROWS;
  const tables = layout.tables ?? [];
  // Where a table starts as the page breaks see it: the first row of the block that keeps its head.
  const tableStart = (t: TableSpan) =>
    Math.min(t.head, ...layout.keepTogether.filter((k) => k.first <= t.head && t.head <= k.last).map((k) => k.first));
  /**
   * Where a break wanted before `row` goes so no table leaves fewer than `WIDOW_ROWS` rows on either
   * side (two when three cannot be): up to before the table's last rows, or before the whole table
   * (its section) when it is short; where it is, when neither helps.
   */
  const placeBreak = (row: number, pageStart: number): number => {
    const at = runAt(tables, row);
    if (at === null) return row;
    const run = at.table.runs[at.run]!;
    const starts = rowStarts(run, layout.keepTogether);
    const before = (r: number) => r - Math.max(run.first, pageStart);
    const after = (r: number) => run.last - r + 1;
    for (let min = widowRows; min >= 2; min--) {
      if (after(row) >= min && before(row) >= min) return row;
      // Move the break up, to a row a break may come before, so `min` rows run on, if as many stay.
      const up = starts.filter((u) => u < row && u > pageStart && after(u) >= min && before(u) >= min).pop();
      if (up !== undefined && after(row) < min) return up;
    }
    // Too few to split: the table starts the next page, its head and title with it (only its first run can).
    const start = tableStart(at.table);
    return at.run === 0 && start > pageStart ? start : row;
  };
  const breaks: number[] = [];
  let used = 0;
  let pageStart = 0;
  let row = 0;
  /** Breaks before `at` (or where `placeBreak` moves it) and goes on from there. */
  const breakBefore = (at: number): void => {
    const placed = placeBreak(at, pageStart);
    if (breaks[breaks.length - 1] !== placed) breaks.push(placed);
    pageStart = placed;
    used = titleHeight;
    row = placed;
  };
  while (row < layout.rowCount) {
    if (forced.has(row) && row > pageStart) {
      if (breaks[breaks.length - 1] !== row) breaks.push(row);
      pageStart = row;
      used = titleHeight;
    }
    const last = blocks.get(row);
    if (last !== undefined && row > pageStart && used + sum(row, last) > capacity) {
      const from = row;
      breakBefore(row);
      if (row !== from) continue;
    }
    const h = heightOf(row);
    if (used + h > capacity && row > pageStart) {
      // Every page ends at a break of the plan's own, so the page count is known (breaks + 1)
      // and the renderer, whose pages hold a little more than estimated, never breaks by itself.
      const from = row;
      breakBefore(row);
      if (row !== from) continue;
    }
    used += heightOf(row);
    row++;
  }
  return breaks;
}

/** One printed page of a plan as estimated: its rows (0-based, inclusive), the points it holds and the points it can hold. */
export interface PrintedPage {
  first: number;
  last: number;
  used: number;
  capacity: number;
}

/**
 * The pages a report plan prints on by its own estimate: split at its row breaks, each page after
 * the first carrying the repeated title rows, heights as planned (15 pt unless set), capacity as
 * `rowBreaks` counts it. Empty when the plan has no print setup.
 */
export function printedPages(plan: {
  values: readonly unknown[];
  columns: readonly { width: number }[];
  rows: readonly { row: number; height: number }[];
  print?: PrintSetup;
}): PrintedPage[] {
  if (!plan.print?.margins) return [];
  const capacity = pageCapacity(
    plan.columns.map((c) => c.width),
    plan.print.margins,
  );
  const heights = new Map(plan.rows.map((r) => [r.row, r.height] as const));
  const heightOf = (r: number) => heights.get(r) ?? 15;
  const titleRows = /^1:(\d+)$/.exec(plan.print.titleRows ?? "")?.[1];
  const titleHeight = Array.from({ length: Number(titleRows ?? 0) }, (_, r) => heightOf(r)).reduce((a, b) => a + b, 0);
  const starts = [0, ...(plan.print.rowBreaks ?? [])];
  return starts.map((first, i) => {
    const last = (starts[i + 1] ?? plan.values.length) - 1;
    let used = i === 0 ? 0 : titleHeight;
    for (let r = first; r <= last; r++) used += heightOf(r);
    return { first, last, used, capacity };
  });
}
