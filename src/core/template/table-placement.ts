/**
 * Placing one of the layout's tables on a register sheet the template makes:
 * its Excel table, column widths, formats and data validation, all from the
 * layout's column specs. Used by the safety unit's sheets and the partner tabs.
 */
import { a1Range } from "../address";
import type { Cell } from "../cell";
import type { PrintSetup, SheetPlan, ValidationPlan } from "../plan/sheet-plan";
import { widthForLongestWord, widthForOneLine, wrappedLines } from "../plan/text-fit";
import type { ColumnSpec, TableSpec } from "../register/layout";
import { fitAlert } from "./tab-texts";

export const DATE_FORMAT = "yyyy-mm-dd";
const HEADER_FILL = "#DCE6F1";
/** Blank table rows a new sheet gets, so dropdowns and formats are there as people type. */
export const BLANK_ROWS = { master: 30, partner: 100 };

export const quotedSheet = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
/** A master sheet's ID column as a dropdown source. */
export const idSource = (sheet: string) => ({ source: `=${quotedSheet(sheet)}!$A$2:$A$1000` });

export type ListSource = string[] | { source: string };

export function listValidation(range: string, list: ListSource, what: string, warnOnly = false): ValidationPlan {
  const error = Array.isArray(list)
    ? fitAlert(`Välj ett av värdena i listan: ${list.join(", ")}.`)
    : `Välj ${what} ur listan (från fliken där de finns).`;
  return warnOnly ? { range, list, errorMessage: error, warnOnly } : { range, list, errorMessage: error };
}

/** Rows a table spans on a sheet: header row plus data rows (at least `blank`). */
export function tableRows(values: readonly (readonly Cell[])[], headerRow: number, firstCol: number, cols: number, blank: number): number {
  let last = headerRow;
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    for (let c = firstCol; c < firstCol + cols; c++) if (row[c] !== null && row[c] !== undefined && row[c] !== "") last = r;
  }
  return Math.max(last - headerRow, blank);
}

/** The validation of one column, given the range it covers; undefined keeps the default (the column's list, if any). */
export type ColumnValidation = (col: ColumnSpec, range: string) => ValidationPlan | null | undefined;

export interface PlaceOptions {
  /** Dropdown sources by header; a `choice` column without one gets its allowed values. */
  lists?: Record<string, ListSource>;
  /** Per-column validation instead of the default. */
  validation?: ColumnValidation;
  /** Rows (from the first data row) the validations cover, when more than the table's; Excel tables carry them on as they grow. */
  validatedRows?: number;
}

/** Formats, dropdowns and table of one spec placed at (headerRow, firstCol). */
export function placeTable(
  plan: SheetPlan,
  spec: TableSpec,
  headerRow: number,
  firstCol: number,
  dataRows: number,
  tableName: string,
  style: string,
  options: PlaceOptions = {},
): void {
  const cols = spec.columns.length;
  const lists = options.lists ?? {};
  plan.tables.push({
    name: tableName,
    range: a1Range(headerRow, firstCol, dataRows + 1, cols),
    headers: spec.columns.map((c) => c.header),
    style,
  });
  spec.columns.forEach((col, i) => {
    const c = firstCol + i;
    const data = a1Range(headerRow + 1, c, dataRows, 1);
    const width = columnWidth(
      col,
      plan.values.slice(headerRow + 1).map((row) => row[c] ?? null),
    );
    plan.columns[c] = { width };
    fitHeaderRow(plan, headerRow, col.header, width);
    // Dates typed as text and real dates line up; a real date would otherwise stand right, touching the next column.
    if (col.kind === "date") plan.styles.push({ range: data, style: { horizontal: "left" } });
    // Numbers stand right with a little room, so "3,4" and the period "2023" beside it do not read as one.
    if (col.kind === "number" || col.kind === "whole") plan.styles.push({ range: data, style: { horizontal: "right", indent: 1 } });
    if (col.kind === "date") plan.numberFormats.push({ range: data, format: DATE_FORMAT });
    if (col.kind === "id" || col.kind === "period" || col.kind === "text" || col.kind === "freeText" || col.kind === "idList") {
      plan.numberFormats.push({ range: data, format: "@" });
    }
    const validated = a1Range(headerRow + 1, c, Math.max(dataRows, options.validatedRows ?? 0), 1);
    const own = options.validation?.(col, validated);
    if (own !== undefined) {
      if (own !== null) plan.validations.push(own);
      return;
    }
    const list = lists[col.header] ?? (col.kind === "choice" ? [...(col.allowed ?? [])] : undefined);
    if (list) plan.validations.push(listValidation(validated, list, col.header, !Array.isArray(list) || col.kind === "period"));
  });
  plan.styles.push({
    range: a1Range(headerRow, firstCol, 1, cols),
    style: { font: { bold: true }, fill: HEADER_FILL, wrap: true, vertical: "center" },
  });
}

/** Widest content a column grows to, by kind, in characters; longer text wraps or is cut at the cell's edge. */
const MAX_WIDTH: Partial<Record<ColumnSpec["kind"], number>> = { freeText: 50, text: 60, idList: 30 };
const MAX_OTHER = 30;
/** Room the table's filter button takes at the right of a header cell. */
const FILTER_BUTTON = 2.5;

/**
 * The layout's width, widened so no header word is broken and the filter button
 * does not cover it, and so the content already there shows whole (up to a cap).
 */
function columnWidth(col: ColumnSpec, cells: readonly Cell[]): number {
  let content = 0;
  for (const v of cells) {
    if (v === null || v === "") continue;
    const text = typeof v === "number" && col.kind === "date" ? "2025-03-14" : String(v);
    content = Math.max(content, widthForOneLine(text));
  }
  const header = widthForLongestWord(col.header, { bold: true }) + FILTER_BUTTON;
  return Math.ceil(Math.max(col.width, header, Math.min(content + 1, MAX_WIDTH[col.kind] ?? MAX_OTHER)));
}

/** A row at least `height` points tall (the tallest of what asks for it). */
export function atLeastHeight(plan: SheetPlan, row: number, height: number): void {
  const existing = plan.rows.find((r) => r.row === row);
  if (existing) existing.height = Math.max(existing.height, height);
  else plan.rows.push({ row, height });
}

/** The header row tall enough for a header that wraps (bold, beside its filter button). */
function fitHeaderRow(plan: SheetPlan, row: number, header: string, width: number): void {
  const height = wrappedLines(header, width - FILTER_BUTTON, { bold: true }) * 15;
  if (height > 15) atLeastHeight(plan, row, height);
}

/** Register sheets print landscape, one page wide, with their header row repeated. */
export function printSetup(name: string, titleRows: string): PrintSetup {
  return {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows,
    footer: { left: name, right: "Sida &P av &N" },
  };
}

export function padGrid(values: readonly (readonly Cell[])[], rows: number, cols: number): Cell[][] {
  const out: Cell[][] = [];
  for (let r = 0; r < rows; r++) {
    const src = values[r] ?? [];
    const row: Cell[] = [];
    for (let c = 0; c < cols; c++) row.push(src[c] ?? null);
    out.push(row);
  }
  return out;
}
