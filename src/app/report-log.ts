/**
 * Use case: the Rapportlogg's versions and, per period, whether its latest
 * report still matches the data, from one read of the workbook. The same read
 * gives the whole check, so the pane's picture of the workbook is renewed with it.
 */
import { checkRegister, type CheckResult } from "../core/check-register";
import { logStatus, type LogStatus } from "../core/report/log/log-status";
import type { WorkbookPort } from "./port";

export interface ReportLogOutcome {
  check: CheckResult;
  /** Null when the workbook has no Rapportlogg yet. */
  log: LogStatus | null;
}

export async function readReportLogStatus(port: WorkbookPort, request: { today: number }): Promise<ReportLogOutcome> {
  const grids = await port.readAll();
  const check = checkRegister(grids, { today: request.today });
  return { check, log: logStatus(grids, check.register) };
}
