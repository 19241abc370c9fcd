/**
 * zod schemas for a table's rows, built from the layout. Raw cells go through
 * explicit coercers (never `z.coerce`, which would turn "" into 0); a coercer's
 * failure becomes an issue whose `params.finding` is the finding code.
 */
import { z } from "zod";
import type { Cell } from "../cell";
import type { FindingCode } from "../findings";
import { parsePeriod, type Period } from "../period";
import { type Coerced, isBlank, isErrorValue, toChoice, toCount, toDate, toId, toIdList, toNumber, toText } from "../values";
import type { ColumnSpec, TableSpec } from "./layout";

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

/** Schema of one cell of a column: blank optional cells are null, blank required ones an issue. */
export function columnSchema(col: ColumnSpec) {
  const coerce = coercerFor(col);
  return z.custom<Cell>((v) => v === null || ["string", "number", "boolean"].includes(typeof v)).transform((cell, ctx) => {
    if (isBlank(cell)) {
      if (!col.required) return col.kind === "idList" ? [] : null;
      ctx.issues.push({ code: "custom", message: "required", input: cell, params: { finding: "required" } });
      return z.NEVER;
    }
    const r = coerce(cell);
    if (r.ok) return r.value;
    ctx.issues.push({ code: "custom", message: r.code, input: cell, params: { finding: r.code } });
    return z.NEVER;
  });
}

export type RowSchema = z.ZodType<Record<string, unknown>, Record<string, Cell>>;

type ColumnSchema = ReturnType<typeof columnSchema>;
const cache = new Map<string, { row: RowSchema; columns: Record<string, ColumnSchema> }>();

function schemasOf(spec: TableSpec) {
  const hit = cache.get(spec.key);
  if (hit) return hit;
  const columns: Record<string, ColumnSchema> = {};
  for (const col of spec.columns) columns[col.header] = columnSchema(col);
  const built = { row: z.object(columns) as unknown as RowSchema, columns };
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
  const result = rowSchema(spec).safeParse(cells);
  if (result.success) return { ok: true, values: result.data };
  const problems: CellProblem[] = result.error.issues.map((issue) => ({
    header: String(issue.path[0]),
    code: ((issue as { params?: { finding?: FindingCode } }).params?.finding ?? "required") as FindingCode,
  }));
  // Typed values of the cells that did parse, so relational checks can still use them.
  const values: Record<string, unknown> = {};
  const failed = new Set(problems.map((p) => p.header));
  for (const col of spec.columns) {
    if (failed.has(col.header)) continue;
    const one = schemasOf(spec).columns[col.header]!.safeParse(cells[col.header] ?? null);
    if (one.success) values[col.header] = one.data;
  }
  return { ok: false, values, problems };
}
