/**
 * Keeping a partner tab's dropdown lists current (issue 14 item 6). The lists in
 * R:S ("Å4 – Polisiär närvaro i centrum", one a cell) and the line that names what
 * the partner reports (row 2) are written when the tab is made; when `Åtgärder` or
 * `Indikatorer` change afterwards (a measure added, renamed, a partner made
 * Medverkande) they go stale. Writing the Kontroll sheet or a report refreshes them
 * in the same write (the same round trips): for each tab laid out as the template
 * makes it whose lists or lines differ from what the template would write today, an
 * append plan (`SheetPlan.append`) with
 *
 *   - the new items under the lists' headings, and "" where an older, longer list had one;
 *   - row 2's lines, only where the cell still holds the add-in's line ("Era åtgärder: …");
 *   - the ID columns' dropdowns again, their source the new list's range, over the table's
 *     rows and at least the template's 1 000;
 *   - the rules of the tables' columns (Datum, the counts, Värde, Kvinnor, Män, Status,
 *     Period, the dropdowns) where the read shows them other than a tab made today gets
 *     (`partner-tab-rules.ts`: an older version's rule, the pledge's dates changed, a
 *     rule cleared), over the same rows.
 *
 * Nothing a person typed is written over: the tables' cells are left as they are (a
 * null in an append plan leaves its cell), and a tab whose header row is not the
 * template's (moved, or made by hand) is left alone. The items are those
 * `partnerTabPlan` writes (the same `partnerReports`), so a refreshed tab's lists
 * are those of a tab made today.
 */
import { a1Range } from "../address";
import type { Cell, SheetGrid, WorkbookGrids } from "../cell";
import { emptyPlan, type SheetPlan } from "../plan/sheet-plan";
import { readMasterSheets, sheetByName } from "../register/read-register";
import { SHEET_NAMES } from "../register/layout";
import { pledgePeriods } from "../pledge-calendar";
import { periodLabel } from "../period";
import { fold } from "../values";
import { partnerReports, type PartnerReports } from "./partner-reports";
import type { Validity } from "../pledge-calendar";
import { PARTNER_TAB, partnerTabPlan, unitLookupIn, VALIDATED_ROWS, type UnitLookup } from "./partner-tab-plan";
import { staleOwnedRules } from "./partner-tab-rules";
import { cellOf, isTemplateTab } from "./tab-layout";
import { TAB_TEXTS } from "./tab-texts";

export { isTemplateTab };

const { headerRow: H, valuesLeft: VALUES, listsLeft: LISTS, rows: ROWS } = PARTNER_TAB;

const text = (v: Cell): string => (typeof v === "string" ? v.trim() : "");

/** A list as it stands under its heading: the items down to the first empty cell. */
function listOn(sheet: SheetGrid, col: number): string[] {
  const items: string[] = [];
  for (let r = H + 1; ; r++) {
    const v = cellOf(sheet, r, col);
    if (v === null || v === "") return items;
    items.push(String(v));
  }
}

