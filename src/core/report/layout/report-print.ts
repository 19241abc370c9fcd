/**
 * Print setup of a report sheet: A4 landscape, one page wide, the head
 * repeated on every page, page numbers in the footer, and page breaks that
 * keep each section's title with its table.
 */
import type { SheetPlan } from "../../plan/sheet-plan";
import { pageCapacity, rowBreaks, runAt, WIDOW_ROWS } from "../../plan/page-breaks";
import type { PlanBuilder } from "../../plan/plan-builder";
import { TITLE_ROWS, writeHead, writeKeyFigures, writeParagraph, writeSection } from "./report-sections";
import { REPORT_MARGINS } from "./report-styles";
import type { ReportHead } from "../model/report-head";
import type { KeyFigures } from "../model/report-context";
import type { ChartData } from "../model/chart-data";
import type { GridPlace } from "./column-grid";
import { writeChartBlock } from "./chart-block";

/** What both reports print, top to bottom: the head, the kortversion, key figures, their own sections, the charts (unless a section has them). */
export interface ReportParts {
  head: ReportHead;
  kortversion: string;
  keyFiguresTitle: string;
  keyFigures: KeyFigures;
  /** Layout columns of the key figures' labels and values, pair after pair. */
  keyFigurePlaces: readonly GridPlace[];
  /** The report's own sections in order, each written where the last ended, a blank row after each that printed. */
  sections: readonly ((b: PlanBuilder) => void)[];
  /** The chart block across the page after the sections; null when a section drew the charts (beside its table). */
  chart: ChartData | null;
  sheetName: string;
  tabColor: string;
}

/** Points of the blank row between sections: room enough to see where one ends, little enough to save paper. */
const SECTION_GAP = 9;

function gap(b: PlanBuilder): void {
  b.height(b.next, SECTION_GAP);
  b.blank();
}

/** The one way a report sheet is put together (tertial report and Slutrapport alike), printed as `finishReport` sets. */
export function reportSheet(b: PlanBuilder, parts: ReportParts): SheetPlan {
  // Three rows of a table at least on either side of a break; two, where three would cost a page.
  const spare = b.fresh();
  const best = reportSheetWith(b, parts, WIDOW_ROWS);
  if ((best.print?.rowBreaks ?? []).length === 0) return best;
  const tighter = reportSheetWith(spare, parts, 2);
  return (tighter.print?.rowBreaks ?? []).length < (best.print?.rowBreaks ?? []).length ? tighter : best;
}

function reportSheetWith(b: PlanBuilder, parts: ReportParts, widowRows: number): SheetPlan {
  writeHead(b, parts.head);
  const summary = writeSection(b, "SAMMANFATTNING");
  writeParagraph(b, parts.kortversion);
  b.keep(summary, summary + 1);
  gap(b);
  const keyRow = writeSection(b, parts.keyFiguresTitle);
  writeKeyFigures(b, parts.keyFigures, parts.keyFigurePlaces);
  b.keep(keyRow, b.next - 1);
  gap(b);
  parts.sections.forEach((section, i) => {
    const from = b.next;
    section(b);
    // A section may print nothing (ÄNDRADE INDIKATORER when no indicator changed): no blank row for it; none after the last.
    if (b.next > from && (i < parts.sections.length - 1 || parts.chart !== null)) gap(b);
  });
  if (parts.chart !== null) writeChartBlock(b, parts.chart);
  return finishReport(b, parts.sheetName, parts.head.createdDate, parts.tabColor, widowRows);
}

/**
 * A4 landscape, one page wide, the head repeated, page numbers in the footer, breaks that keep sections
 * whole, leave no table fewer than `widowRows` rows on either side (`rowBreaks`) and print a table's
 * head again on the page it runs onto (`PlanBuilder.repeatHead`).
 */
function finishReport(b: PlanBuilder, sheetLabel: string, createdDate: string, tabColor: string, widowRows = WIDOW_ROWS): SheetPlan {
  const layout = () => ({
    rowCount: b.next,
    heightOf: (r: number) => b.heightOf(r),
    keepTogether: b.keepTogether,
    titleRowCount: TITLE_ROWS,
    capacity: pageCapacity(b.widths, REPORT_MARGINS),
    forced: b.forcedBreaks,
    tables: b.tableSpans,
    widowRows,
  });
  let breaks = rowBreaks(layout());
  // A table the page ends inside runs on under a copy of its head; the breaks after it are placed again.
  for (let more = b.tables.length * 50; more > 0; more--) {
    const inside = breaks.map((row) => ({ row, at: runAt(b.tableSpans, row) })).find((x) => x.at !== null);
    if (inside === undefined) break;
    b.repeatHead(b.tables.indexOf(inside.at!.table as (typeof b.tables)[number]), inside.row);
    breaks = rowBreaks(layout());
  }
  const plan = b.finish();
  plan.tabColor = tabColor;
  plan.activeCell = "A1";
  plan.print = {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: `1:${TITLE_ROWS}`,
    // "&" starts a footer code; a literal one is written twice. The page count is the sheet's own
    // (every page ends at a planned break), not &N, which counts every sheet when the workbook prints.
    footer: { center: `Sida &P av ${breaks.length + 1} · ${sheetLabel.replace(/&/g, "&&")} · Skapad ${createdDate}` },
    rowBreaks: breaks,
    firstPageNumber: 1,
    margins: { ...REPORT_MARGINS },
  };
  return plan;
}
