/**
 * The headline of the social-media images (`pledge publish`, the pane's "Spara
 * bilder"): the page's h1, three figures chosen to be balanced (what was done,
 * what went well, what did not), the period, when it was made from which data,
 * and the page's address. The same facts as full sentences are the images'
 * text alternative (bildtext.txt). Built from the report model's figures only:
 * no partner's free text, counts of people and activities through the
 * small-number rule, the register's names with personal data redacted.
 */
import { redactPersonalData } from "../personal-data";
import type { FinalReportModel } from "../report/model/final-report-model";
import { ALL_REPORTED_HAD, comparisonKind, PHRASES, statusesAreVerdicts } from "../report/model/kortversion";
import type { TertialReportModel } from "../report/model/tertial-report-model";
import { formatNumberSv } from "../swedish-format";
import type { TargetStatus } from "../trends/trend-types";
import { shownCount, shownText, type Shown } from "./small-numbers";

export type SocialReportModel = TertialReportModel | FinalReportModel;

/** How a figure reads: a plain count, good news or bad news (drawn as a symbol beside the words, never colour alone). */
export type FigureTone = "count" | "good" | "behind" | "not-met";

export interface SocialFigure {
  tone: FigureTone;
  /** The large text: "42", "färre än 5", "2 av 9". */
  value: string;
  /** The words under it: "aktiviteter med 627 deltagare", "indikatorer nådde målet". */
  label: string;
  /** The same as a full sentence, for the text alternative. */
  sentence: string;
}

export interface SocialHeadline {
  /** The page's h1: "Medborgarlöftet för Skäggetorp: så gick det september–december 2025". */
  title: string;
  figures: [SocialFigure, SocialFigure, SocialFigure];
  /** "Tertialrapport T3 2025" or "Slutrapport T2 2024–T3 2025". */
  reportLabel: string;
  /** "september–december 2025". */
  monthSpan: string;
  /** "2026-01-08". */
  createdDate: string;
  fingerprint: string;
  /** The published page's address as given ("kommunen.se/trygghet"), or null. */
  address: string | null;
}

export interface SocialOptions {
  /** `Minsta antal att visa`: counts below it read "färre än N". */
  minCount: number;
  /** The address of the published page, shown on the images; null or blank: none. */
  address?: string | null;
}

/** The published page's h1, from the pledge's area and the months reported on. */
export function publishedTitle(model: SocialReportModel): string {
  const area = model.head.area?.trim();
  return redactPersonalData(`Medborgarlöftet${area ? ` för ${area}` : ""}: så gick det ${model.head.monthSpan}`);
}

const n = formatNumberSv;