/** The list as the template writes it today (the same items, in the same column). */
function listOfPlan(plan: SheetPlan, col: number): string[] {
  const items: string[] = [];
  for (let r = H + 1; r < plan.values.length; r++) {
    const v = plan.values[r]![col];
    if (v === null || v === undefined || v === "") break;
    items.push(String(v));
  }
  return items;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export interface PartnerTabToRefresh {
  name: string;
  /** The tab as read. */
  sheet: SheetGrid;
  reports: PartnerReports;
}

/**
 * The append plan that brings one tab's lists and lines up to date; null when the
 * tab is not laid out as the template makes it, or nothing on it is stale.
 */
export interface RefreshOptions {
  periods: readonly string[];
  /** The pledge's validity, for the Datum rule a tab made today gets. */
  validity?: Validity | null;
  /** Where a percent row's unit is looked up (`unitLookupIn` the workbook). */
  unitLookup?: UnitLookup | null;
}

export function partnerTabRefresh(tab: PartnerTabToRefresh, options: RefreshOptions): SheetPlan | null {
  const { sheet } = tab;
  if (!isTemplateTab(sheet)) return null;
  // The tab the template would make today, without its rows: the lists, lines, dropdowns and rules come from it.
  const fresh = partnerTabPlan({ name: tab.name, tab: sheet.name, reports: tab.reports }, 1, {
    periods: options.periods,
    validity: options.validity ?? null,
    unitLookup: options.unitLookup,
  });
  const lists = [LISTS, LISTS + 1].map((col) => ({ col, now: listOn(sheet, col), wanted: listOfPlan(fresh, col) }));
  const lines = [
    { col: 0, label: TAB_TEXTS.measures.label },
    { col: VALUES, label: TAB_TEXTS.indicators.label },
  ]
    .map(({ col, label }) => ({
      col,
      label,
      now: text(cellOf(sheet, ROWS.reports, col)),
      wanted: String(fresh.values[ROWS.reports]![col]),
    }))
    // Only the add-in's own line is rewritten: a person who typed their own text there keeps it.
    .filter((l) => l.now.startsWith(`${l.label}:`) && l.now !== l.wanted);
  const staleLists = lists.filter((l) => !sameList(l.now, l.wanted));
  // The table's rows as they stand (a tab grown past the template's rows keeps its dropdowns over all of them).
  const lastRow = (sheet.top ?? 0) + sheet.values.length - 1;
  const validatedRows = Math.max(VALIDATED_ROWS, lastRow - H);
  const staleRules = staleOwnedRules(sheet.rules, fresh.validations, validatedRows);
  if (staleLists.length === 0 && lines.length === 0 && staleRules.length === 0) return null;

  const plan: SheetPlan = { ...emptyPlan(sheet.name, "register"), append: true };
  const put = (row: number, col: number, value: Cell) => {
    while (plan.values.length <= row) plan.values.push([]);
    const r = plan.values[row]!;
    while (r.length < col) r.push(null);
    r[col] = value;
  };
  for (const l of lines) {
    put(ROWS.reports, l.col, l.wanted);
    const height = fresh.rows.find((r) => r.row === ROWS.reports);
    if (height && !plan.rows.some((r) => r.row === ROWS.reports)) plan.rows.push({ ...height });
  }
  for (const l of staleLists) {
    l.wanted.forEach((item, k) => put(H + 1 + k, l.col, item));
    for (let k = l.wanted.length; k < l.now.length; k++) put(H + 1 + k, l.col, "");
    if (l.wanted.length > 0) plan.numberFormats.push({ range: a1Range(H + 1, l.col, l.wanted.length, 1), format: "@" });
    const width = fresh.columns[l.col];
    if (width && (plan.columns[l.col]?.width ?? 0) < width.width) plan.columns[l.col] = { ...width };
    // The dropdown of the ID column that takes its items from this list, its source the new range.
    const idCol = l.col === LISTS ? 1 : VALUES + 1;
    const header = l.col === LISTS ? "Åtgärd-ID" : "Indikator-ID";
    const dropdown = fresh.validations.find((v) => v.prompt?.title === header);
    if (dropdown) plan.validations.push({ ...dropdown, range: a1Range(H + 1, idCol, validatedRows, 1) });
  }
  // A dropdown renewed with its list above is not set twice.
  plan.validations.push(...staleRules.filter((v) => !plan.validations.some((w) => w.range === v.range)));
  return plan;
}

/**
 * Append plans for every partner tab of the workbook whose lists or lines are
 * stale against `Åtgärder` and `Indikatorer` as they stand, or whose rules
 * as read are not today's (see the file's head).
 */
export function staleTabListPlans(grids: WorkbookGrids): SheetPlan[] {
  const masters = readMasterSheets(grids);
  if (!sheetByName(grids, SHEET_NAMES.atgarder) && !sheetByName(grids, SHEET_NAMES.indikatorer)) return [];
  const periods = masters.pledge ? pledgePeriods(masters.pledge).map(periodLabel) : [];
  const options: RefreshOptions = { periods, validity: masters.pledge, unitLookup: unitLookupIn(grids) };
  const plans: SheetPlan[] = [];
  const seen = new Set<string>();
  // The first sheet of each comparison key, as sheetByName finds it, looked up once per partner.
  const byKey = new Map<string, SheetGrid>();
  for (const s of grids.sheets) if (!byKey.has(fold(s.name))) byKey.set(fold(s.name), s);
  for (const p of masters.partners) {
    const id = p.values["Part-ID"];
    const tab = p.values["Flik"];
    if (typeof id !== "string" || typeof tab !== "string") continue;
    const sheet = byKey.get(fold(tab));
    // A tab two partners name is the first one's, as the check reads it.
    if (!sheet || seen.has(fold(sheet.name)) || sheet.generated) continue;
    seen.add(fold(sheet.name));
    // Only a tab laid out as the template makes it has lists to refresh: the others cost no more than this look.
    if (!isTemplateTab(sheet)) continue;
    const name = String(p.values["Namn"] ?? "");
    const plan = partnerTabRefresh({ name, sheet, reports: partnerReports(masters, id) }, options);
    if (plan) plans.push(plan);
  }
  return plans;
}
