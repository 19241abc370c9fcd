/**
 * The kortversion: four to six plain Swedish sentences for the web, built
 * from figures only. Partners' free text (Aktivitet, Kommentar) never enters:
 * this file only sees counts, indicator names and target statuses.
 */
import type { ActivityFigures } from "../../figures/activity-figures";
import { redactPersonalData } from "../../personal-data";
import { protectSplit, shownCount, shownText, valueText as publishedValueText } from "../../publish/small-numbers";
import type { Direction, TargetStatus } from "../../trends/trend-types";
import { formatNumberSv, formatShareSv } from "../../swedish-format";
import { changeVerb } from "./trend-words";

/** One indicator's comparison, as the kortversion may quote it. */
export interface Comparison {
  name: string;
  unit: "Antal" | "Procent" | "Index";
  decimals: number;
  from: number;
  to: number;
  /** " mellan 2024 och 2025" for annual indicators, "" otherwise. */
  between: string;
  /** Better or worse in the indicator's own terms (`unknown` is never compared). */
  direction: Exclude<Direction, "unknown">;
  /** A count's change within normal variation: called that, never "oförändrad". */
  noise: boolean | null;
}

export interface KortversionInput {
  /** "maj–augusti 2025" or "augusti 2024–december 2025". */
  span: string;
  area: string | null;
  figures: ActivityFigures;
  indicatorsTotal: number;
  comparisons: readonly Comparison[];
  /**
   * Names of the indicators without a comparison (no value, nothing earlier to compare
   * with), so the sentence's counts add up to the indicators the report shows. Absent:
   * only their number (`indicatorsTotal` less the comparisons) is said.
   */
  uncompared?: readonly string[];
  /** "föregående mätning" or "utgångsvärdet". */
  comparedWith: string;
  statuses: readonly TargetStatus[];
  /** True for the final report: its statuses are verdicts (met, improved, not met). */
  final: boolean;
  partnersReported: number;
  partnersTotal: number;
  /**
   * For what is published (`pledge publish`): counts below it read "färre än N" and a
   * women's share that would give a small count away is left out. Absent: the real figures.
   */
  minCount?: number;
}

/**
 * What is published says of the participants where some activities were not carried out: of every activity
 * reported, without the count of them all (social.ts says it so too).
 */
export const ALL_REPORTED_HAD = "de rapporterade aktiviteterna (också de som inte genomfördes) hade sammanlagt";

const MAX_SENTENCES = 6;
const MIN_SENTENCES = 4;

function valueText(c: Comparison, v: number, minCount: number | null): string {
  return publishedValueText(c.unit, v, c.decimals, minCount);
}

/** A count as the text shows it: the real figure, or through the small-number rule when published. */
function countText(n: number, minCount: number | null): string {
  return minCount === null ? formatNumberSv(n) : shownText(shownCount(n, minCount));
}

/** The women's share, unless publishing it would give a small count of women or men away. */
function shareShown(f: ActivityFigures, minCount: number | null): boolean {
  if (f.womenShare === null) return false;
  if (minCount === null) return true;
  const split = protectSplit(f.women + f.men, f.women, f.men, minCount);
  return split.women.kind === "value" && split.men.kind === "value";
}

