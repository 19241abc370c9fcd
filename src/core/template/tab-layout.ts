/**
 * Where things stand on a partner tab as the template lays it out, and what the
 * readers need to know of it: whether a sheet is such a tab (`isTemplateTab`) and
 * which ranges hold the rules the add-in owns (`ownedRuleRanges`). Kept apart from
 * the tab's plan (partner-tab-plan.ts) so the Excel adapter's read, which asks
 * about the rules, needs only this (the pane loads the adapter before the engine).
 */
import { a1Range } from "../address";
import type { Cell, SheetGrid } from "../cell";
import { AKTIVITETER_TABLE, PARTNER_TAB_GAP, PARTNER_TAB_TITLE_ROWS, VARDEN_TABLE } from "../register/layout";
import { TAB_TEXTS } from "./tab-texts";

/** Where things stand on a partner tab (0-based rows and columns). */
export const PARTNER_TAB = (() => {
  const headerRow = PARTNER_TAB_TITLE_ROWS;
  const activityCols = AKTIVITETER_TABLE.columns.length;
  const valuesLeft = activityCols + PARTNER_TAB_GAP;
  const valuesEnd = valuesLeft + VARDEN_TABLE.columns.length;
  const listsLeft = valuesEnd + PARTNER_TAB_GAP;
  return {
    headerRow,
    valuesLeft,
    listsLeft,
    width: listsLeft + 2,
    rows: { title: 0, reports: 1, heading: 2, help: 3 },
  } as const;
})();

/** Rows below the header that the validations cover, beyond the table's blank rows; Excel tables also carry them into rows they grow by. */
export const VALIDATED_ROWS = 1000;

/** The cell at (row, col) of the sheet, wherever its used range starts. */
export function cellOf(sheet: SheetGrid, row: number, col: number): Cell {
  return sheet.values[row - (sheet.top ?? 0)]?.[col - (sheet.left ?? 0)] ?? null;
}

const text = (v: Cell): string => (typeof v === "string" ? v.trim() : "");

/** The header row the template writes: both tables' headers and the lists' headings, each where the template puts it. */
export function isTemplateTab(sheet: SheetGrid): boolean {
  const { headerRow: h, valuesLeft, listsLeft } = PARTNER_TAB;
  const at = (col: number, wanted: string) => text(cellOf(sheet, h, col)) === wanted;
  return (
    AKTIVITETER_TABLE.columns.every((c, i) => at(i, c.header)) &&
    VARDEN_TABLE.columns.every((c, i) => at(valuesLeft + i, c.header)) &&
    at(listsLeft, TAB_TEXTS.lists.measures) &&
    at(listsLeft + 1, TAB_TEXTS.lists.indicators)
  );
}

/** The columns whose rules the refresh keeps current: every column the template validates. */
const OWNED_HEADERS = {
  activities: ["Datum", "Åtgärd-ID", "Status", "Tillfällen", "Deltagare", "Varav kvinnor/flickor", "Varav män/pojkar"],
  values: ["Period", "Indikator-ID", "Värde", "Kvinnor", "Män"],
} as const;

/** The owned columns (0-based), left to right. */
export const OWNED_RULE_COLUMNS: readonly number[] = [
  ...OWNED_HEADERS.activities.map((h) => AKTIVITETER_TABLE.columns.findIndex((c) => c.header === h)),
  ...OWNED_HEADERS.values.map((h) => PARTNER_TAB.valuesLeft + VARDEN_TABLE.columns.findIndex((c) => c.header === h)),
];

/** The range of an owned column the readers look at: its first 1 000 data rows, as the template validates them ("M6:M1005"). */
export function ownedRuleRange(col: number): string {
  return a1Range(PARTNER_TAB.headerRow + 1, col, VALIDATED_ROWS, 1);
}

/** Every owned column's range, in the order of `OWNED_RULE_COLUMNS` (what a reader asks Excel about on a partner tab). */
export function ownedRuleRanges(): string[] {
  return OWNED_RULE_COLUMNS.map(ownedRuleRange);
}
