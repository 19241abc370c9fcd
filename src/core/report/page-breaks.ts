/**
 * Where to break pages so no table's header is printed alone at the foot of
 * a page. An estimate: A4 landscape, fitted to one page wide, so the scale
 * (and the rows a page holds) follows from the column widths.
 */
import type { PrintSetup } from "../plan/sheet-plan";
import type { KeepBlock } from "./plan-builder";

const A4_LANDSCAPE = { width: 842, height: 595 }; // points
const POINTS_PER_INCH = 72;

/** Column widths in characters → printed width in points at 100 % (Calibri 11: 7 px a character plus 5 px padding). */
function sheetWidthPoints(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + (w * 7 + 5) * 0.75, 0);
}

/** Row points that fit on one page once the sheet is scaled to one page wide; a little slack for rounding in Excel. */
export function pageCapacity(widths: readonly number[], margins: NonNullable<PrintSetup["margins"]>): number {
  const printableWidth = A4_LANDSCAPE.width - (margins.left + margins.right) * POINTS_PER_INCH;
  const printableHeight = A4_LANDSCAPE.height - (margins.top + margins.bottom) * POINTS_PER_INCH;
  const scale = Math.min(1, printableWidth / Math.max(1, sheetWidthPoints(widths)));
  return (printableHeight / scale) * 0.92;
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

/** 0-based rows before which a manual page break keeps each block whole. */
export function rowBreaks(layout: PageLayout): number[] {
  const { heightOf, capacity } = layout;
  const titleHeight = Array.from({ length: layout.titleRowCount }, (_, r) => heightOf(r)).reduce((a, b) => a + b, 0);
  const sum = (from: number, to: number) => {
    let h = 0;
    for (let r = from; r <= to; r++) h += heightOf(r);
    return h;
  };
  // A block that fits on a fresh page is kept whole; a longer one keeps its header with its first rows.
  const blocks = new Map(
    layout.keepTogether.map((k) => [k.first, sum(k.first, k.last) <= capacity - titleHeight ? k.last : k.minLast] as const),
  );
  const breaks: number[] = [];
  let used = 0;
  let pageStart = 0;
  for (let row = 0; row < layout.rowCount; row++) {
    const h = heightOf(row);
    const last = blocks.get(row);
    if (last !== undefined && row > pageStart) {
      if (used + sum(row, last) > capacity) {
        breaks.push(row);
        pageStart = row;
        used = titleHeight;
      }
    }
    if (used + h > capacity && row > pageStart) {
      // Excel breaks here by itself; follow it so later estimates start from the right place.
      pageStart = row;
      used = titleHeight;
    }
    used += h;
  }
  return breaks;
}
