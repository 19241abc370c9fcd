/**
 * Reads any .xlsx workbook into grids, every sheet in tab order.
 *
 * Why SheetJS (`@e965/xlsx`) reads and excelts writes: SheetJS is the most
 * forgiving reader we measured. It reads workbooks from Excel, LibreOffice
 * (inline strings), Google Sheets (no styles part) and openpyxl (table parts
 * referenced by absolute paths, which crash ExcelJS 4.4), and it gives cached
 * formula results, error codes and dates as plain serial numbers (with
 * `cellDates: false` no JS Date and so no time-zone arithmetic is involved).
 * Its community build cannot write styles, so rendering uses excelts
 * (`render-plan.ts`).
 */
import { read, type WorkBook } from "@e965/xlsx";
import type { SheetGrid, WorkbookGrids } from "../core/cell";
import { markersBySheet } from "../core/plan/sheet-marker";
import { sheetNameKey } from "../core/plan/sheet-names";
import { UnreadableWorkbookError } from "./errors";
import { sheetGrid } from "./sheet-grid";

/**
 * Every worksheet's values from A1, in tab order; sheets the add-in wrote are
 * `generated: true`. Throws `UnreadableWorkbookError` for anything that is not
 * a readable .xlsx workbook.
 */
export async function readWorkbookSheetJs(bytes: Uint8Array): Promise<WorkbookGrids> {
  const workbook = parse(bytes);
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const generated = generatedSheetNames(workbook);
  const sheets: SheetGrid[] = [];
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    // Chart sheets and dialog sheets are not worksheets in Office.js either.
    if (!sheet || (sheet["!type"] !== undefined && sheet["!type"] !== "sheet")) continue;
    const grid: SheetGrid = { name, values: sheetGrid(sheet, date1904), top: 0, left: 0 };
    if (generated.has(sheetNameKey(name))) grid.generated = true;
    sheets.push(grid);
  }
  return { sheets };
}

function parse(bytes: Uint8Array): WorkBook {
  // SheetJS happily reads CSV, plain text and random bytes as a one-sheet workbook;
  // an .xlsx is always a zip, and an encrypted one is a CFB container instead.
  if (!isZip(bytes)) throw new UnreadableWorkbookError();
  let workbook: WorkBook;
  try {
    workbook = read(bytes, {
      type: "array",
      dense: true,
      cellDates: false,
      cellNF: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
    });
  } catch (cause) {
    throw new UnreadableWorkbookError({ cause });
  }
  if (!workbook.SheetNames || workbook.SheetNames.length === 0) throw new UnreadableWorkbookError();
  return workbook;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The sheets a `MLofteGen_…` defined name refers to, by `sheetNameKey`. */
function generatedSheetNames(workbook: WorkBook): Set<string> {
  const entries = (workbook.Workbook?.Names ?? []).flatMap((dn) => (dn.Name && dn.Ref ? [{ name: dn.Name, reference: dn.Ref }] : []));
  return new Set(markersBySheet(entries).keys());
}
