/**
 * What a report is built from, so that its fingerprint, the rows it says it
 * read and left out, and the report log's "has the data changed since" speak
 * of that data and of nothing else. A tertial report reads the master tables,
 * the activities of its own tertial and the indicator values up to it (the
 * trends compare with earlier periods); a row typed for a later tertial does not
 * change it, so it must not make the pane say that its data has changed. The
 * Slutrapport reads the whole register.
 */
import { parsePeriod, periodLabel, tertialIndex, type Period, type TertialPeriod } from "../../period";
import { tertialIndexOf } from "../../pledge-calendar";
import type { ExcludedActivity, ExcludedValue, Register } from "../../register/types";
import { inReachOf } from "../../trends/trends";

/** A tertial report's data, or the whole register (the Slutrapport, and any period the log holds that is no tertial). */
export type ReportScope = { kind: "tertial"; tertial: TertialPeriod } | { kind: "whole" };

export const WHOLE_REGISTER: ReportScope = { kind: "whole" };

export const tertialScope = (tertial: TertialPeriod): ReportScope => ({ kind: "tertial", tertial });

/** The scope of a log row's `Period`: a tertial's, else the whole register (`Hela löftet`, a year, a typed text). */
export function scopeOfPeriod(period: string): ReportScope {
  const p = parsePeriod(period);
  return p?.kind === "tertial" ? tertialScope(p) : WHOLE_REGISTER;
}

/** A key per scope, for maps. */
export const scopeKey = (scope: ReportScope): string => (scope.kind === "whole" ? "*" : periodLabel(scope.tertial));

/** The tertial index whose activities the scope reads; null: all of them. */
export const activityTertial = (scope: ReportScope): number | null => (scope.kind === "whole" ? null : tertialIndex(scope.tertial));

/** Whether the scope reads an activity of this day. */
export function readsActivityOn(scope: ReportScope, day: number): boolean {
  return scope.kind === "whole" || tertialIndexOf(day) === tertialIndex(scope.tertial);
}

/** Whether the scope reads a value of period p (the trends' own reach, `inReachOf`). */
export function readsValueOf(scope: ReportScope, p: Period): boolean {
  return scope.kind === "whole" || inReachOf(p, scope.tertial);
}

/** Whether the scope would have read an activity row left out by an error: its date is in it, or does not read. */
export const readsExcludedActivity = (scope: ReportScope, a: ExcludedActivity): boolean => a.day === null || readsActivityOn(scope, a.day);

/** Whether the scope would have read a value row left out by an error: its period is in reach, or does not read. */
export const readsExcludedValue = (scope: ReportScope, v: ExcludedValue): boolean => v.period === null || readsValueOf(scope, v.period);

/**
 * Rows left out by errors that the report would have read: an activity row whose date falls in the scope, a
 * value row whose period does; a row whose date or period cannot be read might belong to any report, so it
 * counts in each. The whole register's: `excludedRows`.
 */
export function excludedInScope(register: Register, scope: ReportScope): number {
  if (scope.kind === "whole") return register.excludedRows;
  const values = register.excludedValues ?? [];
  const activities = register.excludedActivities;
  const count = values.filter((v) => readsExcludedValue(scope, v)).length;
  // A register made without them (by hand, in tests) knows no dates: every excluded activity counts.
  if (activities === undefined) return count + register.excludedRows - values.length;
  return count + activities.filter((a) => readsExcludedActivity(scope, a)).length;
}
