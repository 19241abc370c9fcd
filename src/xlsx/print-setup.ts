/** The plan's print setup as excelts page setup, header/footer and row breaks. */
import type { Worksheet } from "@cj-tech-master/excelts";
import type { PrintSetup } from "../core/plan/sheet-plan";

// OOXML paper size 9 is A4.
const PAPER_SIZES = { A4: 9 } as const;

export function applyPrintSetup(ws: Worksheet, print: PrintSetup): void {
  ws.pageSetup.paperSize = PAPER_SIZES[print.paper];
  ws.pageSetup.orientation = print.orientation;
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = print.fitToWidth;
  ws.pageSetup.fitToHeight = print.fitToHeight;
  if (print.titleRows) ws.pageSetup.printTitlesRow = titleRows(print.titleRows);
  if (print.margins) ws.pageSetup.margins = { ...print.margins };
  // Written with useFirstPageNumber, so the sheet's first page is 1 when the whole workbook prints.
  if (print.firstPageNumber !== undefined) ws.pageSetup.firstPageNumber = print.firstPageNumber;
  const footer = footerText(print.footer);
  if (footer) ws.headerFooter.oddFooter = footer;
  for (const row of print.rowBreaks ?? []) {
    // A break before 0-based row r ends the page after 1-based row r; none can precede row 0.
    if (row > 0) ws.getRow(row).addPageBreak();
  }
}

/** "1:3" or "$1:$3" → "1:3"; a single row "2" → "2:2". */
function titleRows(rows: string): string {
  const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(rows.trim());
  if (!m) throw new Error(`Print title rows must look like "1:3": ${rows}`);
  return `${m[1]}:${m[2] ?? m[1]}`;
}

/** "&L…&C…&R…"; the plan's texts keep their codes (&P page, &N pages). */
export function footerText(footer: PrintSetup["footer"]): string {
  return [footer.left ? `&L${footer.left}` : "", footer.center ? `&C${footer.center}` : "", footer.right ? `&R${footer.right}` : ""].join(
    "",
  );
}
