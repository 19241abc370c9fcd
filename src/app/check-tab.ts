/**
 * Use case: check one partner's tab as the partner types. Only the four
 * register sheets and the tab are read (one request), so it stays quick in a
 * big workbook; the findings returned are those on the tab.
 */
import { checkRegister } from "../core/check-register";
import { findingsOnSheet, type Finding } from "../core/findings";
import type { WorkbookPort } from "./port";
import { REGISTER_SHEETS } from "./register-sheets";

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
