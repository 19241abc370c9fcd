/**
 * How an indicator's numbers go into cells: a number with the indicator's
 * format, or, for annual indicators, text with the year ("3,1 (2024)") so
 * the reader sees which year a value is from.
 */
import type { Cell } from "../../cell";
import { periodLabel } from "../../period";
import type { PeriodValue } from "../../trends/trend-types";
import type { IndicatorRowBase } from "../model/indicator-rows";
import { changeFormat, numberFormat } from "./report-styles";
import { formatNumberSv } from "../../swedish-format";

export const NONE = "—";

export interface CellWithFormat {
  value: Cell;
  format: string | null;
}

type Unit = "Antal" | "Procent" | "Index";

/**
 * Decimals per unit for a whole report: every percent (count, index) of its tables is shown
 * with as many decimals as the one that needs most, so a column never mixes "44,0 %" and
 * "48 %", nor the women's table the indicator table. Each row keeps its own unit.
 */
export function unitDecimals(rows: readonly { unit: Unit; decimals: number }[]): (row: { unit: Unit }) => number {
  const most = new Map<Unit, number>();
  for (const r of rows) most.set(r.unit, Math.max(most.get(r.unit) ?? 0, r.decimals));
  return (row) => most.get(row.unit) ?? 0;
}

export function numberCell(value: number | null, unit: Unit, decimals: number): CellWithFormat {
  return value === null ? { value: NONE, format: null } : { value, format: numberFormat(unit, decimals) };
}

export function changeCell(value: number | null, unit: Unit, decimals: number): CellWithFormat {
  return value === null ? { value: NONE, format: null } : { value, format: changeFormat(unit, decimals) };
}

/** "3,1 (2024)" or "41,5 % (2025)". */
function valueWithYear(v: PeriodValue, unit: Unit, decimals: number): string {
  return `${formatNumberSv(v.value, decimals)}${unit === "Procent" ? " %" : ""} (${periodLabel(v.period)})`;
}

/** A period's value: a plain number for tertial indicators, text with the year for annual ones. */
export function periodCell(v: PeriodValue | null, unit: Unit, decimals: number, annual: boolean): CellWithFormat {
  if (v === null) return { value: NONE, format: null };
  return annual ? { value: valueWithYear(v, unit, decimals), format: null } : numberCell(v.value, unit, decimals);
}

/** Splits cells-with-formats into the two parallel rows a table takes. */
function splitRow(cells: readonly (CellWithFormat | Cell)[]): { cells: Cell[]; formats: (string | null)[] } {
  const isPair = (c: CellWithFormat | Cell): c is CellWithFormat => c !== null && typeof c === "object";
  return {
    cells: cells.map((c) => (isPair(c) ? c.value : c)),
    formats: cells.map((c) => (isPair(c) ? c.format : null)),
  };
}

export function splitRows(rows: readonly (readonly (CellWithFormat | Cell)[])[]): { cells: Cell[][]; formats: (string | null)[][] } {
  const split = rows.map(splitRow);
  return { cells: split.map((s) => s.cells), formats: split.map((s) => s.formats) };
}

/**
 * A row of both reports' indicator tables (report-tables.ts `indicatorColumns`): the indicator, its unit
 * and baseline, the report's own `values`, then the change, the trend score, the comment, the target
 * and the status word.
 */
export function indicatorCells(
  i: Pick<IndicatorRowBase, "name" | "unitWord" | "baseline" | "change" | "score" | "note" | "target" | "statusWord" | "unit">,
  decimals: number,
  values: readonly (Cell | CellWithFormat)[],
): (Cell | CellWithFormat)[] {
  return [
    i.name,
    i.unitWord,
    numberCell(i.baseline, i.unit, decimals),
    ...values,
    changeCell(i.change, i.unit, decimals),
    i.score,
    i.note,
    numberCell(i.target, i.unit, decimals),
    i.statusWord,
  ];
}
