/**
 * Sheet plans for the register itself: the safety unit's four sheets and a
 * tab per partner, as real Excel tables with dropdowns, date formats, frozen
 * header rows and column widths. Built from the same layout the reader uses.
 * Used by `pledge init` (empty), `pledge demo` (filled) and the pane's
 * "create register" and "add partner tabs".
 */
import { a1, a1Range, columnLetter } from "../address";
import type { Cell, Grid } from "../cell";
import { fitPlanToExcel } from "../plan/excel-limits";
import { emptyPlan, type PrintSetup, type SheetPlan, type ValidationPlan } from "../plan/sheet-plan";
import { widthForLongestWord, widthForOneLine, wrappedLines } from "../plan/text-fit";
import {
  AKTIVITETER_TABLE,
  ATGARDER_TABLE,
  INDIKATORER_TABLE,
  LOFTE_TABLE,
  PARTER_TABLE,
  PARTNER_TAB_GAP,
  PARTNER_TAB_TITLE_ROWS,
  PLEDGE_FIELDS,
  SHEET_NAMES,
  type ColumnSpec,
  type TableSpec,
  VARDEN_TABLE,
} from "../register/layout";

const DATE_FORMAT = "yyyy-mm-dd";
const HEADER_FILL = "#DCE6F1";
/** Blank table rows a new sheet gets, so dropdowns and formats are there as people type. */
const BLANK_ROWS = { master: 30, partner: 100 };

const q = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
const idSource = (sheet: string) => ({ source: `=${q(sheet)}!$A$2:$A$1000` });

function listValidation(range: string, list: ValidationPlan["list"], what: string, warnOnly = false): ValidationPlan {
  const error = Array.isArray(list)
    ? `Välj ett av värdena i listan: ${list.join(", ")}.`
    : `Välj ${what} ur listan (från fliken där de finns).`;
  return warnOnly ? { range, list, errorMessage: error, warnOnly } : { range, list, errorMessage: error };
}

/** Rows a table spans on a sheet: header row plus data rows (at least `blank`). */
function tableRows(values: Grid, headerRow: number, firstCol: number, cols: number, blank: number): number {
  let last = headerRow;
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    for (let c = firstCol; c < firstCol + cols; c++) if (row[c] !== null && row[c] !== undefined && row[c] !== "") last = r;
  }
  return Math.max(last - headerRow, blank);
}

