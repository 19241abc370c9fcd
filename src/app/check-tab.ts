/**
 * Use case: check one partner's tab as the partner types. Only the four
 * register sheets and the tab are read (one request), so it stays quick in a
 * big workbook; the findings returned are those on the tab.
 *
 * What the tab is checked against (the register sheets read, indexed and
 * checked: `core/checks/tab-check.ts`) is kept from one check to the next while
 * those sheets' cells are the same, so a keystroke on the tab checks the tab alone.
 */
import { checkRegister } from "../core/check-register";
import { checkOneTab, isMasterSheet, type RegisterContext, registerContext, sameMasters } from "../core/checks/tab-check";
import { findingsOnSheet, type Finding } from "../core/findings";
import type { WorkbookPort } from "./port";
import { REGISTER_SHEETS } from "./register-sheets";

export interface TabCheckRequest {
  tab: string;
  /** Today as an Excel serial. */
  today: number;
}

/** The last register context made; replaced when the register sheets or today differ. */
let kept: RegisterContext | null = null;

/** The findings on `tab`, in the check's order. */
export async function checkTab(port: WorkbookPort, request: TabCheckRequest): Promise<Finding[]> {
  const grids = await port.readSheets([...REGISTER_SHEETS, request.tab]);
  // A register sheet's own findings come from the whole check of what was read.
  if (isMasterSheet(request.tab)) return findingsOnSheet(checkRegister(grids, { today: request.today }).findings, request.tab);
  if (!kept || !sameMasters(kept, grids, request.today)) kept = registerContext(grids, request.today);
  return checkOneTab(kept, grids, request.tab);
}
