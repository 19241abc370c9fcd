/**
 * Reading a report plan's tables by their header row, not by fixed sheet
 * columns: each table lays its columns on the sheet's shared grid, a column
 * covering (merged) as many sheet columns as its width needs.
 */
import { a1Range, parseRange } from "../../../../src/core/address";
import type { Cell } from "../../../../src/core/cell";
import type { SheetPlan } from "../../../../src/core/plan/sheet-plan";

/** The first row whose first cell is `text`. */
export function rowStarting(plan: SheetPlan, text: string): number {
  const row = plan.values.findIndex((r) => r[0] === text);
  if (row < 0) throw new Error(`no row starting with ${text}`);
  return row;
}

/** The sheet columns where a table's header row has text: the first sheet column of each of its columns. */
export const columnStarts = (plan: SheetPlan, header: number): number[] =>
  plan.values[header]!.flatMap((v, c) => (v === null ? [] : [c]));

/** Row `row` read as the table whose header is `header`: one cell per table column. */
export const tableRow = (plan: SheetPlan, header: number, row: number): Cell[] =>
  columnStarts(plan, header).map((c) => plan.values[row]![c] ?? null);

/** The merge whose top-left cell is (row, col), if any. */
export const mergeAt = (plan: SheetPlan, row: number, col: number) =>
  plan.merges.map(parseRange).find((m) => m.row === row && m.col === col);

/** Sheet columns the cell at (row, col) covers: its merge's, else 1. */
export const spanAt = (plan: SheetPlan, row: number, col: number): number => mergeAt(plan, row, col)?.cols ?? 1;

/** Printed width in characters of the cell at (row, col), over the sheet columns it covers (padding counted once). */
export function cellWidth(plan: SheetPlan, row: number, col: number): number {
  let px = 0;
  for (let c = col; c < col + spanAt(plan, row, col); c++) px += plan.columns[c]!.width * 7 + 5;
  return (px - 5) / 7;
}

/** The sheet columns a table's header row covers: from its first column to past its last column's span. */
export function tableColumns(plan: SheetPlan, header: number): { first: number; end: number } {
  const starts = columnStarts(plan, header);
  const last = starts[starts.length - 1]!;
  return { first: starts[0]!, end: last + spanAt(plan, header, last) };
}

/** The A1 range of rows `row`..`row + rows - 1` across a table's columns. */
export function acrossTable(plan: SheetPlan, header: number, row: number, rows = 1): string {
  const { first, end } = tableColumns(plan, header);
  return a1Range(row, first, rows, end - first);
}

/** The A1 range of a whole sheet row (every column of the plan). */
export const wholeRow = (plan: SheetPlan, row: number): string => a1Range(row, 0, 1, plan.columns.length);
