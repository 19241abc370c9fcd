/**
 * An in-memory workbook: what the strict Office.js fake reads from and records
 * into, seeded from the core's `WorkbookGrids` so task pane tests can start from
 * a register. Cells are 0-based; everything the add-in writes is kept as plain
 * records that tests assert on.
 */
import type { Cell, SheetGrid, WorkbookGrids } from "../../src/core/cell";
import { parseA1, parseRange } from "../../src/core/address";

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface MemChart {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  legend?: string;
  from?: string;
  to?: string;
  yAxisTitle?: string;
  titleSize?: number;
  /** The axes' label font sizes, where set. */
  axisTextSize?: { category?: number; value?: number };
  series: { name?: string; values: string; xValues?: string; color?: string; dashed?: boolean; marker?: string; markerSize?: number }[];
}

export interface MemSheet {
  id: string;
  name: string;
  /** Sparse rows of cells; undefined = never written. */
  cells: (Cell | undefined)[][];
  /** "row,col" → number format code. */
  numberFormats: Map<string, string>;
  /** "row,col" → formula text, for strings Excel took as formulas. */
  formulas: Map<string, string>;
  /** Every format property set, in order ("font.bold", "borders.EdgeTop.weight", "columnWidth", …). */
  formats: { range: string; property: string; value: unknown }[];
  merges: string[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  conditionalFormats: { range: string; type: string; props: Record<string, unknown> }[];
  charts: MemChart[];
  hyperlinks: Map<string, Record<string, unknown>>;
  tables: { name: string; range: string; hasHeaders: boolean; style?: string }[];
  validations: { range: string; rule?: unknown; errorAlert?: unknown; prompt?: unknown }[];
  /** How many times `dataValidation.clear()` ran on a range of the sheet. */
  validationClears?: number;
  freeze?: { rows: number; columns: number };
  autoFilter?: string;
  /** Page layout properties and calls ("orientation", "zoom", "printTitleRows", "margins", "centerFooter", …). */
  pageLayout: Record<string, unknown>;
  pageBreaks: string[];
  tabColor?: string;
  selection?: string;
}

/** A workbook-scoped name; `sheetId` null once its sheet is gone (#REF!). */
export interface MemName {
  name: string;
  sheetId: string | null;
  address: string;
}

export interface MemWorkbook {
  sheets: MemSheet[];
  names: MemName[];
  activeSheetId: string | null;
  nextId: number;
  /** The workbook counts dates from 1904 (Excel for Mac's old default): serials are 1 462 days smaller. */
  date1904?: boolean;
}

const key = (name: string): string => name.toLocaleLowerCase("sv");

export function emptyWorkbook(): MemWorkbook {
  return { sheets: [], names: [], activeSheetId: null, nextId: 1 };
}

export function addMemSheet(wb: MemWorkbook, name: string): MemSheet {
  const sheet: MemSheet = {
    id: `{sheet-${wb.nextId++}}`,
    name,
    cells: [],
    numberFormats: new Map(),
    formulas: new Map(),
    formats: [],
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    conditionalFormats: [],
    charts: [],
    hyperlinks: new Map(),
    tables: [],
    validations: [],
    pageLayout: {},
    pageBreaks: [],
  };
  wb.sheets.push(sheet);
  if (wb.activeSheetId === null) wb.activeSheetId = sheet.id;
  return sheet;
}

export function sheetByName(wb: MemWorkbook, name: string): MemSheet | undefined {
  return wb.sheets.find((s) => key(s.name) === key(name));
}

export function sheetById(wb: MemWorkbook, id: string): MemSheet | undefined {
  return wb.sheets.find((s) => s.id === id);
}

export function getCell(sheet: MemSheet, row: number, col: number): Cell | undefined {
  return sheet.cells[row]?.[col];
}

export function setCell(sheet: MemSheet, row: number, col: number, value: Cell): void {
  const r = (sheet.cells[row] ??= []);
  r[col] = value;
}

/** The value at an A1 address ("" and never-written read as null). */
export function cellAt(sheet: MemSheet, address: string): Cell {
  const { row, col } = parseA1(address);
  const v = getCell(sheet, row, col);
  return v === undefined || v === "" ? null : v;
}

export function numberFormatAt(sheet: MemSheet, address: string): string {
  const { row, col } = parseA1(address);
  return sheet.numberFormats.get(`${row},${col}`) ?? "General";
}

/** The last value set for a format property on a range covering `address`. */
export function formatAt(sheet: MemSheet, address: string, property: string): unknown {
  const { row, col } = parseA1(address);
  let found: unknown;
  for (const f of sheet.formats) {
    if (f.property !== property || /^[A-Z]+:[A-Z]+$|^\d+:\d+$/.test(f.range)) continue;
    const r = parseRange(f.range);
    if (row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols) found = f.value;
  }
  return found;
}

/** The box of cells holding a value (Excel's used range with valuesOnly), or null. */
export function usedBox(sheet: MemSheet): Box | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  // Plain loops (a read asks this of every sheet): holes and never-written cells read as undefined and are skipped.
  const rows = sheet.cells;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === undefined || v === null || v === "") continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** Values of a box, as Office.js gives them ("" for an empty cell). */
export function boxValues(sheet: MemSheet, box: Box): (string | number | boolean)[][] {
  const out: (string | number | boolean)[][] = [];
  // Plain loops over the sheet's rows (a read asks this of every sheet): the same as getCell at each cell.
  for (let r = 0; r < box.rows; r++) {
    const cells = sheet.cells[box.row + r];
    const row: (string | number | boolean)[] = [];
    for (let c = 0; c < box.cols; c++) row.push(cells?.[box.col + c] ?? "");
    out.push(row);
  }
  return out;
}

/** `'Sheet name'!$A$1` or `Kontroll!$A$1`: Excel quotes a name only when it must. */
export function sheetReference(sheetName: string, address: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheetName);
  return `${plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`}!${address}`;
}

/** Names marking sheets the add-in wrote (the shared convention: MLofteGen_<n> → ='Sheet'!$A$1). */
export function markerNames(wb: MemWorkbook, sheet: MemSheet): string[] {
  return wb.names.filter((n) => n.sheetId === sheet.id && /^MLofteGen_\d+$/i.test(n.name)).map((n) => n.name);
}

/** A workbook seeded from grids; `generated` sheets get a marker name. */
export function memoryWorkbook(grids: WorkbookGrids = { sheets: [] }): MemWorkbook {
  const wb = emptyWorkbook();
  let marker = 1;
  for (const grid of grids.sheets) {
    const sheet = addMemSheet(wb, grid.name);
    const top = grid.top ?? 0;
    const left = grid.left ?? 0;
    // Plain loops (the pane benchmark seeds its stand-in's workbook with this at every load): empty cells stay unwritten.
    const rows = grid.values;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== null && v !== undefined) setCell(sheet, top + r, left + c, v);
      }
    }
    if (grid.generated) wb.names.push({ name: `MLofteGen_${marker++}`, sheetId: sheet.id, address: "$A$1" });
  }
  return wb;
}

/** What a host should read back: every sheet's used range, nulls for empty cells. */
export function toGrids(wb: MemWorkbook): WorkbookGrids {
  return {
    sheets: wb.sheets.map((sheet): SheetGrid => {
      const box = usedBox(sheet);
      const values = box ? boxValues(sheet, box).map((row) => row.map((v) => (v === "" ? null : v))) : [];
      return { name: sheet.name, values, top: box?.row ?? 0, left: box?.col ?? 0, generated: markerNames(wb, sheet).length > 0 };
    }),
  };
}
