/**
 * How a table's cells are read, built from the layout: one cell reader per
 * column, and zod schemas around the same readers. Raw cells go through
 * explicit readers (never `z.coerce`, which would turn "" into 0); a reader's
 * failure becomes an issue whose `params.finding` is the finding code.
 *
 * Every row is read with the cell readers alone, which allocate nothing for a
 * good cell (a register has millions of them); a row's problems are the codes
 * its readers gave (`readTable`). The row's zod schema lists the same problems
 * with their columns (`rowProblems`), and tests hold the reading to it (see
 * docs/architecture.md).
 */
import { z } from "zod/mini";
import type { Cell } from "../cell";
import type { FindingCode } from "../findings";
import { parsePeriod, type Period } from "../period";
import { isBlank, isErrorValue, readChoice, readCount, readDate, readId, readIdList, readNumber, readText, Unreadable } from "../values";
import type { ColumnSpec, TableSpec } from "./layout";

// zod would compile object parsers with `new Function`, which the pane's CSP forbids (and reports when
// zod probes for it). Only rows with problems reach zod here, so the compiled parser would gain nothing.
z.config({ jitless: true });

function readPeriod(cell: Cell): Period | Unreadable {
  if (isErrorValue(cell)) return Unreadable.because("cell-error");
  return parsePeriod(cell) ?? Unreadable.because("invalid-period");
}

function readerFor(col: ColumnSpec): (cell: Cell) => unknown {
  switch (col.kind) {
    case "id":
      return readId;
    case "idList":
      return readIdList;
    case "text":
    case "freeText":
      return readText;
    case "date":
      return readDate;
    case "number":
      return readNumber;
    case "whole":
      return readCount;
    case "period":
      return readPeriod;
    case "choice": {
      const allowed = col.allowed ?? [];
      return (cell) => readChoice(cell, allowed);
    }
  }
}

/**
 * Reads one cell of a column: its typed value, or why it cannot be used. Blank
 * optional cells are null (an empty list for ID lists), blank required ones `required`.
 */
export type CellReader = (cell: Cell) => unknown;

function cellReader(col: ColumnSpec): CellReader {
  const read = readerFor(col);
  const blank = col.required ? Unreadable.because("required") : null;
  const emptyList = col.kind === "idList" && !col.required;
  return (cell) => {
    // Numbers and booleans are never blank: the blank test is left to text (this runs for every cell).
    if (cell === null || (typeof cell === "string" && isBlank(cell))) return emptyList ? [] : blank;
    return read(cell);
  };
}

/** Schema of one cell of a column, wrapping its cell reader. */
function columnSchema(col: ColumnSpec) {
  const read = cellReader(col);
  return z.pipe(
    z.custom<Cell>((v) => v === null || ["string", "number", "boolean"].includes(typeof v)),
    z.transform((cell: Cell, ctx) => {
      const value = read(cell);
      if (!(value instanceof Unreadable)) return value;
      ctx.issues.push({ code: "custom", message: value.code, input: cell, params: { finding: value.code } });
      return z.NEVER;
    }),
  );
}

/** A table's row schema: one field per header, each its column's schema (the type is zod's own inference). */
function rowObject(spec: TableSpec) {
  const columns: Record<string, ReturnType<typeof columnSchema>> = {};
  for (const col of spec.columns) columns[col.header] = columnSchema(col);
  return z.object(columns);
}

type RowSchema = ReturnType<typeof rowObject>;

interface Built {
  row: RowSchema;
  readers: CellReader[];
}
const cache = new Map<string, Built>();

function schemasOf(spec: TableSpec): Built {
  const hit = cache.get(spec.key);
  if (hit) return hit;
  const built = { row: rowObject(spec), readers: spec.columns.map(cellReader) };
  cache.set(spec.key, built);
  return built;
}

/** The cell reader of each of the spec's columns, in the spec's order. */
export function cellReaders(spec: TableSpec): readonly CellReader[] {
  return schemasOf(spec).readers;
}

export interface CellProblem {
  header: string;
  code: FindingCode;
}

/**
 * The problems of a row (cells by header, every header of the spec present, null when blank), in column order, as
 * its zod schema finds them: what `readTable` finds in its own reading (tests/core/register/row-problems.test.ts).
 */
export function rowProblems(spec: TableSpec, cells: Record<string, Cell>): CellProblem[] {
  const result = schemasOf(spec).row.safeParse(cells);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    header: String(issue.path[0]),
    code: ((issue as { params?: { finding?: FindingCode } }).params?.finding ?? "required") as FindingCode,
  }));
}
