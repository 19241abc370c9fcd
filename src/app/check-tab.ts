/**
 * Use case: check one partner's tab as the partner types. Only the four
 * register sheets and the tab are read (one request), so it stays quick in a
 * big workbook; the findings returned are those on the tab.
 */
import { checkRegister } from "../core/check-register";
import { findingsOnSheet, type Finding } from "../core/findings";
import { SHEET_NAMES } from "../core/register/layout";
import type { WorkbookPort } from "./port";

/** The register's own sheets, which every partner tab is checked against. */
export const REGISTER_SHEETS: readonly string[] = [SHEET_NAMES.lofte, SHEET_NAMES.parter, SHEET_NAMES.atgarder, SHEET_NAMES.indikatorer];

export interface TabCheckRequest {
  tab: string;
  /** Today as an Excel serial. */
  today: number;
}

/** The findings on `tab`, in the check's order. */
export async function checkTab(port: WorkbookPort, request: TabCheckRequest): Promise<Finding[]> {
  const grids = await port.readSheets([...REGISTER_SHEETS, request.tab]);
  return findingsOnSheet(checkRegister(grids, { today: request.today }).findings, request.tab);
}
