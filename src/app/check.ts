/** Use case: check the register in the workbook. */
import { checkRegister, type CheckResult } from "../core/check-register";
import type { TertialPeriod } from "../core/period";
import type { WorkbookPort } from "./port";

export interface CheckRequest {
  /** Today as an Excel serial. */
  today: number;
  tertial?: TertialPeriod | undefined;
}

export async function runCheck(port: WorkbookPort, request: CheckRequest): Promise<CheckResult> {
  const grids = await port.readAll();
  return checkRegister(grids, request);
}
