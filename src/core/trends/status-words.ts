/**
 * The words for a target status, in Swedish (the reports, the pane) and
 * English (the pane in an English Office): the one owner. A status is a
 * forecast while the pledge runs and a verdict once it is over, and the
 * words say which ("Enligt plan" never stands beside an ended pledge).
 */
import type { TargetStatus } from "./trend-types";

export type StatusLanguage = "sv" | "en";

export const STATUS_WORDS_SV = {
  met: "Uppnått",
  "on-track": "Enligt plan",
  "at-risk": "Risk",
  "off-track": "Avviker",
  improved: "Förbättrat, ej nått målet",
  "not-met": "Ej uppnått",
  "no-data": "Saknar data",
  "no-target": "Mål saknas",
} as const satisfies Record<TargetStatus, string>;

export const STATUS_WORDS_EN = {
  met: "Met",
  "on-track": "On track",
  "at-risk": "At risk",
  "off-track": "Off track",
  improved: "Improved, target not met",
  "not-met": "Not met",
  "no-data": "No data",
  "no-target": "No target",
} as const satisfies Record<TargetStatus, string>;

/** `no-target` when the target is there but the baseline is not: "Mål saknas" beside a target would mislead. */
export const NO_BASELINE_WORD = { sv: "Utgång saknas", en: "No baseline" } as const;

export type StatusWordSv = (typeof STATUS_WORDS_SV)[TargetStatus] | (typeof NO_BASELINE_WORD)["sv"];

/** The status's word; `no-target` says which of target and baseline is missing. */
export function statusWord(status: TargetStatus, baseline: number | null = null, target: number | null = null): StatusWordSv {
  if (status === "no-target" && target !== null && baseline === null) return NO_BASELINE_WORD.sv;
  return STATUS_WORDS_SV[status];
}

/** The same in a language of the pane. */
export function statusWordIn(
  language: StatusLanguage,
  status: TargetStatus,
  baseline: number | null = null,
  target: number | null = null,
): string {
  if (language === "sv") return statusWord(status, baseline, target);
  if (status === "no-target" && target !== null && baseline === null) return NO_BASELINE_WORD.en;
  return STATUS_WORDS_EN[status];
}
