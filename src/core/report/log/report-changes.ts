/**
 * What changed since a tertial's report was last made: the log's latest row
 * for the same period against the data now, tab by tab. A report made again
 * on changed data never silently replaces the one that was sent; this is what
 * the person is told before choosing to keep both or replace.
 */
import type { Register } from "../../register/types";
import { dataFingerprint } from "../model/fingerprint";
import { WHOLE_REGISTER } from "../model/report-scope";
import type { LogEntry, ReportLog } from "./read-log";
import { type TabSummary, tabSummaries } from "./tab-summary";

export interface TabChange {
  sheet: string;
  /** Usable rows then (null: the tab was not recorded then) and now (null: gone). */
  before: number | null;
  after: number | null;
}

export interface ReportChange {
  /** The latest log row for the period. */
  previous: LogEntry;
  /** The tabs whose data differ; empty when the log did not record tabs (a log from another program). */
  tabs: TabChange[];
}

/** The latest entry the log holds for `period` (`T2 2025`, `Hela löftet`), or null. */
export function lastEntryFor(log: ReportLog | null, period: string): LogEntry | null {
  const entries = (log?.entries ?? []).filter((e) => e.period === period);
  return entries[entries.length - 1] ?? null;
}

/** The tabs whose rows or fingerprints differ between the log row and now. */
function changedTabs(then: readonly TabSummary[], now: readonly TabSummary[]): TabChange[] {
  const tabs: TabChange[] = [];
  const before = new Map(then.map((t) => [t.sheet, t] as const));
  for (const t of now) {
    const old = before.get(t.sheet);
    before.delete(t.sheet);
    if (!old || old.data !== t.data) tabs.push({ sheet: t.sheet, before: old?.rows ?? null, after: t.rows });
  }
  for (const old of before.values()) tabs.push({ sheet: old.sheet, before: old.rows, after: null });
  return tabs;
}

/**
 * Null when the period was never reported, or its last report had the same data. `now` is the data the
 * period's report is built from (`report/model/report-scope.ts`) and its tabs, asked for only when it differs.
 * A log row without `Flikar`'s scope line was written by an earlier version over the whole register: it is
 * compared with the whole register as it was made, not with the report's own data, which it never recorded.
 */
export function changeSinceLast(
  log: ReportLog | null,
  register: Register,
  now: { period: string; data: string; tabs: () => readonly TabSummary[] },
): ReportChange | null {
  const previous = lastEntryFor(log, now.period);
  if (!previous || previous.data === now.data) return null;
  if (previous.scope !== null) return { previous, tabs: previous.tabs.length > 0 ? changedTabs(previous.tabs, now.tabs()) : [] };
  if (previous.data === dataFingerprint(register, WHOLE_REGISTER)) return null;
  return { previous, tabs: previous.tabs.length > 0 ? changedTabs(previous.tabs, tabSummaries(register, WHOLE_REGISTER)) : [] };
}
