/**
 * Promises kept: per measure, the safety unit's `Status` beside what was done
 * in the period (activities, of them `Genomförd`, occasions, participants), the
 * indicators it should move (`Åtgärder.Indikatorer`) by name with their status
 * words, and a plain verdict (`promise-verdict.ts`). Both reports show these
 * rows in their measures table; the pane shows the same through `promisesKept`.
 */
import { activityFigures, type MeasureFigures } from "../../figures/activity-figures";
import type { TertialPeriod } from "../../period";
import { pledgeTertials } from "../../pledge-calendar";
import type { Measure, Register } from "../../register/types";
import { statusWord } from "../../trends/status-words";
import type { TargetStatus } from "../../trends/trend-types";
import { overPledge } from "../../trends/over-pledge";
import { computeTrends } from "../../trends/trends";
import { idKey } from "../../values";
import { measureRow, type MeasureRow } from "./activity-rows";
import { promiseVerdict, type PromiseScope, type PromiseVerdict } from "./promise-verdict";

export type { PromiseScope, VerdictTone } from "./promise-verdict";

/** What a report says of an indicator: enough to name it and give its status. */
export interface IndicatorStatus {
  id: string;
  name: string;
  status: TargetStatus;
  /** "Enligt plan", "Uppnått", "Förbättrat, ej nått målet"… */
  statusWord: string;
}

/** An indicator a measure should move; status null when the indicator is not in the figures (its row has an error). */
export interface PromiseIndicator {
  id: string;
  /** Its name; its ID when the register holds no usable row for it. */
  name: string;
  status: TargetStatus | null;
  statusWord: string | null;
}

export interface PromiseRow extends MeasureRow {
  /** The indicators the measure should move, in `Åtgärder.Indikatorer`'s order. */
  indicators: PromiseIndicator[];
  verdict: PromiseVerdict;
}

function promiseIndicators(measure: Measure, statuses: ReadonlyMap<string, IndicatorStatus>): PromiseIndicator[] {
  const seen = new Set<string>();
  return measure.indicators.flatMap((id) => {
    const key = idKey(id);
    if (seen.has(key)) return [];
    seen.add(key);
    const s = statuses.get(key);
    return [s ? { id: s.id, name: s.name, status: s.status, statusWord: s.statusWord } : { id, name: id, status: null, statusWord: null }];
  });
}

/**
 * The register's measures as promise rows, from figures already computed (the
 * report models have them): `figures` for the period (per tertial, added up
 * for the whole pledge) and the indicators' statuses as the report shows them.
 */
export function promiseRows(
  register: Register,
  figures: readonly MeasureFigures[],
  indicators: readonly IndicatorStatus[],
  scope: PromiseScope,
): PromiseRow[] {
  const statuses = new Map(indicators.map((i) => [idKey(i.id), i] as const));
  return register.measures.map((m) => {
    const row = measureRow(register, m, figures);
    const verdict = promiseVerdict({ status: m.status, activities: row.figures.activities, completed: row.figures.completed, scope });
    return { ...row, indicators: promiseIndicators(m, statuses), verdict };
  });
}

/**
 * The promise rows on their own, for the pane: `tertial` for one tertial, or
 * "pledge" for the whole pledge (as the Slutrapport), figures up to and
 * including the tertial only. Example: `promisesKept(register, { kind: "tertial", year: 2025, tertial: 2 })`.
 */
export function promisesKept(register: Register, period: TertialPeriod | "pledge"): PromiseRow[] {
  const pledge = period === "pledge";
  const tertials = !pledge ? [period] : register.pledge ? pledgeTertials(register.pledge) : [];
  const last = tertials[tertials.length - 1];
  const trends = last ? computeTrends(register, last).indicators : [];
  const indicatorOf = new Map(register.indicators.map((i) => [idKey(i.id), i] as const));
  const statuses = trends.map((t): IndicatorStatus => {
    // Over the whole pledge the status is the Slutrapport's verdict on the latest value reported.
    const status = pledge ? overPledge(t, indicatorOf.get(idKey(t.id))!).status : t.status;
    return { id: t.id, name: t.name, status, statusWord: statusWord(status, t.baseline, t.target) };
  });
  const figures = tertials.flatMap((t) => activityFigures(register, t).byMeasure);
  return promiseRows(register, figures, statuses, pledge ? "pledge" : "tertial");
}
