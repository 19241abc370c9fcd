/** Runs a workbook through every pure stage; throws only if a stage throws or gives malformed output. */
import { parseA1 } from "../../src/core/address";
import type { WorkbookGrids } from "../../src/core/cell";
import { checkRegister } from "../../src/core/check-register";
import { tertialsOfPledge } from "../../src/core/checks/pledge-periods";
import { serialFromYMD } from "../../src/core/date";
import { activityFigures } from "../../src/core/figures/activity-figures";
import { SEVERITY_OF } from "../../src/core/findings";
import { computeTrends } from "../../src/core/trends/trends";

export function runAllStages(grids: WorkbookGrids, extra?: (r: ReturnType<typeof checkRegister>) => void): void {
  const result = checkRegister(grids, { today: serialFromYMD(2025, 9, 5)! });
  for (const f of result.findings) {
    if (SEVERITY_OF[f.code] !== f.severity) throw new Error(`severity of ${f.code}`);
    if (f.cell !== null) parseA1(f.cell);
    if (typeof f.message !== "string" || f.message.length < 10 || /undefined|NaN|\[object/.test(f.message)) throw new Error(`bad message: ${f.message}`);
  }
  const tertials = result.register.pledge ? tertialsOfPledge(result.register.pledge).slice(0, 20) : [];
  for (const t of [result.tertial, ...tertials]) {
    if (!t) continue;
    const trends = computeTrends(result.register, t);
    JSON.stringify(trends);
    activityFigures(result.register, t);
  }
  extra?.(result);
}
