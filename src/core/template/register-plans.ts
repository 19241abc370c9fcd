/**
 * Sheet plans for the register itself: the safety unit's four sheets and a
 * tab per partner, as real Excel tables with dropdowns, date formats, frozen
 * header rows and column widths. Built from the same layout the reader uses.
 * Used by `pledge init` (empty), `pledge demo` (filled) and the pane's
 * "create register" and "add partner tabs".
 */
import { a1Range, columnLetter } from "../address";
import type { Cell, Grid } from "../cell";
import { fitPlanToExcel } from "../plan/excel-limits";
import type { Validity } from "../pledge-calendar";
import { emptyPlan, type SheetPlan } from "../plan/sheet-plan";
import {
  ATGARDER_TABLE,
  INDIKATORER_TABLE,
  LOFTE_TABLE,
  PARTER_TABLE,
  PLEDGE_FIELDS,
  SHEET_NAMES,
  type TableSpec,
} from "../register/layout";
import { partnerTabPlan, type PartnerTabInput } from "./partner-tab-plan";
import { BLANK_ROWS, DATE_FORMAT, idSource, padGrid, placeTable, printSetup, tableRows, type ListSource } from "./table-placement";

export { partnerTabPlan, type PartnerTabInput };

function masterPlan(name: string, spec: TableSpec, values: Grid, lists: Record<string, ListSource> = {}): SheetPlan {
  const plan = emptyPlan(name, "register");
  const header = spec.columns.map((c) => c.header);
  const grid: Grid = values.length > 0 ? values : [header];
  const dataRows = tableRows(grid, 0, 0, header.length, BLANK_ROWS.master);
  plan.values = padGrid(grid, dataRows + 1, header.length);
  header.forEach((h, i) => (plan.values[0]![i] = h));
  placeTable(plan, spec, 0, 0, dataRows, spec.tableName, "TableStyleMedium2", { lists });
  plan.freeze = { rows: 1, columns: 0 };
  plan.activeCell = "A2";
  plan.print = printSetup(name, "1:1");
  return plan;
}

/**
 * The `Löfte` sheet's rows: its table's headers (`Fält`, `Värde`, from the layout), then one row
 * per pledge setting in the layout's order, holding `valueOf(field)` (blank in the empty template).
 */
export function lofteGrid(valueOf: (field: (typeof PLEDGE_FIELDS)[number]["field"]) => Cell = () => null): Grid {
  return [LOFTE_TABLE.columns.map((c) => c.header), ...PLEDGE_FIELDS.map((f): Cell[] => [f.field, valueOf(f.field)])];
}

/** The `Värde` cells of the pledge's date settings (`B6:B7`), at the rows the layout gives them, a range per run of rows. */
function lofteDateRanges(): string[] {
  const value = LOFTE_TABLE.columns.findIndex((c) => c.field === "value");
  const runs: { row: number; rows: number }[] = [];
  PLEDGE_FIELDS.forEach((f, i) => {
    if (f.kind !== "date") return;
    const last = runs[runs.length - 1];
    if (last && last.row + last.rows === i + 1) last.rows += 1;
    else runs.push({ row: i + 1, rows: 1 });
  });
  return runs.map((r) => a1Range(r.row, value, r.rows, 1));
}

function lofteValues(values: Grid): Grid {
  return values.length > 0 ? values : lofteGrid();
}

export interface RegisterPlanInput {
  lofte?: Grid;
  parter?: Grid;
  atgarder?: Grid;
  indikatorer?: Grid;
  partners?: PartnerTabInput[];
  /** Period labels offered in the Period dropdown (pledge tertials and years). */
  periods?: string[];
  /** The pledge's validity, for the partner tabs' date rule. */
  validity?: Validity | null;
}

/** All register sheets, in tab order. Empty input gives the empty template. */
export function registerPlans(input: RegisterPlanInput = {}): SheetPlan[] {
  const lofteRows = lofteValues(input.lofte ?? []);
  const lofte = masterPlan(SHEET_NAMES.lofte, LOFTE_TABLE, lofteRows);
  lofte.tables[0]!.range = a1Range(0, 0, Math.max(lofteRows.length, 2), LOFTE_TABLE.columns.length);
  lofte.values = lofte.values.slice(0, Math.max(lofteRows.length, 2));
  lofte.validations = [];
  lofte.numberFormats = lofte.numberFormats.filter((f) => !f.range.startsWith("A") && f.format !== "@");
  for (const range of lofteDateRanges()) {
    lofte.numberFormats.push({ range, format: DATE_FORMAT });
    // The dates stand beside their labels like the other settings, not at the far right of a wide column.
    lofte.styles.push({ range, style: { horizontal: "left" } });
  }
  const partnerIds = { Ansvarig: idSource(SHEET_NAMES.parter) };
  const plans = [
    lofte,
    masterPlan(SHEET_NAMES.parter, PARTER_TABLE, input.parter ?? []),
    masterPlan(SHEET_NAMES.atgarder, ATGARDER_TABLE, input.atgarder ?? [], partnerIds),
    masterPlan(SHEET_NAMES.indikatorer, INDIKATORER_TABLE, input.indikatorer ?? []),
    ...(input.partners ?? []).map((p, i) => partnerTabPlan(p, i + 1, { periods: input.periods ?? [], validity: input.validity ?? null })),
  ];
  // A person's text longer than a cell holds (written by another tool) is cut with a note, not refused by Excel.
  return plans.map(fitPlanToExcel);
}

/** Column letter helper re-exported for callers placing things next to tables. */
export { columnLetter };
