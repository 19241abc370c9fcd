/** Use case: check the register in the workbook. */
import type { WorkbookGrids } from "../core/cell";
import { checkRegister, type CheckResult } from "../core/check-register";
import type { TertialPeriod } from "../core/period";
import type { WorkbookPort } from "./port";

export interface CheckRequest {
  /** Today as an Excel serial. */
  today: number;
  tertial?: TertialPeriod | undefined;
  /**
   * Called with the workbook as read, before the check runs over it (the pane shows the pledge from it while the
   * check runs, issue 16); the check waits for what it returns (the pane: until Start has drawn it). Must not change
   * the grids; what it throws or rejects with is left out (the check runs all the same).
   */
  onRead?: ((grids: WorkbookGrids) => void | Promise<void>) | undefined;
}

export async function runCheck(port: WorkbookPort, request: CheckRequest): Promise<CheckResult> {
  const grids = await port.readAll();
  if (request.onRead) {
    try {
      await request.onRead(grids);
    } catch {
      // Only a preview of what the check gives: the check below says the same or more.
    }
  }
  return checkRegister(grids, { today: request.today, tertial: request.tertial });
}
