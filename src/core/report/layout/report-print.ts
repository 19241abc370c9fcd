/**
 * Print setup of a report sheet: A4 landscape, one page wide, the head
 * repeated on every page, page numbers in the footer, and page breaks that
 * keep each section's title with its table.
 */
import type { SheetPlan } from "../../plan/sheet-plan";
import { pageCapacity, rowBreaks } from "../../plan/page-breaks";
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
  return finishReport(b, parts.sheetName, parts.head.createdDate, parts.tabColor);
}

/** A4 landscape, one page wide, the head repeated, page numbers in the footer, breaks that keep sections whole. */
function finishReport(b: PlanBuilder, sheetLabel: string, createdDate: string, tabColor: string): SheetPlan {
  const plan = b.finish();
  const breaks = rowBreaks({
    rowCount: plan.values.length,
    heightOf: (r) => b.heightOf(r),
    keepTogether: b.keepTogether,
    titleRowCount: TITLE_ROWS,
    capacity: pageCapacity(b.widths, REPORT_MARGINS),
  });
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