/** Formats, dropdowns and table of one spec placed at (headerRow, firstCol). */
function placeTable(
  plan: SheetPlan,
  spec: TableSpec,
  headerRow: number,
  firstCol: number,
  dataRows: number,
  tableName: string,
  lists: Record<string, ValidationPlan["list"]>,
  style: string,
): void {
  const cols = spec.columns.length;
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
    const list = lists[col.header] ?? (col.kind === "choice" ? [...(col.allowed ?? [])] : undefined);
    if (list) plan.validations.push(listValidation(data, list, col.header, !Array.isArray(list) || col.kind === "period"));
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

/** The header row tall enough for a header that wraps (bold, beside its filter button). */
function fitHeaderRow(plan: SheetPlan, row: number, header: string, width: number): void {
  const height = wrappedLines(header, width - FILTER_BUTTON, { bold: true }) * 15;
  if (height <= 15) return;
  const existing = plan.rows.find((r) => r.row === row);
  if (existing) existing.height = Math.max(existing.height, height);
  else plan.rows.push({ row, height });
}

/** Register sheets print landscape, one page wide, with their header row repeated. */
function printSetup(name: string, titleRows: string): PrintSetup {
  return {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows,
    footer: { left: name, right: "Sida &P av &N" },
  };
}

function padGrid(values: Grid, rows: number, cols: number): Cell[][] {
  const out: Cell[][] = [];
  for (let r = 0; r < rows; r++) {
    const src = values[r] ?? [];
    const row: Cell[] = [];
    for (let c = 0; c < cols; c++) row.push(src[c] ?? null);
    out.push(row);
  }
  return out;
}

function masterPlan(name: string, spec: TableSpec, values: Grid, lists: Record<string, ValidationPlan["list"]> = {}): SheetPlan {
  const plan = emptyPlan(name, "register");
  const header = spec.columns.map((c) => c.header);
  const grid: Grid = values.length > 0 ? values : [header];
  const dataRows = tableRows(grid, 0, 0, header.length, BLANK_ROWS.master);
  plan.values = padGrid(grid, dataRows + 1, header.length);
  header.forEach((h, i) => (plan.values[0]![i] = h));
  placeTable(plan, spec, 0, 0, dataRows, spec.tableName, lists, "TableStyleMedium2");
  plan.freeze = { rows: 1, columns: 0 };
  plan.activeCell = "A2";
  plan.print = printSetup(name, "1:1");
  return plan;
}

function lofteValues(values: Grid): Grid {
  if (values.length > 0) return values;
  return [["Fält", "Värde"], ...PLEDGE_FIELDS.map((f) => [f.field, null] as Cell[])];
}

export interface PartnerTabInput {
  name: string;
  tab: string;
  /** The tab's current grid, if it has one (the demo), else a new empty tab. */
  values?: Grid;
}

/** A partner's tab: title, help line, activities table and values table side by side. */
export function partnerTabPlan(partner: PartnerTabInput, index: number, periods: readonly string[]): SheetPlan {
  const plan = emptyPlan(partner.tab, "register");
  const h = PARTNER_TAB_TITLE_ROWS;
  const actCols = AKTIVITETER_TABLE.columns.length;
  const valCol = actCols + PARTNER_TAB_GAP;
  const width = valCol + VARDEN_TABLE.columns.length;
  const given = partner.values ?? [];
  const actRows = tableRows(given, h, 0, actCols, BLANK_ROWS.partner);
  const valRows = tableRows(given, h, valCol, VARDEN_TABLE.columns.length, BLANK_ROWS.partner);
  plan.values = padGrid(given, h + 1 + Math.max(actRows, valRows), width);
  plan.values[0]![0] = plan.values[0]![0] ?? `Aktiviteter och indikatorvärden – ${partner.name}`;
  plan.values[1]![0] =
    plan.values[1]![0] ?? "Fyll i en rad per aktivitet och en rad per indikatorvärde. Datum som 2025-03-14, period som T2 2025.";
  AKTIVITETER_TABLE.columns.forEach((c, i) => (plan.values[h]![i] = c.header));
  VARDEN_TABLE.columns.forEach((c, i) => (plan.values[h]![valCol + i] = c.header));
  const periodList = periods.length > 0 ? [...periods] : undefined;
  placeTable(
    plan,
    AKTIVITETER_TABLE,
    h,
    0,
    actRows,
    `Aktiviteter_${index}`,
    { "Åtgärd-ID": idSource(SHEET_NAMES.atgarder) },
    "TableStyleLight9",
  );
  placeTable(
    plan,
    VARDEN_TABLE,
    h,
    valCol,
    valRows,
    `Varden_${index}`,
    { "Indikator-ID": idSource(SHEET_NAMES.indikatorer), ...(periodList ? { Period: periodList } : {}) },
    "TableStyleLight10",
  );
  plan.columns[actCols] = { width: 3 };
  plan.styles.push(
    { range: "A1", style: { font: { bold: true, size: 14 } } },
    { range: "A2", style: { font: { italic: true, color: "#595959" } } },
  );
  plan.freeze = { rows: h + 1, columns: 0 };
  plan.activeCell = a1(h + 1, 0);
  plan.print = printSetup(partner.tab, `${h + 1}:${h + 1}`);
  return plan;
}

export interface RegisterPlanInput {
  lofte?: Grid;
  parter?: Grid;
  atgarder?: Grid;
  indikatorer?: Grid;
  partners?: PartnerTabInput[];
  /** Period labels offered in the Period dropdown (pledge tertials and years). */
  periods?: string[];
}

/** All register sheets, in tab order. Empty input gives the empty template. */
export function registerPlans(input: RegisterPlanInput = {}): SheetPlan[] {
  const lofte = masterPlan(SHEET_NAMES.lofte, LOFTE_TABLE, lofteValues(input.lofte ?? []));
  lofte.numberFormats.push({ range: "B6:B7", format: DATE_FORMAT });
  lofte.tables[0]!.range = a1Range(0, 0, Math.max(lofteValues(input.lofte ?? []).length, 2), 2);
  lofte.values = lofte.values.slice(0, Math.max(lofteValues(input.lofte ?? []).length, 2));
  lofte.validations = [];
  lofte.numberFormats = lofte.numberFormats.filter((f) => !f.range.startsWith("A") && f.format !== "@");
  lofte.numberFormats.push({ range: "B6:B7", format: DATE_FORMAT });
  // The dates stand beside their labels like the other settings, not at the far right of a wide column.
  lofte.styles.push({ range: "B6:B7", style: { horizontal: "left" } });
  const partnerIds = { Ansvarig: idSource(SHEET_NAMES.parter) };
  const plans = [
    lofte,
    masterPlan(SHEET_NAMES.parter, PARTER_TABLE, input.parter ?? []),
    masterPlan(SHEET_NAMES.atgarder, ATGARDER_TABLE, input.atgarder ?? [], partnerIds),
    masterPlan(SHEET_NAMES.indikatorer, INDIKATORER_TABLE, input.indikatorer ?? []),
    ...(input.partners ?? []).map((p, i) => partnerTabPlan(p, i + 1, input.periods ?? [])),
  ];
  // A person's text longer than a cell holds (written by another tool) is cut with a note, not refused by Excel.
  return plans.map(fitPlanToExcel);
}

/** Column letter helper re-exported for callers placing things next to tables. */
export { columnLetter };
