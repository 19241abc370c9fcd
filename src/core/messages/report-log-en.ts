/** The English counterpart of `report-log-sv.ts`, for the English pane: what changed since a report was last made. */
import type { ReportChange, TabChange } from "../report/log/report-changes";
import { WHOLE_PLEDGE } from "../report/log/log-layout";
import { momentText } from "./report-log-sv";

const rows = (n: number) => `${n} ${n === 1 ? "row" : "rows"}`;

/** "the whole pledge" for the Slutrapport's `Hela löftet`; a tertial label as it is. */
function periodTextEn(period: string): string {
  return period === WHOLE_PLEDGE ? "the whole pledge" : period;
}

/** "Polisen: 12 → 14 rows", "Åtgärder: changed (9 rows)", "Ny flik: new (3 rows)". */
export function tabChangeTextEn(t: TabChange): string {
  if (t.after === null) return `${t.sheet}: no longer there (had ${rows(t.before ?? 0)})`;
  if (t.before === null) return `${t.sheet}: new (${rows(t.after)})`;
  if (t.before === t.after) return `${t.sheet}: changed (${rows(t.after)})`;
  return `${t.sheet}: ${t.before} → ${rows(t.after)}`;
}

/** One paragraph: when the report was made, and what has changed since, sheet by sheet. */
export function reportChangeTextEn(change: ReportChange, period: string): string {
  const p = change.previous;
  const when = p.created === null ? "on an unknown date" : momentText(p.created);
  const head = `The report for ${periodTextEn(period)} was made ${when} (data ${p.data || "unknown"}${p.sheet ? `, sheet ${p.sheet}` : ""}), and the data has changed since`;
  if (change.tabs.length === 0) return `${head}. The report log does not say which sheets changed.`;
  return `${head}: ${change.tabs.map(tabChangeTextEn).join("; ")}.`;
}
