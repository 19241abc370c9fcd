/**
 * Reads a table's data rows below its header row into typed values, with a
 * finding for every cell that cannot be used. Entirely empty rows are skipped.
 *
 * The rows are kept column by column (`TableData`), not as an object per row:
 * an activity table of a large register has hundreds of thousands of rows, and
 * objects per row cost more in garbage collection than everything the checks
 * do with them (docs/performance.md). Small tables are turned into row records
 * (`rowRecords`) for checks that read best row by row.
 */
import { a1 } from "../address";
import type { Cell, SheetGrid } from "../cell";
import type { Finding } from "../findings";
import { finding } from "../messages/catalogue";
import { isBlank, typedText, Unreadable } from "../values";
import { type FoundTable, findTable } from "./find-table";
import type { TableSpec } from "./layout";
import { cellReaders, rowProblems } from "./row-schema";
import type { RowRef } from "./types";

/**
 * A table's data rows, column by column. Row `i` is the grid line `lines[i]`
 * standing on sheet row `rows[i]`; its typed value in the spec's column `c` is
 * `values[c][i]`: the value, null for a blank optional cell, undefined when the
 * cell cannot be used (the row then has an error finding).
 */
export interface TableData {
  sheet: string;
  spec: TableSpec;
  /** 0-based sheet column of each header the table has (as in `RowRef`). */
  columns: Readonly<Record<string, number>>;
  length: number;
  /** 0-based sheet row of each data row. */
  rows: number[];
  /** Each data row's line of the grid, as typed (the grid's own array, not a copy). */
  lines: (readonly Cell[])[];
  /** Index into a line of each spec column; -1 for an optional column the table lacks. */
  at: number[];
  /** Typed values by spec column, then by data row. */
  values: unknown[][];
  /** 1 when a cell of the row has an error finding (the row is left out of figures); checks set it too. */
  hasError: Uint8Array;
}

/** A row as a record, for the small tables whose checks read row by row. */
export interface TableRow {
  ref: RowRef;
  /** Typed values of the cells that parsed, by header. */
  values: Record<string, unknown>;
  /** Raw cells by header, as typed. */
  raw: Record<string, Cell>;
  /** True when a cell of this row has an error finding (the row is left out of figures). */
  hasError: boolean;
}

export interface ReadTable {
  found: boolean;
  data: TableData;
  findings: Finding[];
}

/** The A1 address of a header's cell on a row. */
export function cellOf(ref: RowRef, header: string): string | null {
  const col = ref.columns[header];
  return col === undefined ? null : a1(ref.row, col);
}

/** The raw cell of data row `i` in spec column `c` (null when blank or the column is absent). */
export function rawCell(data: TableData, i: number, c: number): Cell {
  const at = data.at[c]!;
  return at < 0 ? null : (data.lines[i]![at] ?? null);
}

/** The index of a header among the spec's columns. */
export function columnIndex(spec: TableSpec, header: string): number {
  const c = spec.columns.findIndex((col) => col.header === header);
  if (c < 0) throw new Error(`${spec.key} has no column ${header}`);
  return c;
}

/** The A1 address of a header's cell on data row `i`. */
export function cellAt(data: TableData, i: number, header: string): string | null {
  const col = data.columns[header];
  return col === undefined ? null : a1(data.rows[i]!, col);
}

/** Every data row as a record (for small tables: partners, measures, indicators, values). */
export function rowRecords(data: TableData): TableRow[] {
  const headers = data.spec.columns.map((c) => c.header);
  const records: TableRow[] = [];
  for (let i = 0; i < data.length; i++) {
    const values: Record<string, unknown> = {};
    const raw: Record<string, Cell> = {};
    headers.forEach((h, c) => {
      raw[h] = rawCell(data, i, c);
      const v = data.values[c]![i];
      if (v !== undefined) values[h] = v;
    });
    records.push({ ref: { sheet: data.sheet, row: data.rows[i]!, columns: data.columns }, values, raw, hasError: data.hasError[i] === 1 });
  }
  return records;
}

