/**
 * Reads a table's data rows below its header row into typed values, with a
 * finding for every cell that cannot be used. Entirely empty rows are skipped.
 */
import { a1 } from "../address";
import type { Cell, SheetGrid } from "../cell";
import type { Finding } from "../findings";
import { finding } from "../messages/catalogue";
import { typedText } from "../values";
import { type FoundTable, findTable } from "./find-table";
import type { TableSpec } from "./layout";
import { parseRow } from "./row-schema";
import type { RowRef } from "./types";

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
  rows: TableRow[];
  findings: Finding[];
}

/** The A1 address of a header's cell on a row. */
export function cellOf(ref: RowRef, header: string): string | null {
  const col = ref.columns[header];
  return col === undefined ? null : a1(ref.row, col);
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

export function readTable(sheet: SheetGrid, spec: TableSpec, options: ReadOptions = {}): ReadTable {
  const found = options.found === undefined ? findTable(sheet, spec) : options.found;
  const end = Math.min(options.endRow ?? sheet.values.length, sheet.values.length);
  const top = sheet.top ?? 0;
  const left = sheet.left ?? 0;
  if (!found) {
    const findings = spec.columns.filter((c) => c.required).map((c) => finding("missing-column", sheet.name, null, { column: c.header }));
    return { found: false, rows: [], findings };
  }
  if (found.missing.length > 0) {
    return { found: false, rows: [], findings: found.missing.map((h) => finding("missing-column", sheet.name, null, { column: h })) };
  }
  const columns: Record<string, number> = {};
  for (const [h, c] of Object.entries(found.columns)) columns[h] = c + left;
  const findings: Finding[] = [];
  const rows: TableRow[] = [];
  // Columns the table has, by grid index; optional ones it lacks read as blank.
  const specCols = spec.columns
    .filter((c) => found.columns[c.header] !== undefined)
    .map((c) => [c.header, found.columns[c.header]!] as const);
  const absent = spec.columns.filter((c) => found.columns[c.header] === undefined).map((c) => c.header);
  for (let r = found.headerRow + 1; r < end; r++) {
    const line = sheet.values[r]!;
    const raw: Record<string, Cell> = {};
    let empty = true;
    for (const [header, c] of specCols) {
      const v = line[c] ?? null;
      raw[header] = v;
      if (empty && v !== null && !(typeof v === "string" && v.trim() === "")) empty = false;
    }
    if (empty) continue;
    for (const header of absent) raw[header] = null;
    const ref: RowRef = { sheet: sheet.name, row: r + top, columns };
    const parsed = parseRow(spec, raw);
    let hasError = false;
    if (!parsed.ok) {
      for (const p of parsed.problems) {
        const col = spec.columns.find((c) => c.header === p.header)!;
        const params: Record<string, string | number> = { column: p.header, typed: typedText(raw[p.header] ?? null) };
        if (p.code === "unknown-value") params.allowed = (col.allowed ?? []).join(", ");
        if (p.code === "required") params.hint = HINTS[col.kind] ?? "ett värde";
        findings.push(finding(p.code, sheet.name, cellOf(ref, p.header), params));
        hasError = true;
      }
    }
    rows.push({ ref, values: parsed.values, raw, hasError });
  }
  return { found: true, rows, findings };
}
