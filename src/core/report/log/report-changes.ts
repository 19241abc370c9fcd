/**
 * What changed since a tertial's report was last made: the log's latest row
 * for the same period against the data now, tab by tab. A report made again
 * on changed data never silently replaces the one that was sent; this is what
 * the person is told before choosing to keep both or replace.
 */
import type { LogEntry, ReportLog } from "./read-log";
import type { TabSummary } from "./tab-summary";

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

/** Null when the period was never reported, or its last report had the same data. */
export function changeSinceLast(
  log: ReportLog | null,
  now: { period: string; data: string; tabs: readonly TabSummary[] },
): ReportChange | null {
  const previous = lastEntryFor(log, now.period);
  if (!previous || previous.data === now.data) return null;
  const tabs: TabChange[] = [];
  if (previous.tabs.length > 0) {
    const then = new Map(previous.tabs.map((t) => [t.sheet, t] as const));
    for (const t of now.tabs) {
      const old = then.get(t.sheet);
      then.delete(t.sheet);
      if (!old || old.data !== t.data) tabs.push({ sheet: t.sheet, before: old?.rows ?? null, after: t.rows });
    }
    for (const old of then.values()) tabs.push({ sheet: old.sheet, before: old.rows, after: null });
  }
  return { previous, tabs };
}
