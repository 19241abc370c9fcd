/**
 * The promise verdict in English, for the English pane: the same kinds as
 * promise-verdict.ts (the one owner of the rule), worded from the kind and the
 * period's activity count. One table per language; Swedish is promiseVerdict's text.
 */
import type { PromiseScope, VerdictKind } from "./promise-verdict";

const IN_SCOPE_EN: Record<PromiseScope, string> = { tertial: "in the tertial", pledge: "during the pledge" };

const activitiesEn = (n: number, scope: PromiseScope): string =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? "activity" : "activities"} ${IN_SCOPE_EN[scope]}`;

/** Every kind's English words, given the activities dated in the period. */
export const VERDICT_TEXT_EN: Record<VerdictKind, (activities: number, scope: PromiseScope) => string> = {
  done: () => "Completed",
  ongoing: (n, s) => `Ongoing – ${activitiesEn(n, s)}`,
  "ongoing-none-done": (n, s) => `Ongoing – ${activitiesEn(n, s)}, none completed`,
  "ongoing-idle": (_n, s) => `Ongoing but no activity ${IN_SCOPE_EN[s]}`,
  delayed: (n, s) => (n > 0 ? `Delayed – ${activitiesEn(n, s)}` : "Delayed"),
  cancelled: () => "Cancelled",
  "not-started": () => "Not started",
  "not-started-active": (n, s) => `Not started, but ${activitiesEn(n, s)}`,
  "no-status": (n, s) => `Status missing – ${activitiesEn(n, s)}`,
  "no-status-idle": (_n, s) => `Status missing, no activity ${IN_SCOPE_EN[s]}`,
};

export function promiseVerdictTextEn(kind: VerdictKind, activities: number, scope: PromiseScope): string {
  return VERDICT_TEXT_EN[kind](activities, scope);
}
