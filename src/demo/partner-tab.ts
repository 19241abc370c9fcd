/**
 * A partner's tab as the template lays it out: the template's rows above the
 * tables (title, what the partner reports, headings and help lines), then the
 * activities table (A–I) and, after one empty column, the values table (K–P),
 * each with its own number of rows, headers on row 5. The planted faults go in here.
 */
import { parseA1 } from "../core/address";
import type { Cell, Grid, SheetGrid } from "../core/cell";
import { AKTIVITETER_TABLE, PARTNER_TAB_GAP, PARTNER_TAB_TITLE_ROWS, VARDEN_TABLE } from "../core/register/layout";
import type { PartnerReports } from "../core/template/partner-reports";
import { partnerTabHead } from "../core/template/partner-tab-plan";
import type { DemoPartner } from "./demo-data";
import type { PlantedFaultSpec } from "./planted-faults";

const HEADER_ROW = PARTNER_TAB_TITLE_ROWS; // 0-based: row 5 on the sheet
const FIRST_DATA_ROW = HEADER_ROW + 1;
const VALUES_LEFT = AKTIVITETER_TABLE.columns.length + PARTNER_TAB_GAP;
const WIDTH = VALUES_LEFT + VARDEN_TABLE.columns.length;

/** Puts planted faults into one table's rows; each lands on the data row its cell names. */
export function plantInTable(rows: readonly (readonly Cell[])[], faults: readonly PlantedFaultSpec[]): Cell[][] {
  const out = rows.map((r) => [...r]);
  const at = (f: PlantedFaultSpec): number => parseA1(f.cell).row - FIRST_DATA_ROW;
  const inserts = faults.filter((f) => f.change.kind !== "set").sort((a, b) => at(a) - at(b));
  for (const f of inserts) {
    const i = at(f);
    if (i > out.length) throw new Error(`Planted ${f.code} at ${f.sheet}!${f.cell} is below the table`);
    if (f.change.kind === "insert") out.splice(i, 0, [...f.change.row]);
    else if (f.change.kind === "copy-previous") {
      const previous = out[i - 1];
      if (!previous) throw new Error(`Planted ${f.code} at ${f.sheet}!${f.cell} has no row above`);
      out.splice(i, 0, [...previous]);
    }
  }
  // Changes to existing rows come last, so they name the row where it finally stands.
  for (const f of faults) {
    if (f.change.kind !== "set") continue;
    const row = out[at(f)];
    if (!row) throw new Error(`Planted ${f.code} at ${f.sheet}!${f.cell} names no row`);
    for (const [col, value] of Object.entries(f.change.cells)) row[Number(col)] = value;
  }
  return out;
}

/** The tab's grid: rectangular, null where nothing is typed; `reports` is what the tab names as the partner's. */
export function partnerTab(
  partner: DemoPartner,
  reports: PartnerReports,
  activities: readonly (readonly Cell[])[],
  values: readonly (readonly Cell[])[],
): SheetGrid {
  const height = FIRST_DATA_ROW + Math.max(activities.length, values.length);
  const grid: Grid = Array.from({ length: height }, () => Array<Cell>(WIDTH).fill(null));
  const put = (row: number, col: number, cells: readonly Cell[]): void => {
    cells.forEach((c, i) => (grid[row]![col + i] = c));
  };
  partnerTabHead(partner.name, reports).forEach((line, r) => line.forEach((v, c) => c < WIDTH && v !== null && (grid[r]![c] = v)));
  put(
    HEADER_ROW,
    0,
    AKTIVITETER_TABLE.columns.map((c) => c.header),
  );
  put(
    HEADER_ROW,
    VALUES_LEFT,
    VARDEN_TABLE.columns.map((c) => c.header),
  );
  activities.forEach((r, i) => put(FIRST_DATA_ROW + i, 0, r));
  values.forEach((r, i) => put(FIRST_DATA_ROW + i, VALUES_LEFT, r));
  return { name: partner.tab, values: grid };
}
