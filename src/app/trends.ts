/** Use case: indicator trends for a tertial's report. */
import { checkRegister, type CheckResult } from "../core/check-register";
import type { TertialPeriod } from "../core/checks/pledge-periods";
import { computeTrends, type TrendsResult } from "../core/trends/trends";
import type { WorkbookPort } from "./port";

export interface TrendsOutcome {
  check: CheckResult;
  trends: TrendsResult;
}

export async function runTrends(
  port: WorkbookPort,
  request: { today: number; tertial?: TertialPeriod | undefined },
): Promise<TrendsOutcome | null> {
  const grids = await port.readAll();
  const check = checkRegister(grids, request.tertial ? { today: request.today, tertial: request.tertial } : { today: request.today });
  const tertial = request.tertial ?? check.tertial;
  if (!tertial) return null;
  return { check, trends: computeTrends(check.register, tertial) };
}
