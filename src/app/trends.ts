/** Use case: indicator trends for a tertial's report. */
import { checkRegister, type CheckResult } from "../core/check-register";
import type { TertialPeriod } from "../core/period";
import { computeTrends, type TrendsResult } from "../core/trends/trends";
import { defaultReportTertial } from "./default-tertial";
import type { WorkbookPort } from "./port";

export interface TrendsOutcome {
  check: CheckResult;
  trends: TrendsResult;
}

export async function runTrends(
  port: WorkbookPort,
  /** `tertial`: default, the report's (`defaultReportTertial`). */
  request: { today: number; tertial?: TertialPeriod | undefined },
): Promise<TrendsOutcome | null> {
  const grids = await port.readAll();
  const check = checkRegister(grids, { today: request.today, tertial: request.tertial ?? ((p) => defaultReportTertial(p, request.today)) });
  const tertial = check.tertial;
  if (!tertial) return null;
  return { check, trends: computeTrends(check.register, tertial) };
}
