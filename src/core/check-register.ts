/**
 * The whole check: grids → typed register (usable rows only) and every finding,
 * sorted by tab and cell so a partner finds their own.
 */
import { parseA1 } from "./address";
import type { WorkbookGrids } from "./cell";
import { checkActivities } from "./checks/activity-checks";
import { checkCompleteness } from "./checks/completeness";
import { checkContext } from "./checks/context";
import { checkMasterSheets } from "./checks/master-checks";
import { type TertialPeriod, tertialsOfPledge } from "./checks/pledge-periods";
import { checkValues } from "./checks/value-checks";
import { ymdFromSerial } from "./date";
import { countFindings, type Finding, type FindingCounts, SEVERITY_ORDER } from "./findings";
import { tertialIndex, tertialOfDate } from "./period";
import { buildRegister } from "./register/build-register";
import { readRegister } from "./register/read-register";
import type { Register } from "./register/types";

export interface CheckOptions {
  /** Today's date as an Excel serial. */
  today: number;
  /** The tertial completeness is judged for; default: the pledge tertial that holds today. */
  tertial?: TertialPeriod;
}

export interface CheckResult {
  register: Register;
  findings: Finding[];
  counts: FindingCounts;
  /** The tertial completeness was judged for (null without a readable pledge). */
  tertial: TertialPeriod | null;
}

/** The pledge tertial holding `today`, clamped to the pledge's first and last tertial. */
export function defaultTertial(register: Pick<Register, "pledge">, today: number): TertialPeriod | null {
  if (!register.pledge) return null;
  const all = tertialsOfPledge(register.pledge);
  if (all.length === 0) return null;
  const now = tertialIndex(tertialOfDate(ymdFromSerial(today)));
  const first = all[0]!;
  const last = all[all.length - 1]!;
  if (now <= tertialIndex(first)) return first;
  if (now >= tertialIndex(last)) return last;
  return all.find((t) => tertialIndex(t) === now)!;
}

export function sortFindings(findings: Finding[], sheetOrder: readonly string[]): Finding[] {
  const order = new Map(sheetOrder.map((s, i) => [s, i] as const));
  const pos = (f: Finding) => (f.cell ? parseA1(f.cell) : { row: -1, col: -1 });
  return [...findings].sort((a, b) => {
    const sa = order.get(a.sheet) ?? -1;
    const sb = order.get(b.sheet) ?? -1;
    if (sa !== sb) return sa - sb;
    const pa = pos(a);
    const pb = pos(b);
    if (pa.row !== pb.row) return pa.row - pb.row;
    if (pa.col !== pb.col) return pa.col - pb.col;
    return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code);
  });
}

export function checkRegister(grids: WorkbookGrids, options: CheckOptions): CheckResult {
  const draft = readRegister(grids);
  const ctx = checkContext(draft, options.today);
  checkMasterSheets(ctx);
  for (const tab of draft.tabs) {
    checkActivities(ctx, tab);
    checkValues(ctx, tab);
  }
  const register = buildRegister(draft);
  const tertial = options.tertial ?? defaultTertial(register, options.today);
  if (tertial) checkCompleteness(ctx, draft.tabs, tertial);
  const findings = sortFindings([...draft.findings, ...ctx.findings], draft.sheetOrder);
  return { register, findings, counts: countFindings(findings), tertial };
}