const HINTS: Record<string, string> = {
  date: "datumet som 2025-03-14",
  id: "en kod",
  period: "perioden som T2 2025",
  number: "ett tal",
  whole: "ett antal",
  choice: "ett av de tillåtna värdena",
};

export interface ReadOptions {
  /** The table as found already (null: not found); found here when absent. */
  found?: FoundTable | null;
  /** Grid row where the table's data ends (exclusive): another table's header row below it. */
  endRow?: number;
}

function emptyData(sheet: SheetGrid, spec: TableSpec): TableData {
  const none = spec.columns.map(() => -1);
  return {
    sheet: sheet.name,
    spec,
    columns: {},
    length: 0,
    rows: [],
    lines: [],
    at: none,
    values: none.map(() => []),
    hasError: new Uint8Array(0),
  };
}

/** Findings for the cells of a row that cannot be used, as the row's zod schema lists them. */
function problemFindings(data: TableData, i: number, findings: Finding[]): void {
  const { spec } = data;
  const cells: Record<string, Cell> = {};
  spec.columns.forEach((col, c) => (cells[col.header] = rawCell(data, i, c)));
  for (const p of rowProblems(spec, cells)) {
    const col = spec.columns.find((c) => c.header === p.header)!;
    const params: Record<string, string | number> = { column: p.header, typed: typedText(cells[p.header] ?? null) };
    if (p.code === "unknown-value") params.allowed = (col.allowed ?? []).join(", ");
    if (p.code === "required") params.hint = HINTS[col.kind] ?? "ett värde";
    findings.push(finding(p.code, data.sheet, cellAt(data, i, p.header), params));
  }
}

export function readTable(sheet: SheetGrid, spec: TableSpec, options: ReadOptions = {}): ReadTable {
  const found = options.found === undefined ? findTable(sheet, spec) : options.found;
  const end = Math.min(options.endRow ?? sheet.values.length, sheet.values.length);
  const top = sheet.top ?? 0;
  const left = sheet.left ?? 0;
  if (!found) {
    const findings = spec.columns.filter((c) => c.required).map((c) => finding("missing-column", sheet.name, null, { column: c.header }));
    return { found: false, data: emptyData(sheet, spec), findings };
  }
  if (found.missing.length > 0) {
    const findings = found.missing.map((h) => finding("missing-column", sheet.name, null, { column: h }));
    return { found: false, data: emptyData(sheet, spec), findings };
  }
  const columns: Record<string, number> = {};
  for (const [h, c] of Object.entries(found.columns)) columns[h] = c + left;
  const at = spec.columns.map((c) => found.columns[c.header] ?? -1);
  const present = at.filter((c) => c >= 0);
  const readers = cellReaders(spec);
  // At most one data row per grid line: arrays of that size are filled, then cut to the rows found.
  const most = Math.max(0, end - found.headerRow - 1);
  const values = spec.columns.map(() => new Array<unknown>(most));
  const rows = new Array<number>(most);
  const lines = new Array<readonly Cell[]>(most);
  const hasError = new Uint8Array(most);
  const data: TableData = { sheet: sheet.name, spec, columns, length: 0, rows, lines, at, values, hasError };
  const findings: Finding[] = [];
  let n = 0;
  for (let r = found.headerRow + 1; r < end; r++) {
    const line = sheet.values[r]!;
    if (isEmptyLine(line, present)) continue;
    const i = n++;
    rows[i] = r + top;
    lines[i] = line;
    let unusable = false;
    for (let c = 0; c < at.length; c++) {
      const value = readers[c]!(at[c]! < 0 ? null : (line[at[c]!] ?? null));
      if (value instanceof Unreadable) {
        unusable = true;
        values[c]![i] = undefined;
      } else values[c]![i] = value;
    }
    if (unusable) {
      hasError[i] = 1;
      data.length = n;
      problemFindings(data, i, findings);
    }
  }
  for (const column of [rows, lines, ...values]) column.length = n;
  data.length = n;
  data.hasError = hasError.subarray(0, n);
  return { found: true, data, findings };
}

/** Whether a line holds nothing in the table's columns. */
function isEmptyLine(line: readonly Cell[], present: readonly number[]): boolean {
  for (const c of present) if (!isBlank(line[c])) return false;
  return true;
}