function activityFigure(model: SocialReportModel, minCount: number): SocialFigure {
  const f = model.keyFigures.figures;
  const completed: Shown = shownCount(f.completed, minCount);
  const one = completed.kind === "value" && completed.value === 1;
  const noun = one ? "aktivitet" : "aktiviteter";
  const participants = f.participants > 0 ? shownText(shownCount(f.participants, minCount)) : null;
  const span = model.head.countedSpan;
  if (f.activities !== f.completed && participants !== null) {
    // The participants are of every activity reported, planned and cancelled ones too (the key figures'
    // Deltagare): they are not said of those carried out (the kortversion says it so too). What is published
    // shows no count of the activities reported in all.
    const sentence = `Under ${span} genomfördes ${shownText(completed)} ${noun}, och ${ALL_REPORTED_HAD} ${participants} deltagare.`;
    return { tone: "count", value: shownText(completed), label: `genomförda ${noun}`, sentence };
  }
  const label = participants === null ? `genomförda ${noun}` : `${noun} med ${participants} deltagare`;
  const sentence =
    participants === null
      ? `Under ${span} genomfördes ${shownText(completed)} ${noun}.`
      : `Under ${span} genomfördes ${shownText(completed)} ${noun} med sammanlagt ${participants} deltagare.`;
  return { tone: "count", value: shownText(completed), label, sentence };
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function joinWith(parts: readonly string[], word: string): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ${word} ${parts[parts.length - 1]}`;
}

function countOf(statuses: readonly TargetStatus[], ...wanted: TargetStatus[]): number {
  return statuses.filter((s) => wanted.includes(s)).length;
}

/** Each status with indicators, as the kortversion's target sentence words it: "6 förbättrades utan att nå det". */
function phrased(statuses: readonly TargetStatus[], order: readonly Exclude<TargetStatus, "met" | "no-target">[]): string[] {
  return order.flatMap((s) => {
    const k = countOf(statuses, s);
    return k === 0 ? [] : [`${n(k)} ${PHRASES[s]}`];
  });
}

/**
 * The target figures, every indicator with target and baseline counted in one of the
 * two: once the pledge is over, those that reached the target and those that did not
 * (how many of them improved said with it); while it runs, those met or on plan and
 * those behind it or worse than the baseline. Indicators without a value are named in
 * the sentence, not counted as good or bad.
 */
function targetFigures(model: SocialReportModel): [SocialFigure, SocialFigure] | null {
  const statuses = model.kortversionInput.statuses.filter((s) => s !== "no-target");
  const total = statuses.length;
  if (total === 0) return null;
  const noData = countOf(statuses, "no-data");
  const missing = noData === 0 ? "" : ` ${n(noData)} ${PHRASES["no-data"]}.`;
  const of = (k: number) => `${n(k)} av ${n(total)}`;
  const intro = `Av ${n(total)} indikatorer med mål och utgångsvärde`;
  if (statusesAreVerdicts(model.kortversionInput)) {
    const met = countOf(statuses, "met");
    const notMet = countOf(statuses, "improved", "not-met", "at-risk", "off-track");
    const improved = countOf(statuses, "improved");
    const rest = phrased(statuses, ["improved", "not-met", "at-risk", "off-track"]);
    return [
      { tone: "good", value: of(met), label: "indikatorer nådde målet", sentence: `${intro} nådde ${met === 0 ? "ingen" : n(met)} målet.` },
      {
        tone: "not-met",
        value: of(notMet),
        label:
          improved > 0 && improved < notMet
            ? `nådde inte målet, ${n(improved)} av dem förbättrades`
            : improved > 0
              ? "förbättrades utan att nå målet"
              : "nådde inte målet",
        sentence: `${n(notMet)} nådde inte målet${rest.length > 0 ? `: ${joinWith(rest, "och")}` : ""}.${missing}`,
      },
    ];
  }
  const good = countOf(statuses, "met", "on-track");
  const behind = countOf(statuses, "at-risk", "off-track", "improved", "not-met");
  const goodWords = [
    ...(countOf(statuses, "met") > 0 ? ["har nått målet"] : []),
    ...(countOf(statuses, "on-track") > 0 ? [PHRASES["on-track"]] : []),
  ];
  const behindKinds = (["at-risk", "off-track", "improved", "not-met"] as const).filter((s) => countOf(statuses, s) > 0);
  const behindWords = behindKinds.map((s) => (s === "improved" ? "förbättrades utan att nå målet" : PHRASES[s]));
  const met = countOf(statuses, "met");
  const onTrack = countOf(statuses, "on-track");
  // Swedish puts the verb second after "Av 9 indikatorer …".
  const goodSentence =
    met > 0 && onTrack > 0
      ? `har ${n(met)} nått målet och ${n(onTrack)} ${PHRASES["on-track"]}`
      : met > 0
        ? `har ${n(met)} nått målet`
        : onTrack > 0
          ? `följer ${n(onTrack)} planen`
          : "har ingen nått målet eller följer planen";
  const behindParts = phrased(statuses, ["at-risk", "off-track", "improved", "not-met"]);
  return [
    {
      tone: "good",
      value: of(good),
      label: `indikatorer ${joinWith(goodWords.length > 0 ? goodWords : ["har nått målet eller följer planen"], "eller")}`,
      sentence: `${intro} ${goodSentence}.`,
    },
    {
      tone: "behind",
      value: of(behind),
      label: joinWith(behindWords.length > 0 ? behindWords : [PHRASES["at-risk"]], "eller"),
      sentence:
        behind === 0
          ? `Ingen ligger efter planen eller är sämre än utgångsvärdet.${missing}`
          : `${capitalised(joinWith(behindParts, "och"))}.${missing}`,
    },
  ];
}

/** Without targets to count: the partners who reported and the indicators that moved the wrong way. */
function fallbackFigures(model: SocialReportModel): [SocialFigure, SocialFigure] {
  const k = model.keyFigures;
  const partners: SocialFigure = {
    tone: "count",
    value: `${n(k.partnersReported)} av ${n(k.partnersTotal)}`,
    label: "parter har rapporterat",
    sentence: `${n(k.partnersReported)} av ${n(k.partnersTotal)} parter har rapporterat för perioden.`,
  };
  const compared = model.kortversionInput.comparisons;
  const worse = compared.filter((c) => comparisonKind(c) === "worse").length;
  const against = model.kortversionInput.comparedWith;
  const wrongWay: SocialFigure =
    compared.length === 0
      ? {
          tone: "behind",
          value: `0 av ${n(model.kortversionInput.indicatorsTotal)}`,
          label: "indikatorer har två värden att jämföra",
          sentence: `Ingen av indikatorerna har ännu två värden att jämföra med ${against}.`,
        }
      : {
          tone: "behind",
          value: `${n(worse)} av ${n(compared.length)}`,
          label: "indikatorer går åt fel håll",
          sentence: `${n(worse)} av ${n(compared.length)} indikatorer går åt fel håll jämfört med ${against}.`,
        };
  return [partners, wrongWay];
}

export function socialHeadline(model: SocialReportModel, options: SocialOptions): SocialHeadline {
  const address = options.address?.trim() ? options.address.trim() : null;
  const [second, third] = targetFigures(model) ?? fallbackFigures(model);
  const figures: [SocialFigure, SocialFigure, SocialFigure] = [activityFigure(model, options.minCount), second, third];
  const redact = (f: SocialFigure): SocialFigure => ({
    ...f,
    label: redactPersonalData(f.label),
    sentence: redactPersonalData(f.sentence),
  });
  return {
    title: publishedTitle(model),
    figures: figures.map(redact) as [SocialFigure, SocialFigure, SocialFigure],
    reportLabel: model.head.reportLabel,
    monthSpan: model.head.monthSpan,
    createdDate: model.head.createdDate,
    fingerprint: model.head.fingerprint,
    address,
  };
}

/** The images' small print in its parts: "Tertialrapport T3 2025", "skapad 2026-01-08", "data 3b7679". */
export function madeParts(h: SocialHeadline): string[] {
  return [h.reportLabel, `skapad ${h.createdDate}`, `data ${h.fingerprint}`];
}

/** The images' text alternative (bildtext.txt): the title and every figure as full sentences, then where and when. */
export function socialAltText(h: SocialHeadline): string {
  const lines = [
    `${h.title}.`,
    ...h.figures.map((f) => f.sentence),
    `${h.reportLabel}, skapad ${h.createdDate} ur data ${h.fingerprint}.`,
    ...(h.address ? [`Läs mer: ${h.address}`] : []),
  ];
  return `${lines.join("\n")}\n`;
}
