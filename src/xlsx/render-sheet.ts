/** Applies one sheet plan to a new excelts worksheet. */
import type { CellValue, Workbook, Worksheet } from "@cj-tech-master/excelts";
import { parseA1, parseRange } from "../core/address";
import type { Cell } from "../core/cell";
import { fitCellValue, MAX_LINKS_PER_SHEET } from "../core/plan/excel-limits";
import type { SheetPlan, TablePlan } from "../core/plan/sheet-plan";
import { resolveCellFormats } from "./cell-formats";
import { argb, toExcelStyle } from "./cell-style";
import { quoteSheetName } from "../core/plan/sheet-names";
import { addLineChart } from "./line-chart";
import { applyPrintSetup } from "./print-setup";
import { addConditionalFormat, addValidation } from "./sheet-rules";

/** Chart numbers of the sheet's charts with their alt texts, for the drawing fix-up. */
export type ChartAltTexts = Map<number, string>;

export function renderSheet(wb: Workbook, plan: SheetPlan, altTexts: ChartAltTexts): Worksheet {
  const ws = wb.addWorksheet(plan.name, plan.tabColor ? { properties: { tabColor: { argb: argb(plan.tabColor) } } } : {});
  writeValues(ws, plan.values);
  // After the values: excelts keeps the top-left value of a merge and moves writes to other cells onto it.
  for (const merge of plan.merges) ws.mergeCells(merge);
  plan.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  for (const r of plan.rows) ws.getRow(r.row + 1).height = r.height;
  for (const table of plan.tables) addTable(ws, table, plan.values);
  // Formats after tables, which rewrite their cells.
  for (const [key, format] of resolveCellFormats(plan)) {
    const [row, col] = key.split(",").map(Number) as [number, number];
    ws.getCell(row + 1, col + 1).style = toExcelStyle(format);
  }
  // Excel repairs a file with more links on a sheet than it allows away.
  for (const link of plan.links.slice(0, MAX_LINKS_PER_SHEET)) addInternalLink(ws, link.cell, link.sheet, link.target);
  for (const cf of plan.conditionalFormats) addConditionalFormat(ws, cf);
  for (const v of plan.validations) addValidation(ws, v);
  for (const chart of plan.charts) altTexts.set(addLineChart(ws, chart), chart.altText);
  if (plan.autoFilter) ws.autoFilter = plan.autoFilter;
  applyView(ws, plan);
  if (plan.print) applyPrintSetup(ws, plan.print);
  return ws;
}

/** Strings are set as plain string values, so "=SUM(A1)" or "+46…" is stored as text, never a formula. */
function writeValues(ws: Worksheet, values: Cell[][]): void {
  values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      if (typeof value === "number" && !Number.isFinite(value))
        throw new Error(`Not a finite number at row ${r + 1}, column ${c + 1}: ${value}`);
      // The plan is within Excel's limits already; this keeps any other caller's too (Excel would repair the file).
      ws.getCell(r + 1, c + 1).value = fitCellValue(value);
    });
  });
}

/** Header cells are written as the column names themselves, so they always agree (Excel repairs otherwise). */
function addTable(ws: Worksheet, table: TablePlan, values: Cell[][]): void {
  const r = parseRange(table.range);
  const rows: CellValue[][] = [];
  for (let row = r.row + 1; row < r.row + r.rows; row++) {
    const cells: CellValue[] = [];
    for (let col = r.col; col < r.col + r.cols; col++) {
      const v = values[row]?.[col] ?? null;
      cells.push(v === "" ? null : fitCellValue(v));
    }
    rows.push(cells);
  }
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: table.range.split(":")[0]!,
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style, showRowStripes: true },
    columns: table.headers.map((name) => ({ name })),
    rows,
  });
}

function addInternalLink(ws: Worksheet, cell: string, sheet: string, target: string): void {
  const c = ws.getCell(cell);
  const text = c.value === null || c.value === undefined ? sheet : String(c.value);
  c.value = { text, hyperlink: `#${quoteSheetName(sheet)}!${target}` };
}

function applyView(ws: Worksheet, plan: SheetPlan): void {
  const rows = plan.freeze?.rows ?? 0;
  const columns = plan.freeze?.columns ?? 0;
  if (plan.activeCell) parseA1(plan.activeCell); // throws on a malformed address
  const activeCell = plan.activeCell?.replace(/\$/g, "").toUpperCase();
  if (rows > 0 || columns > 0) {
    ws.views = [{ state: "frozen", xSplit: columns, ySplit: rows, ...(activeCell ? { activeCell } : {}) }];
  } else if (activeCell) {
    ws.views = [{ state: "normal", activeCell }];
  }
}
