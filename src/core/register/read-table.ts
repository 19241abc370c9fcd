/**
 * Reads a table's data rows below its header row into typed values
 * (`TableData`), with a finding for every cell that cannot be used. Entirely
 * empty rows are skipped.
 */
import { a1 } from "../address";
import type { Cell, SheetGrid } from "../cell";
import type { Finding } from "../findings";
import { finding } from "../messages/catalogue";
import { dotGroupedReadings, isBlank, typedText, Unreadable } from "../values";
import { type FoundTable, findTable } from "./find-table";
import type { TableSpec } from "./layout";
import { blankIsNull, isPlain, PlainRowTest, plainOf, readBack } from "./read-plain";
import { type CellProblem, cellReaders } from "./row-schema";
import { TableData } from "./table-data";
import type { RowRef } from "./types";

export { TableData, type TableRow } from "./table-data";

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

export interface ReadOptions {
  /** The table as found already (null: not found); found here when absent. */
  found?: FoundTable | null;
  /** Grid row where the table's data ends (exclusive): another table's header row below it. */
  endRow?: number;
}

/**
 * What a sum row starts with: Excel's table total row ("Summa", "Totalt"), or
 * one typed by hand under the rows ("Summa:", "Totalsumma").
 */
const TOTALS_WORD = /^(summa|totalt?|totals|totalsumma|delsumma|summering|sum)\s*:?$/i;

/**
 * Findings for the cells of a row that cannot be used: `problems` holds, in column order, the code of each cell
 * its reader could not read, as the row's zod schema lists them (`rowProblems`; tests/core/register/row-problems.test.ts
 * holds the two to the same list). The codes come from the reading itself: the 3 000 rows with a problem of a
 * large register took 60 ms through zod again.
 */
function problemFindings(data: TableData, i: number, problems: readonly CellProblem[], findings: Finding[]): void {
  const { spec } = data;
  // A sum row is one mistake, not a finding per empty cell: say what it is at its first cell.
  const first = spec.columns[0]!.header;
  const head = data.cell(i, 0);
  if (typeof head === "string" && TOTALS_WORD.test(head.trim()) && problems[0]?.header === first) {
    const params = { column: first, typed: typedText(head), totals: 1 };
    findings.push(finding(problems[0].code, data.sheet, data.cellAt(i, first), params));
    return;
  }
  for (const p of problems) {
    const c = spec.columns.findIndex((col) => col.header === p.header);
    const col = spec.columns[c]!;
    const params: Record<string, string | number> = { column: p.header, typed: typedText(data.cell(i, c)) };
    if (p.code === "unknown-value") params.allowed = (col.allowed ?? []).join(", ");
    // What to type, by the column's kind: each catalogue words it (sv.ts, en.ts).
    if (p.code === "required") params.hint = col.kind;
    // A count's example is a whole number: "3,5" would be not-a-whole-number next.
    if (p.code === "not-a-number" && col.kind === "whole") params.whole = 1;
    // "1.080": both readings, and what to type for each (the catalogue words it).
    if (p.code === "not-a-number") {
      const readings = dotGroupedReadings(data.cell(i, c));
      if (readings) {
        params.thousands = readings.thousands;
        if (readings.decimal !== null) params.decimal = readings.decimal;
      }
    }
    findings.push(finding(p.code, data.sheet, data.cellAt(i, p.header), params));
  }
}

/** The blank test, bound once: where tsx runs the code, an imported function is read through a getter at every call. */
const blank = isBlank;

/** Whether a line holds nothing in the table's columns. */
function isEmptyLine(line: readonly Cell[], present: readonly number[]): boolean {
  for (let k = 0; k < present.length; k++) {
    const v = line[present[k]!];
    if (v === null || v === undefined) continue;
    // Most cells of an empty line are null, and a number or a truth value is never blank: only text needs the test.
    if (typeof v !== "string" || !blank(v)) return false;
  }
  return true;
}

