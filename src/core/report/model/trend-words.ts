/**
 * Words and scores the report shows for a trend and a target status. The
 * score drives the arrow icons (1 worse, 2 stable, 3 better: coloured by
 * better, not by up or down); the word says the same in black and white.
 */
import type { Indicator } from "../../register/types";
import type { Direction, TargetStatus } from "../../trends/trend-types";

export type TrendScore = 1 | 2 | 3;

export const STATUS_WORDS = {
  met: "Uppnått",
  "on-track": "Enligt plan",
  "at-risk": "Risk",
  "off-track": "Avviker",
  "no-data": "Saknar data",
  "no-target": "Mål saknas",
} as const satisfies Record<TargetStatus, string>;

/** `no-target` when the target is there but the baseline is not: "Mål saknas" beside a target would mislead. */
export const NO_BASELINE_WORD = "Utgång saknas";

export type StatusWord = (typeof STATUS_WORDS)[TargetStatus] | typeof NO_BASELINE_WORD;

/** The status's word; `no-target` says which of target and baseline is missing. */
export function statusWord(status: TargetStatus, baseline: number | null = null, target: number | null = null): StatusWord {
  if (status === "no-target" && target !== null && baseline === null) return NO_BASELINE_WORD;
  return STATUS_WORDS[status];
}

/**
 * 3 when clearly better, 1 when clearly worse, 2 when within 5 % or, for
 * counts, within normal variation; null without two values to compare.
 */
export function trendScore(direction: Direction, noise: boolean | null): TrendScore | null {
  if (direction === "unknown") return null;
  if (noise === true || direction === "stable") return 2;
  return direction === "improving" ? 3 : 1;
}

/** The note beside the arrow, so the trend survives black-and-white print. */
export function trendNote(direction: Direction, noise: boolean | null, unknown = "ingen jämförelse"): string {
  if (direction === "unknown") return unknown;
  if (noise === true) return "inom normal variation";
  if (direction === "stable") return "oförändrat (inom 5 %)";
  return direction === "improving" ? "bättre" : "sämre";
}

/** The unit as the table shows it: "antal", "procent", "index". */
export function unitWord(unit: Indicator["unit"]): string {
  return unit.toLowerCase();
}

/** Verb for a change in the indicator's own terms: fewer crimes "minskade". */
export function changeVerb(change: number): string {
  return change > 0 ? "ökade" : change < 0 ? "minskade" : "var oförändrat";
}
