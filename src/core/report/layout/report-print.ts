/**
 * Print setup of a report sheet: A4 landscape, one page wide, the head
 * repeated on every page, page numbers in the footer, and page breaks that
 * keep each section's title with its table.
 */
import type { SheetPlan } from "../../plan/sheet-plan";
import { pageCapacity, rowBreaks } from "../../plan/page-breaks";
import type { PlanBuilder } from "../../plan/plan-builder";
import { TITLE_ROWS } from "./report-sections";
import { REPORT_MARGINS } from "./report-styles";

/** A4 landscape, one page wide, the head repeated, page numbers in the footer, breaks that keep sections whole. */
export function finishReport(b: PlanBuilder, sheetLabel: string, createdDate: string, tabColor: string): SheetPlan {
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