/**
 * The grid line after a table's last line with anything in its columns (`from` when there is none), found from the
 * bottom up: a partner tab's values table stands beside the activities and is read over their ~2 000 lines, nearly
 * all empty in its columns, and lines below its last value are skipped at once instead of each tested as a row first.
 * The lines it leaves out are exactly those `isEmptyLine` would skip (a blank or whitespace-only text, null, a
 * missing cell), so the rows read are the same.
 */
function endOfLines(values: readonly (readonly Cell[])[], from: number, end: number, present: readonly number[]): number {
  for (let r = end - 1; r >= from; r--) {
    const line = values[r]!;
    for (let k = 0; k < present.length; k++) {
      const v = line[present[k]!];
      if (v === null || v === undefined || v === "") continue;
      if (typeof v !== "string" || !blank(v)) return r + 1;
    }
  }
  return from;
}

/** Most texts remembered per column: IDs and choices repeat, and a table of distinct IDs gains nothing. */
const MEMO_SIZE = 1000;

export function readTable(sheet: SheetGrid, spec: TableSpec, options: ReadOptions = {}): ReadTable {
  const found = options.found === undefined ? findTable(sheet, spec) : options.found;
  const last = Math.min(options.endRow ?? sheet.values.length, sheet.values.length);
  const top = sheet.top ?? 0;
  const left = sheet.left ?? 0;
  if (!found) {
    const findings = spec.columns.filter((c) => c.required).map((c) => finding("missing-column", sheet.name, null, { column: c.header }));
    return { found: false, data: TableData.empty(sheet.name, spec), findings };
  }
  if (found.missing.length > 0) {
    const findings = found.missing.map((h) => finding("missing-column", sheet.name, null, { column: h }));
    return { found: false, data: TableData.empty(sheet.name, spec), findings };
  }
  const columns: Record<string, number> = {};
  for (const [h, c] of Object.entries(found.columns)) columns[h] = c + left;
  const at = spec.columns.map((c) => found.columns[c.header] ?? -1);
  const present = at.filter((c) => c >= 0);
  const end = endOfLines(sheet.values, found.headerRow + 1, last, present);
  const readers = cellReaders(spec);
  // An ID or a choice repeats down a column (a few measures, four statuses): each text is read once per table.
  const memos = spec.columns.map((c) => (c.kind === "id" || c.kind === "choice" ? new Map<string, unknown>() : null));
  // Cells the reader would give back as they are are settled without it (`read-plain.ts`): a row at once where it can.
  const plains = spec.columns.map((c) => plainOf(c.kind));
  const choices = spec.columns.map((c, k) => readBack(c, readers[k]!));
  const blankIsPlain = spec.columns.map(blankIsNull);
  const rowTest = PlainRowTest.of(spec.columns, at, choices);
  const data = new TableData(sheet.name, spec, sheet.values, top, columns, at, Math.max(0, end - found.headerRow - 1));
  const findings: Finding[] = [];
  for (let r = found.headerRow + 1; r < end; r++) {
    const line = sheet.values[r]!;
    if (rowTest !== null && rowTest.test(line)) {
      data.add(r);
      continue;
    }
    if (isEmptyLine(line, present)) continue;
    const i = data.add(r);
    let problems: CellProblem[] | null = null;
    for (let c = 0; c < at.length; c++) {
      const cell = at[c]! < 0 ? null : (line[at[c]!] ?? null);
      if (cell === null ? blankIsPlain[c]! : isPlain(plains[c]!, cell, choices[c]!)) continue;
      const memo = memos[c]!;
      let value: unknown;
      if (memo !== null && typeof cell === "string") {
        value = memo.get(cell);
        if (value === undefined) {
          value = readers[c]!(cell);
          if (memo.size < MEMO_SIZE) memo.set(cell, value);
        }
      } else value = readers[c]!(cell);
      // Nearly every cell is its own typed value; only the others are kept.
      if (value === cell) continue;
      if (value instanceof Unreadable) {
        (problems ??= []).push({ header: spec.columns[c]!.header, code: value.code });
        data.keep(i, c, undefined);
      } else data.keep(i, c, value);
    }
    if (problems !== null) {
      data.markError(i);
      problemFindings(data, i, problems, findings);
    }
  }
  return { found: true, data, findings };
}
