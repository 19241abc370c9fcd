/**
 * The whole check: grids → typed register (usable rows only) and every finding,
 * sorted by tab and cell so a partner finds their own.
 */
import { parseA1, scanA1 } from "./address";
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

/**
 * The column (in `places[2k]`) and row (in `places[2k + 1]`), 0-based, of an address as the checks write it
 * (`a1`: 1–3 letters, then 1–7 digits), read by `scanA1` without a regular expression; any other address goes to
 * `parseA1`. Sorting a large register's 40 000 findings made a match and an object for each (6 MB of garbage).
 */
function placeOf(cell: string, places: Int32Array, k: number): void {
  const p = scanA1(cell);
  if (p.letters >= 1 && p.letters <= 3 && p.digits >= 1 && p.digits <= 7 && p.whole) {
    places[2 * k] = p.col - 1;
    places[2 * k + 1] = p.row - 1;
    return;
  }
  const pos = parseA1(cell);
  places[2 * k] = pos.col;
  places[2 * k + 1] = pos.row;
}

export function sortFindings(findings: Finding[], sheetOrder: readonly string[]): Finding[] {
  if (findings.length < 2) return [...findings];
  const order = new Map(sheetOrder.map((s, i) => [s, i] as const));
  // Each finding's place is worked out once, not at every comparison (40 000 findings: over a million address
  // parses), into arrays of numbers: the findings are sorted by index, which keeps the order of equal ones.
  const n = findings.length;
  const sheets = new Int32Array(n);
  const places = new Int32Array(2 * n);
  const severities = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const f = findings[k]!;
    sheets[k] = order.get(f.sheet) ?? -1;
    severities[k] = SEVERITY_ORDER[f.severity];
    if (f.cell) placeOf(f.cell, places, k);
    else places[2 * k] = places[2 * k + 1] = -1;
  }
  // Plain loops, not Array.from and map with a callback: run once a check, those were 8 ms of a large register's check.
  const index: number[] = [];
  for (let k = 0; k < n; k++) index.push(k);
  index.sort(
    (a, b) =>
      sheets[a]! - sheets[b]! ||
      places[2 * a + 1]! - places[2 * b + 1]! ||
      places[2 * a]! - places[2 * b]! ||
      severities[a]! - severities[b]! ||
      findings[a]!.code.localeCompare(findings[b]!.code),
  );
  const sorted: Finding[] = [];
  for (let k = 0; k < n; k++) sorted.push(findings[index[k]!]!);
  return sorted;
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
  // concat, not a spread: spreading the 40 000 findings of a large register made an iterator result for each (1.5 MB).
  const findings = sortFindings(draft.findings.concat(ctx.findings), draft.sheetOrder);
  return { register, findings, counts: countFindings(findings), tertial, gaps, indicatorChanges };
}
