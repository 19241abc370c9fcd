/**
 * The live check of one partner tab, as its partner types: the same findings on
 * the tab as the whole check (`core/check-register.ts`) gives, without checking
 * the other 199 partners. What the tab is checked against — `Löfte` and the
 * master tables read, indexed and checked — is a `RegisterContext`, made once and
 * kept while those sheets' cells stay the same (`sameMasters`); each keystroke
 * then reads and checks the tab alone.
 */
import type { SheetGrid, WorkbookGrids } from "../cell";
import { sortFindings } from "../check-register";
import { findingsOnSheet, type Finding } from "../findings";
import { tertialHolding } from "../pledge-calendar";
import type { TertialPeriod } from "../period";
import { SHEET_NAMES } from "../register/layout";
import { readMasterSheets, readPartnerTabs, sheetByName } from "../register/read-register";
import { fold } from "../values";
import { checkActivities } from "./activity-checks";
import { checkCompleteness, reportGaps } from "./completeness";
import { type CheckContext, checkContext } from "./context";
import { checkMasterSheets } from "./master-checks";
import { checkValues } from "./value-checks";

const MASTER_SHEETS: readonly string[] = [SHEET_NAMES.lofte, SHEET_NAMES.parter, SHEET_NAMES.atgarder, SHEET_NAMES.indikatorer];

/** The register's own sheets, read and checked once for any number of tab checks. */
export interface RegisterContext {
  /** Copies of the sheets it was made from (`undefined` for one missing), in `MASTER_SHEETS`' order: a change made in place still shows. */
  readonly sheets: readonly (SheetGrid | undefined)[];
  readonly today: number;
  /** The master drafts indexed, after the master sheets' own checks (which mark rows with errors). */
  readonly ctx: CheckContext;
  /** The tertial completeness is judged for: the pledge tertial that holds today. */
  readonly tertial: TertialPeriod | null;
}

/** Whether `name` is one of the register's own sheets (not a partner tab). */
export function isMasterSheet(name: string): boolean {
  const key = fold(name);
  return MASTER_SHEETS.some((s) => fold(s) === key);
}

/** Reads and checks `Löfte`, `Parter`, `Åtgärder` and `Indikatorer` of `grids`. */
export function registerContext(grids: WorkbookGrids, today: number): RegisterContext {
  const masters = readMasterSheets(grids);
  const ctx = checkContext({ ...masters, tabs: [], sheetOrder: [], findings: [] }, today);
  checkMasterSheets(ctx);
  return {
    sheets: MASTER_SHEETS.map((name) => copyOf(sheetByName(grids, name))),
    today,
    ctx,
    tertial: masters.pledge ? tertialHolding(masters.pledge, today) : null,
  };
}

function copyOf(sheet: SheetGrid | undefined): SheetGrid | undefined {
  return sheet && { name: sheet.name, top: sheet.top ?? 0, left: sheet.left ?? 0, values: sheet.values.map((row) => [...row]) };
}

function sameGrid(a: SheetGrid | undefined, b: SheetGrid | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.name !== b.name || (a.top ?? 0) !== (b.top ?? 0) || (a.left ?? 0) !== (b.left ?? 0)) return false;
  if (a.values.length !== b.values.length) return false;
  for (let r = 0; r < a.values.length; r++) {
    const x = a.values[r]!;
    const y = b.values[r]!;
    if (x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) if (!Object.is(x[c], y[c])) return false;
  }
  return true;
}

/** Whether `context` still holds for `grids` on `today`: the register's own sheets have the same cells. */
export function sameMasters(context: RegisterContext, grids: WorkbookGrids, today: number): boolean {
  return context.today === today && MASTER_SHEETS.every((name, i) => sameGrid(context.sheets[i], sheetByName(grids, name)));
}

/**
 * The findings on partner tab `tab` of `grids`, in the check's order: those
 * `checkRegister(grids)` gives on it. `context` must hold for `grids`
 * (`sameMasters`); `tab` must not be one of the register's own sheets.
 */
export function checkOneTab(context: RegisterContext, grids: WorkbookGrids, tab: string): Finding[] {
  const base = context.ctx;
  const findings: Finding[] = [];
  const tabs = readPartnerTabs(grids, base.draft.partners, findings, tab);
  // The master drafts are shared; only the tab's findings are new.
  const ctx: CheckContext = { ...base, findings };
  for (const t of tabs) {
    checkActivities(ctx, t);
    checkValues(ctx, t);
  }
  if (context.tertial) checkCompleteness(ctx, reportGaps(ctx, tabs, context.tertial), context.tertial);
  return sortFindings(findingsOnSheet(findings, tab), [tab]);
}
