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

/** Row points that fit on one page once the sheet is scaled to one page wide; 3 % slack for Excel rounding its scale down to whole percent. */
export function pageCapacity(widths: readonly number[], margins: NonNullable<PrintSetup["margins"]>): number {
  const printableHeight = A4_LANDSCAPE.height - (margins.top + margins.bottom) * POINTS_PER_INCH;
  return (printableHeight / printScale(widths, margins)) * 0.97;
}

export interface PageLayout {
  rowCount: number;
  heightOf: (row: number) => number;
  /** Blocks to start on one page: whole when they fit a page, else at least up to `minLast`. */
  keepTogether: readonly KeepBlock[];
  /** Rows repeated at the top of every page after the first. */
  titleRowCount: number;
  capacity: number;
}

/** Pages the layout prints on: one more than its breaks, as every page ends at one (see `rowBreaks`). */
export function pageCount(layout: PageLayout): number {
  return rowBreaks(layout).length + 1;
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
  const breaks: number[] = [];
  const breakAt = (row: number) => {
    if (breaks[breaks.length - 1] !== row) breaks.push(row);
  };
  let used = 0;
  let pageStart = 0;
  for (let row = 0; row < layout.rowCount; row++) {
    const h = heightOf(row);
    const last = blocks.get(row);
    if (last !== undefined && row > pageStart) {
      if (used + sum(row, last) > capacity) {
        breakAt(row);
        pageStart = row;
        used = titleHeight;
      }
    }
    if (used + h > capacity && row > pageStart) {
      // Every page ends at a break of the plan's own, so the page count is known (breaks + 1)
      // and the renderer, whose pages hold a little more than estimated, never breaks by itself.
      breakAt(row);
      pageStart = row;
      used = titleHeight;
    }
    used += h;
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
