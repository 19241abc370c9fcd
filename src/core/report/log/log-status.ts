/**
 * The Rapportlogg as the pane shows it: every version made, grouped by period,
 * and for each period whether its latest report still matches the data (its
 * logged fingerprint against that of the data its report is built from now) or
 * what changed since, tab by tab.
 */
import type { WorkbookGrids } from "../../cell";
import { parsePeriod, tertialIndex } from "../../period";
import type { Register } from "../../register/types";
import { scopedData } from "../model/fingerprint";
import { scopeKey, scopeOfPeriod } from "../model/report-scope";
import { WHOLE_PLEDGE } from "./log-layout";
import { type LogEntry, readReportLog } from "./read-log";
import { changeSinceLast, type ReportChange } from "./report-changes";
import { tabSummaries } from "./tab-summary";

export interface PeriodStatus {
  /** `T2 2025`, `Hela löftet`, or the text as the log holds it. */
  period: string;
  /** Every version the log holds for the period, oldest first. */
  versions: LogEntry[];
  /** The fingerprint of the data the period's report is built from, now (`report/model/report-scope.ts`). */
  data: string;
  /** Null when the latest version's data is the data now: the report still matches. */
  change: ReportChange | null;
}

export interface LogStatus {
  /** The log's sheet as it stands in the workbook. */
  sheet: string;
  /** Tertials in time order, then the Slutrapport, then anything else in the log's order. */
  periods: PeriodStatus[];
}

/** Where a period sorts: tertials and years by time, `Hela löftet` after them, text the log holds last. */
function order(period: string): number {
  const p = parsePeriod(period);
  // A year after its last tertial.
  if (p) return p.kind === "tertial" ? tertialIndex(p) : tertialIndex({ year: p.year, tertial: 3 }) + 0.5;
  return period === WHOLE_PLEDGE ? Number.MAX_SAFE_INTEGER - 1 : Number.MAX_SAFE_INTEGER;
}

/** Null when the workbook has no log (no report was made yet). Each period is held to its own report's data. */
export function logStatus(grids: WorkbookGrids, register: Register): LogStatus | null {
  const log = readReportLog(grids);
  if (!log) return null;
  const byPeriod = new Map<string, LogEntry[]>();
  for (const e of log.entries) byPeriod.set(e.period, [...(byPeriod.get(e.period) ?? []), e]);
  // Every period's fingerprint in one pass over the register.
  const scopes = new Map([...byPeriod.keys()].map((period) => [period, scopeOfPeriod(period)] as const));
  const unique = [...new Map([...scopes.values()].map((s) => [scopeKey(s), s] as const)).values()];
  const prints = new Map(scopedData(register, unique).map((d, k) => [scopeKey(unique[k]!), d.data] as const));
  const periods = [...byPeriod.entries()]
    .map(([period, versions]) => {
      const scope = scopes.get(period)!;
      const data = prints.get(scopeKey(scope))!;
      const change = changeSinceLast(log, register, { period, data, tabs: () => tabSummaries(register, scope) });
      return { period, versions, data, change };
    })
    .sort((a, b) => order(a.period) - order(b.period));
  return { sheet: log.sheet, periods };
}