function activitySentence(input: KortversionInput): string {
  const where = input.area ? `inom medborgarlöftet för ${input.area}` : "inom medborgarlöftet";
  const f = input.figures;
  const min = input.minCount ?? null;
  if (f.completed === 0 && min === null) return `Under ${input.span} rapporterades inga genomförda aktiviteter ${where}.`;
  const one = (n: number) => n === 1 && (min === null || min <= 1);
  // The participants are of every activity reported, planned and cancelled ones too (the key figures' Deltagare):
  // where some were not carried out, the sentence counts them all and says how many were, so that the
  // participants are not pinned on the activities carried out alone.
  // What is published never showed how many activities were reported in all (only those carried out), so
  // there the sentence says that the participants include those of activities not carried out, without a count.
  const done = `${countText(f.completed, min)} ${one(f.completed) ? "aktivitet" : "aktiviteter"}`;
  let s: string;
  if (f.activities === f.completed) {
    s = `Under ${input.span} genomfördes ${done} ${where}`;
    if (f.participants > 0) s += ` med sammanlagt ${countText(f.participants, min)} deltagare`;
  } else if (min === null) {
    s = `Under ${input.span} rapporterades ${countText(f.activities, min)} ${one(f.activities) ? "aktivitet" : "aktiviteter"} ${where} `;
    s += `(${countText(f.completed, min)} av dem ${one(f.completed) ? "genomförd" : "genomförda"})`;
    if (f.participants > 0) s += ` med sammanlagt ${countText(f.participants, min)} deltagare`;
  } else {
    s = `Under ${input.span} genomfördes ${done} ${where}`;
    if (f.participants > 0) {
      s += `, och ${ALL_REPORTED_HAD} ${countText(f.participants, min)} deltagare`;
    }
  }
  // The share is of those whose sex was given, and the sentence says of how many.
  if (f.womenShare !== null && shareShown(f, min)) {
    s += `${f.participants > 0 ? ";" : "."} av de ${countText(f.women + f.men, min)} vars kön angavs var ${formatShareSv(f.womenShare)} kvinnor och flickor`;
  }
  return `${s}.`;
}

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} och ${parts[parts.length - 1]}`;
}

/** How the comparisons fall: better, worse, unchanged (within 5 %), within normal variation (a count). Every comparison in one. */
export type ComparisonKind = "better" | "worse" | "unchanged" | "noise";

export function comparisonKind(c: Comparison): ComparisonKind {
  if (c.noise === true) return "noise";
  return c.direction === "improving" ? "better" : c.direction === "worsening" ? "worse" : "unchanged";
}

function directionSentence(input: KortversionInput): string {
  if (input.indicatorsTotal === 0) return "Inga indikatorer är registrerade ännu.";
  const compared = input.comparisons.length;
  if (compared === 0) return `Ingen av indikatorerna har ännu två värden att jämföra med ${input.comparedWith}.`;
  const count = (kind: ComparisonKind) => input.comparisons.filter((c) => comparisonKind(c) === kind).length;
  const [better, worse, unchanged, noisy] = [count("better"), count("worse"), count("unchanged"), count("noise")];
  const n = formatNumberSv;
  const parts = [`${n(better)} av ${n(compared)} indikatorer går åt rätt håll jämfört med ${input.comparedWith}`];
  if (worse > 0) parts.push(`${n(worse)} går åt fel håll`);
  if (unchanged > 0) parts.push(`${n(unchanged)} är ${unchanged === 1 ? "oförändrad" : "oförändrade"} (inom 5 %)`);
  if (noisy > 0) parts.push(`${n(noisy)} ligger inom normal variation`);
  return `${joinAnd(parts)}${uncomparedTail(input)}.`;
}

/** Names up to this many indicators without a comparison; more are only counted. */
const MAX_UNCOMPARED_NAMED = 3;

/**
 * The indicators the counts leave out, so that "2 av 9" beside a table of 10 rows says
 * where the tenth went: "; 1 saknar ett värde att jämföra med: Förtroende för polisen".
 */
function uncomparedTail(input: KortversionInput): string {
  const rest = input.indicatorsTotal - input.comparisons.length;
  if (rest <= 0) return "";
  const names = input.uncompared?.length === rest && rest <= MAX_UNCOMPARED_NAMED ? `: ${joinAnd(input.uncompared)}` : "";
  return `; ${formatNumberSv(rest)} saknar ett värde att jämföra med${names}`;
}

/** Relative size of a change (absolute when the start is 0). */
function size(c: Comparison): number {
  return Math.abs(c.to - c.from) / (c.from === 0 ? 1 : Math.abs(c.from));
}

/** The clearest improvement: the largest relative change of those clearly better. */
function clearestBetter(comparisons: readonly Comparison[]): Comparison | undefined {
  return [...comparisons].filter((c) => comparisonKind(c) === "better").sort((a, b) => size(b) - size(a))[0];
}

/** The indicator that moved most the wrong way, within normal variation or not. */
export function worstMover(comparisons: readonly Comparison[]): Comparison | undefined {
  return [...comparisons].filter((c) => c.direction === "worsening").sort((a, b) => size(b) - size(a))[0];
}

function change(c: Comparison, minCount: number | null): string {
  return `${changeVerb(c.to - c.from)} från ${valueText(c, c.from, minCount)} till ${valueText(c, c.to, minCount)}${c.between}`;
}

function betterSentence(c: Comparison, minCount: number | null): string {
  return `Mest åt rätt håll gick ${c.name}, som ${change(c, minCount)}.`;
}

function worseSentence(c: Comparison, minCount: number | null): string {
  const noise = c.noise === true ? ", en ändring inom normal variation" : "";
  return `Mest åt fel håll gick ${c.name}, som ${change(c, minCount)}${noise}.`;
}

const FORECAST: readonly TargetStatus[] = ["on-track", "at-risk", "off-track"];

/** What each status but `met` says in the target sentence: a forecast while the pledge runs, a verdict once it is over. */
export const PHRASES = {
  "on-track": "följer planen",
  "at-risk": "ligger efter planen",
  "off-track": "är sämre än utgångsvärdet",
  improved: "förbättrades utan att nå det",
  "not-met": "blev inte bättre än utgångsvärdet",
  "no-data": "saknar värde",
} as const;

/** After `met`, the others in this order: on the way first, then behind, worse, missing. */
const ORDER = ["on-track", "improved", "at-risk", "off-track", "not-met", "no-data"] as const;

/** The statuses are verdicts (the pledge is over, or nothing is a forecast any more), not forecasts. */
export function statusesAreVerdicts(input: Pick<KortversionInput, "final" | "statuses">): boolean {
  return input.final || !input.statuses.filter((s) => s !== "no-target").some((s) => FORECAST.includes(s));
}

/**
 * Every indicator with target and baseline in one of the sentence's counts:
 * "Av 9 indikatorer med mål och utgångsvärde har 2 nått målet, 2 följer planen, 4 ligger efter planen och 1 är sämre än utgångsvärdet."
 */
function targetSentence(input: KortversionInput): string | null {
  const withTarget = input.statuses.filter((s) => s !== "no-target");
  if (withTarget.length === 0) return null;
  const verdict = statusesAreVerdicts(input);
  const countOf = (status: TargetStatus) => withTarget.filter((s) => s === status).length;
  const met = countOf("met");
  const metText = met === 0 ? "ingen" : formatNumberSv(met);
  const first = verdict ? `nådde ${metText} målet` : `har ${metText} nått målet`;
  const rest = ORDER.flatMap((status) => {
    const k = countOf(status);
    return k === 0 ? [] : [`${formatNumberSv(k)} ${PHRASES[status]}`];
  });
  return `Av ${formatNumberSv(withTarget.length)} indikatorer med mål och utgångsvärde ${joinAnd([first, ...rest])}.`;
}

function partnerSentence(input: KortversionInput): string {
  if (input.partnersTotal === 0) return "Inga parter är registrerade ännu.";
  if (input.partnersReported === input.partnersTotal) {
    return `Alla ${formatNumberSv(input.partnersTotal)} parter har rapporterat för perioden.`;
  }
  return `${formatNumberSv(input.partnersReported)} av ${formatNumberSv(input.partnersTotal)} parter har rapporterat för perioden.`;
}

/** The sentences, in reading order: activities, direction, the clearest better and worst change, targets, partners. */
export function kortversionSentences(input: KortversionInput): string[] {
  const better = clearestBetter(input.comparisons);
  const worse = worstMover(input.comparisons);
  const min = input.minCount ?? null;
  const sentences = [
    activitySentence(input),
    directionSentence(input),
    ...(better ? [betterSentence(better, min)] : []),
    ...(worse ? [worseSentence(worse, min)] : []),
    ...[targetSentence(input)].filter((s): s is string => s !== null),
  ].slice(0, MAX_SENTENCES - 1);
  sentences.push(partnerSentence(input));
  if (sentences.length < MIN_SENTENCES) {
    sentences.push("Siffrorna bygger på det som parterna har rapporterat i det gemensamma registret.");
  }
  // The area and indicator names come from the register: personal data in them is not published.
  return sentences.map((s) => redactPersonalData(s));
}

export function kortversion(input: KortversionInput): string {
  return kortversionSentences(input).join(" ");
}
