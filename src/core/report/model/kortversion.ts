/**
 * The kortversion: four to six plain Swedish sentences for the web, built
 * from figures only. Partners' free text (Aktivitet, Kommentar) never enters:
 * this file only sees counts, indicator names and target statuses.
 */
import type { ActivityFigures } from "../../figures/activity-figures";
import { redactPersonalData } from "../../personal-data";
import { protectSplit, shownCount, shownText, valueText as publishedValueText } from "../../publish/small-numbers";
import type { TargetStatus } from "../../trends/trend-types";
import { formatNumberSv, formatShareSv } from "../../swedish-format";
import { changeVerb, type TrendScore } from "./trend-words";

/** One indicator's comparison, as the kortversion may quote it. */
export interface Comparison {
  name: string;
  unit: "Antal" | "Procent" | "Index";
  decimals: number;
  from: number;
  to: number;
  /** " mellan 2024 och 2025" for annual indicators, "" otherwise. */
  between: string;
  score: TrendScore;
}

export interface KortversionInput {
  /** "maj–augusti 2025" or "augusti 2024–december 2025". */
  span: string;
  area: string | null;
  figures: ActivityFigures;
  indicatorsTotal: number;
  comparisons: readonly Comparison[];
  /** "föregående mätning" or "utgångsvärdet". */
  comparedWith: string;
  statuses: readonly TargetStatus[];
  /** True for the final report: say "nådde" instead of "har nått … följer planen". */
  final: boolean;
  partnersReported: number;
  partnersTotal: number;
  /**
   * For what is published (`pledge publish`): counts below it read "färre än N" and a
   * women's share that would give a small count away is left out. Absent: the real figures.
   */
  minCount?: number;
}

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
  const noun = f.completed === 1 && (min === null || min <= 1) ? "aktivitet" : "aktiviteter";
  let s = `Under ${input.span} genomfördes ${countText(f.completed, min)} ${noun} ${where}`;
  if (f.participants > 0) {
    s += ` med sammanlagt ${countText(f.participants, min)} deltagare`;
    if (f.womenShare !== null && shareShown(f, min)) s += `, varav ${formatShareSv(f.womenShare)} kvinnor och flickor`;
  }
  return `${s}.`;
}

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} och ${parts[parts.length - 1]}`;
}

function directionSentence(input: KortversionInput): string {
  if (input.indicatorsTotal === 0) return "Inga indikatorer är registrerade ännu.";
  const compared = input.comparisons.length;
  if (compared === 0) return `Ingen av indikatorerna har ännu två värden att jämföra med ${input.comparedWith}.`;
  const count = (score: TrendScore) => input.comparisons.filter((c) => c.score === score).length;
  const [better, stable, worse] = [count(3), count(2), count(1)];
  const parts = [`${formatNumberSv(better)} av ${formatNumberSv(compared)} indikatorer går åt rätt håll jämfört med ${input.comparedWith}`];
  if (stable > 0) parts.push(`${formatNumberSv(stable)} är oförändrade eller inom normal variation`);
  if (worse > 0) parts.push(`${formatNumberSv(worse)} går åt fel håll`);
  return `${joinAnd(parts)}.`;
}

/** The clearest change with this score: the largest relative change (absolute when the start is 0). */
function clearest(comparisons: readonly Comparison[], score: TrendScore): Comparison | undefined {
  const size = (c: Comparison) => Math.abs(c.to - c.from) / (c.from === 0 ? 1 : Math.abs(c.from));
  return [...comparisons].filter((c) => c.score === score).sort((a, b) => size(b) - size(a))[0];
}

function changeSentence(c: Comparison, minCount: number | null): string {
  return `${c.name} ${changeVerb(c.to - c.from)} från ${valueText(c, c.from, minCount)} till ${valueText(c, c.to, minCount)}${c.between}.`;
}

function targetSentence(input: KortversionInput): string | null {
  const withTarget = input.statuses.filter((s) => s !== "no-target");
  if (withTarget.length === 0) return null;
  const met = withTarget.filter((s) => s === "met").length;
  const n = formatNumberSv(withTarget.length);
  if (input.final) return `${formatNumberSv(met)} av ${n} indikatorer med mål och utgångsvärde nådde målet.`;
  const onTrack = withTarget.filter((s) => s === "on-track").length;
  if (met === 0 && onTrack === 0) return `Ingen av ${n} indikatorer med mål och utgångsvärde har nått målet eller följer planen ännu.`;
  return `${formatNumberSv(met)} av ${n} indikatorer med mål och utgångsvärde har redan nått målet och ${formatNumberSv(onTrack)} följer planen.`;
}

function partnerSentence(input: KortversionInput): string {
  if (input.partnersTotal === 0) return "Inga parter är registrerade ännu.";
  if (input.partnersReported === input.partnersTotal) {
    return `Alla ${formatNumberSv(input.partnersTotal)} parter har rapporterat för perioden.`;
  }
  return `${formatNumberSv(input.partnersReported)} av ${formatNumberSv(input.partnersTotal)} parter har rapporterat för perioden.`;
}

/** The sentences, in reading order: activities, direction, the clearest better and worse change, targets, partners. */
export function kortversionSentences(input: KortversionInput): string[] {
  const better = clearest(input.comparisons, 3);
  const worse = clearest(input.comparisons, 1);
  const sentences = [
    activitySentence(input),
    directionSentence(input),
    ...(better ? [changeSentence(better, input.minCount ?? null)] : []),
    ...(worse ? [changeSentence(worse, input.minCount ?? null)] : []),
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
