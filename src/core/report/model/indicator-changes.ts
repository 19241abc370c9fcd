/**
 * Indicators fixed in advance, as the reports list them ("Ändrade
 * indikatorer"): every field that differs from what `Rapportlogg` locked at
 * the first report, old → new and since which report. The comparison is the
 * `indicator-changed` check's (`checks/indicator-changed.ts`); this only words
 * it for a reader.
 */
import type { IndicatorChange } from "../../checks/indicator-changed";
import { isoFromSerial } from "../../date";

export interface IndicatorChangeRow {
  id: string;
  /** The indicator's name: a reader never sees a code alone. */
  name: string;
  /** The column that changed on `Indikatorer`: "Målvärde", "Utgångsvärde", "Källa"… */
  field: string;
  /** As locked: "150", "POL, STG", "tomt". */
  old: string;
  /** As it stands now. */
  new: string;
  /** "Rapport T3 2024 (2025-01-10)", "2025-01-10", or "första rapporten" when the log gives neither. */
  since: string;
}

/** "Rapport T3 2024 (2025-01-10)": the report that locked the indicator and its day, as far as the log says. */
export function sinceText(change: Pick<IndicatorChange, "locked" | "lockedBy">): string {
  const day = change.locked === null ? null : isoFromSerial(change.locked);
  if (change.lockedBy && day) return `${change.lockedBy} (${day})`;
  return change.lockedBy ?? day ?? "första rapporten";
}

export function indicatorChangeRows(changes: readonly IndicatorChange[]): IndicatorChangeRow[] {
  return changes.map((c) => ({ id: c.id, name: c.name, field: c.field, old: c.old, new: c.new, since: sinceText(c) }));
}
