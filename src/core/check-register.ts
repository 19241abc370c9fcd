/**
 * The whole check: grids → typed register (usable rows only) and every finding,
 * sorted by tab and cell so a partner finds their own.
 */
import { parseA1 } from "./address";
import type { WorkbookGrids } from "./cell";
import { checkActivities } from "./checks/activity-checks";
import { checkCompleteness, type ReportGap, reportGaps, tablessPartners } from "./checks/completeness";
import { checkContext } from "./checks/context";
import { checkMasterSheets } from "./checks/master-checks";
import { checkIndicatorsFixed, type IndicatorChange } from "./checks/indicator-changed";
import { checkMeasuresWithoutActivity } from "./checks/promise-checks";
import { checkValues } from "./checks/value-checks";
import { countFindings, type Finding, type FindingCounts, SEVERITY_ORDER } from "./findings";
import type { TertialPeriod } from "./period";
import { tertialHolding } from "./pledge-calendar";
import { buildRegister } from "./register/build-register";
import { readRegister } from "./register/read-register";
import type { Pledge, Register } from "./register/types";
import { readReportLog } from "./report/log/read-log";

export interface CheckOptions {
  /** Today's date as an Excel serial. */
  today: number;
  /**
   * The tertial completeness is judged for, or how to pick it from the pledge
   * once read (a report's default tertial, `src/app/default-tertial.ts`);
   * by default the pledge tertial that holds today.
   */
  tertial?: TertialPeriod | ((pledge: Pledge) => TertialPeriod | null) | undefined;
}

export interface CheckResult {
  register: Register;
  findings: Finding[];
  counts: FindingCounts;
  /** The tertial completeness was judged for (null without a readable pledge). */
  tertial: TertialPeriod | null;
  /**
   * What each partner has reported for that tertial and what it owes, in `Parter`'s
   * order (partners without a tab last): the facts behind `no-report` and
   * `missing-value`, and what the reminders say.
   */
  gaps: ReportGap[];
  /** Indicator fields changed since `Rapportlogg` locked them: the `indicator-changed` findings, for the reports to list. */
  indicatorChanges: IndicatorChange[];
}

function tertialOf(pledge: Pledge | null, options: CheckOptions): TertialPeriod | null {
  const { tertial } = options;
  if (tertial !== undefined && typeof tertial !== "function") return tertial;
  if (!pledge) return null;
  return tertial ? tertial(pledge) : tertialHolding(pledge, options.today);
}

export function sortFindings(findings: Finding[], sheetOrder: readonly string[]): Finding[] {
  if (findings.length < 2) return [...findings];
  const order = new Map(sheetOrder.map((s, i) => [s, i] as const));
  // Each finding's place is worked out once, not at every comparison (40 000 findings: over a million address parses).
  const keyed = findings.map((f) => {
    const pos = f.cell ? parseA1(f.cell) : { row: -1, col: -1 };
    return { f, sheet: order.get(f.sheet) ?? -1, row: pos.row, col: pos.col, severity: SEVERITY_ORDER[f.severity] };
  });
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.severity - b.severity || a.f.code.localeCompare(b.f.code));
  return keyed.map((k) => k.f);
}

export function checkRegister(grids: WorkbookGrids, options: CheckOptions): CheckResult {
  const draft = readRegister(grids);
  const ctx = checkContext(draft, options.today);
  checkMasterSheets(ctx);
  const indicatorChanges = checkIndicatorsFixed(ctx, readReportLog(grids));
  for (const tab of draft.tabs) {
    checkActivities(ctx, tab);
    checkValues(ctx, tab);
  }
  const register = buildRegister(draft);
  const tertial = tertialOf(register.pledge, options);
  const gaps = tertial ? reportGaps(ctx, [...draft.tabs, ...tablessPartners(ctx, draft.tabs)], tertial) : [];
  if (tertial) {
    checkCompleteness(ctx, gaps, tertial);
    checkMeasuresWithoutActivity(ctx, draft.tabs, tertial);
  }
  const findings = sortFindings([...draft.findings, ...ctx.findings], draft.sheetOrder);
  return { register, findings, counts: countFindings(findings), tertial, gaps, indicatorChanges };
}
