/**
 * zod schemas for a table's rows, built from the layout. Raw cells go through
 * explicit coercers (never `z.coerce`, which would turn "" into 0); a coercer's
 * failure becomes an issue whose `params.finding` is the finding code.
 *
 * A clean row (nearly every row) is parsed by calling the same per-cell parse
 * the schema wraps, column by column: zod's per-field bookkeeping cost about a
 * second for a register of 400 000 rows (see docs/performance.md). A row with
 * any problem goes through the zod schema, which lists its problems.
 */
import { z } from "zod/mini";
import type { Cell } from "../cell";
import type { FindingCode } from "../findings";
import { parsePeriod, type Period } from "../period";
import { type Coerced, isBlank, isErrorValue, toChoice, toCount, toDate, toId, toIdList, toNumber, toText } from "../values";
import type { ColumnSpec, TableSpec } from "./layout";

// zod would compile object parsers with `new Function`, which the pane's CSP forbids (and reports when
// zod probes for it). Only rows with problems reach zod here, so the compiled parser would gain nothing.
z.config({ jitless: true });

function toPeriod(cell: Cell): Coerced<Period> {
  if (isErrorValue(cell)) return { ok: false, code: "cell-error" };
  const p = parsePeriod(cell);
  return p ? { ok: true, value: p } : { ok: false, code: "invalid-period" };
}

function coercerFor(col: ColumnSpec): (cell: Cell) => Coerced<unknown> {
  switch (col.kind) {
    case "id":
      return toId;
    case "idList":
      return toIdList;
    case "text":
    case "freeText":
      return toText;
    case "date":
      return toDate;
    case "number":
      return toNumber;
    case "whole":
      return toCount;
    case "period":
      return toPeriod;
    case "choice":
      return (cell) => toChoice(cell, col.allowed ?? []);
  }
}

/** One cell of a column: blank optional cells are null (an empty list for ID lists), blank required ones `required`. */
export type CellParser = (cell: Cell) => Coerced<unknown>;

function cellParser(col: ColumnSpec): CellParser {
  const coerce = coercerFor(col);
  const blank: Coerced<unknown> = col.required ? { ok: false, code: "required" } : { ok: true, value: null };
  return (cell) => {
    if (isBlank(cell)) return col.kind === "idList" && !col.required ? { ok: true, value: [] } : blank;
    return coerce(cell);
  };
}

/** Schema of one cell of a column, wrapping its cell parser. */
export function columnSchema(col: ColumnSpec) {
  const parse = cellParser(col);
  return z.pipe(
    z.custom<Cell>((v) => v === null || ["string", "number", "boolean"].includes(typeof v)),
    z.transform((cell: Cell, ctx) => {
      const r = parse(cell);
      if (r.ok) return r.value;
      ctx.issues.push({ code: "custom", message: r.code, input: cell, params: { finding: r.code } });
      return z.NEVER;
    }),
  );
}

export type RowSchema = z.ZodMiniType<Record<string, unknown>, Record<string, Cell>>;

type ColumnSchema = ReturnType<typeof columnSchema>;
interface Built {
  row: RowSchema;
  columns: Record<string, ColumnSchema>;
  parsers: { header: string; parse: CellParser }[];
}
const cache = new Map<string, Built>();

function schemasOf(spec: TableSpec): Built {
  const hit = cache.get(spec.key);
  if (hit) return hit;
  const columns: Record<string, ColumnSchema> = {};
  for (const col of spec.columns) columns[col.header] = columnSchema(col);
  const parsers = spec.columns.map((col) => ({ header: col.header, parse: cellParser(col) }));
  const built = { row: z.object(columns) as unknown as RowSchema, columns, parsers };
  cache.set(spec.key, built);
  return built;
}

/** The row schema of a table: one key per header. */
export function rowSchema(spec: TableSpec): RowSchema {
  return schemasOf(spec).row;
}

export interface CellProblem {
  header: string;
  code: FindingCode;
}

/** Parses a row (cells by header, every header of the spec present, null when blank); gives the typed values, or the cell problems by header. */
export function parseRow(
  spec: TableSpec,
  cells: Record<string, Cell>,
): { ok: true; values: Record<string, unknown> } | { ok: false; values: Record<string, unknown>; problems: CellProblem[] } {
  const built = schemasOf(spec);
  const clean: Record<string, unknown> = {};
  let ok = true;
  for (const { header, parse } of built.parsers) {
    const r = parse(cells[header] ?? null);
    if (!r.ok) {
      ok = false;
      break;
    }
    clean[header] = r.value;
  }
  if (ok) return { ok: true, values: clean };

  const result = built.row.safeParse(cells);
  if (result.success) return { ok: true, values: result.data };
  const problems: CellProblem[] = result.error.issues.map((issue) => ({
    header: String(issue.path[0]),
    code: ((issue as { params?: { finding?: FindingCode } }).params?.finding ?? "required") as FindingCode,
  }));
  // Typed values of the cells that did parse, so relational checks can still use them.
  const values: Record<string, unknown> = {};
  const failed = new Set(problems.map((p) => p.header));
  for (const { header, parse } of built.parsers) {
    if (failed.has(header)) continue;
    const one = parse(cells[header] ?? null);
    if (one.ok) values[header] = one.value;
  }
  return { ok: false, values, problems };
}
