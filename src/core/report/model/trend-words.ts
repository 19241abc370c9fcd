/**
 * Words and scores the report and the pane show for a trend (the status words
 * are in `trends/status-words.ts`). The
 * score drives the arrow icons (1 worse, 2 stable, 3 better: coloured by
 * better, not by up or down); the word says the same in black and white.
 */
import type { Indicator } from "../../register/types";
import { periodLabel } from "../../period";
import type { Direction, LeftOut } from "../../trends/trend-types";

export type TrendScore = 1 | 2 | 3;

/** The direction a reader is shown: a count's change within normal variation is no trend, so `stable`. */
export function shownDirection(direction: Direction, noise: boolean | null): Direction {
  return noise === true && direction !== "unknown" ? "stable" : direction;
}

/**
 * 3 when clearly better, 1 when clearly worse, 2 when within 5 % or, for
 * counts, within normal variation; null without two values to compare.
 */
export function trendScore(direction: Direction, noise: boolean | null): TrendScore | null {
  const shown = shownDirection(direction, noise);
  if (shown === "unknown") return null;
  if (shown === "stable") return 2;
  return shown === "improving" ? 3 : 1;
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

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} och ${parts[parts.length - 1]}`;
}

/**
 * Values left out by errors, as the indicator's row says it: "2025: utelämnat, fel på
 * fliken Polisen", so an older value is never read as the latest. When the period still
 * has a value from other rows, the shown value is that period's and the text says what it
 * lacks instead: "2025: utan en rad med fel på fliken Polisen". Null when
 * nothing was left out.
 */
export function leftOutText(leftOut: readonly LeftOut[]): string | null {
  if (leftOut.length === 0) return null;
  return leftOut
    .map((l) => {
      const where = `${l.tabs.length === 1 ? "fliken" : "flikarna"} ${joinAnd(l.tabs)}`;
      if (!l.kept) return `${periodLabel(l.period)}: utelämnat, fel på ${where}`;
      return `${periodLabel(l.period)}: utan ${l.rows === 1 ? "en rad" : `${l.rows} rader`} med fel på ${where}`;
    })
    .join("; ");
}

/** The note of a row: the trend's word, and what was left out by errors when anything was. */
export function rowNote(trend: string, leftOut: readonly LeftOut[]): string {
  const left = leftOutText(leftOut);
  return left === null ? trend : `${trend}; ${left}`;
}
