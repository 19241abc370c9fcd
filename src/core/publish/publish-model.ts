/**
 * What the public reads (`pledge publish`, the pane's publish actions): the
 * page's content built from a report model, every count through the
 * small-number rule (`small-numbers.ts`). Primary suppression: a count below
 * `Minsta antal att visa` reads "färre än N". Secondary: a part of a published
 * sum that would let a reader subtract a small one out (the other half of a
 * women/men split, a measure's row beside the column's total) is hidden too.
 *
 * Only figures, statuses and the register's master data (names of the pledge,
 * partners, measures and indicators) enter; partners' free text (Aktivitet,
 * Kommentar) never does, and every name goes through the personal-data
 * masking. The summary is the kortversion, written again with the small-number
 * rule: one owner of the balanced wording.
 */
import { FOCUS_AREAS, PARTNER_TYPES, DEFAULT_MIN_COUNT } from "../register/layout";
import type { Register } from "../register/types";
import { redactPersonalData } from "../personal-data";
import { periodKey, periodLabel, type Period } from "../period";
import { formatNumberSv, formatShareSv, monthSpanOfSerials } from "../swedish-format";
import type { TargetStatus } from "../trends/trend-types";
import { TONE_WORDS, type ChartTone } from "../report/model/chart-data";
import type { FinalReportModel } from "../report/model/final-report-model";
import { decimalsFor } from "../report/model/indicator-rows";
import { kortversionSentences } from "../report/model/kortversion";
import type { TertialReportModel } from "../report/model/tertial-report-model";
import { idKey } from "../values";
import { publishedTitle } from "./social";
import { fewerText, HIDDEN_TEXT, protectSplit, protectSum, shownCount, shownText, valueText, type Shown, type Unit } from "./small-numbers";

/** A symbol beside each status word, so the status never rests on colour: better and worse, never up and down. */
export const STATUS_SYMBOLS: Record<TargetStatus, string> = {
  met: "✓",
  improved: "↗",
  "not-met": "✗",
  "on-track": "→",
  "at-risk": "!",
  "off-track": "↘",
  "no-data": "–",
  "no-target": "–",
};

/** A count as published: the rule's outcome and its text ("1 230", "färre än 5", "visas inte"). */
export interface PublishedCount {
  shown: Shown;
  text: string;
}

export interface KeyFigure {
  label: string;
  /** A count through the small-number rule, or null for a figure that is no count ("18 av 20", "64 %"). */
  count: PublishedCount | null;
  text: string;
}

export interface PublishedIndicator {
  id: string;
  name: string;
  unitWord: string;
  status: TargetStatus;
  statusWord: string;
  symbol: string;
  /** "172", "38,5 % (2025)", "färre än 5"; null without a value. */
  value: string | null;
  /** "mål 170 · utgångsvärde 212 (T1 2024)": target and baseline, as far as they exist. */
  against: string;
  /** "Jämfört med T2 2025 (165): inom normal variation." */
  comparison: string | null;
  /** "2025: utelämnat, fel på fliken Polisen"; null when nothing was left out. */
  leftOut: string | null;
}

export interface ChartPoint {
  period: string;
  /** Where the point is drawn; null where nothing was reported or the count is not shown. */
  plot: number | null;
  text: string;
  /** A count's rule, null for percentages and indexes (and missing values). */
  count: Shown | null;
}

export interface PublishedChart {
  id: string;
  name: string;
  unit: Unit;
  unitWord: string;
  points: ChartPoint[];
  target: number | null;
  targetText: string | null;
  tone: ChartTone;
  /** What the line's colour says, in words. */
  toneWords: string;
  /** The chart in words: what it shows, each point, the target and the colour's meaning. */
  description: string;
}

export interface PublishedWomenRow {
  name: string;
  unitWord: string;
  period: string | null;
  women: string;
  men: string;
  /** Women minus men, where both are shown: "13 procentenheter". */
  difference: string | null;
  trend: string;
  /** Counts of gender-split `Antal` indicators: the split's rule (null for percentages). */
  counts: { total: Shown | null; women: Shown; men: Shown } | null;
}

export interface PublishedMeasure {
  title: string;
  focus: string | null;
  status: string | null;
  completed: PublishedCount;
  participants: PublishedCount;
}

export interface PartnerGroup {
  type: string;
  names: string[];
}

export interface PublishModel {
  kind: "tertial" | "final";
  /** h1: "Medborgarlöftet för Skäggetorp: så gick det september–december 2025". */
  title: string;
  /** "Kommunen, polisen och 17 andra parter har lovat … Här är vad som gjordes och hur det gick." */
  intro: string;
  /** What a medborgarlöfte is and what this one covers. */
  about: string[];
  pledgeName: string;
  /** "T3 2025 (september–december 2025)" or "hela löftet (augusti 2024–december 2025)". */
  period: string;
  /** The kortversion with the small-number rule. */
  summary: string[];
  keyFigures: KeyFigure[];
  /** The key figures' women/men split among those whose sex was given, as published. */
  split: { withSex: Shown; women: Shown; men: Shown };
  measures: PublishedMeasure[];
  indicators: PublishedIndicator[];
  charts: PublishedChart[];
  women: PublishedWomenRow[];
  /** "Av de 528 deltagare vars kön angavs var 338 kvinnor och flickor (64 %)."; null when the split is not published. */
  womenParticipation: string | null;
  /** Measures in the focus area Kvinnors trygghet. */
  womenMeasures: string[];
  partners: PartnerGroup[];
  partnersTotal: number;
  created: string;
  fingerprint: string;
  minCount: number;
  /** 'färre än 5 visas som "färre än 5"' and, when a figure was hidden, what "visas inte" means. */
  notes: string[];
}

type ReportModel = TertialReportModel | FinalReportModel;

const clean = (s: string): string => redactPersonalData(s);

function published(n: number, minCount: number): PublishedCount {
  const shown = shownCount(n, minCount);
  return { shown, text: shownText(shown) };
}

function asCount(shown: Shown): PublishedCount {
  return { shown, text: shownText(shown) };
}

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} och ${parts[parts.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Kommunen, polisen och 17 andra parter": who stands behind the pledge, by the partners' Typ. */
export function partnersPhrase(register: Pick<Register, "partners">): string {
  const total = register.partners.length;
  const municipality = register.partners.filter((p) => p.type === "Kommun").length;
  const police = register.partners.filter((p) => p.type === "Polis").length;
  const named = [...(municipality > 0 ? ["kommunen"] : []), ...(police > 0 ? ["polisen"] : [])];
  const others = total - municipality - police;
  if (named.length === 0) return total === 1 ? "En part" : `${formatNumberSv(total)} parter`;
  const rest = others === 0 ? [] : [others === 1 ? "en annan part" : `${formatNumberSv(others)} andra parter`];
  return capitalise(joinAnd([...named, ...rest]));
}

function valueWithPeriod(unit: Unit, value: number, decimals: number, period: Period | null, annual: boolean, min: number): string {
  const text = valueText(unit, value, decimals, min);
  return annual && period ? `${text} (${periodLabel(period)})` : text;
}

interface IndicatorFacts {
  id: string;
  name: string;
  unit: Unit;
  unitWord: string;
  annual: boolean;
  decimals: number;
  baseline: number | null;
  baselinePeriod: Period | null;
  current: { period: Period; value: number } | null;
  compared: { label: string; value: number | null } | null;
  trendWord: string;
  leftOut: string | null;
  target: number | null;
  status: TargetStatus;
  statusWord: string;
}

function publishedIndicator(f: IndicatorFacts, min: number): PublishedIndicator {
  const num = (v: number) => valueText(f.unit, v, f.decimals, min);
  const against = [
    ...(f.target !== null ? [`mål ${valueText(f.unit, f.target, f.decimals, null)}`] : []),
    ...(f.baseline !== null ? [`utgångsvärde ${num(f.baseline)}${f.baselinePeriod ? ` (${periodLabel(f.baselinePeriod)})` : ""}`] : []),
  ].join(" · ");
  const comparison =
    f.compared === null
      ? null
      : `Jämfört med ${f.compared.label}${f.compared.value === null ? "" : ` (${num(f.compared.value)})`}: ${f.trendWord}.`;
  return {
    id: f.id,
    name: clean(f.name),
    unitWord: f.unitWord,
    status: f.status,
    statusWord: f.statusWord,
    symbol: STATUS_SYMBOLS[f.status],
    value: f.current ? valueWithPeriod(f.unit, f.current.value, f.decimals, f.current.period, f.annual, min) : null,
    against,
    comparison,
    leftOut: f.leftOut === null ? null : clean(f.leftOut),
  };
}

function tertialIndicators(model: TertialReportModel, min: number): PublishedIndicator[] {
  return model.indicators.map((row) =>
    publishedIndicator(
      {
        ...row,
        compared: row.previous ? { label: periodLabel(row.previous.period), value: row.previous.value } : null,
        trendWord: trendWordOf(row.note, row.leftOut),
      },
      min,
    ),
  );
}

function finalIndicators(model: FinalReportModel, min: number): PublishedIndicator[] {
  return model.indicators.map((row) =>
    publishedIndicator(
      {
        ...row,
        current: row.latest,
        compared: row.latest && row.baseline !== null ? { label: "utgångsvärdet", value: null } : null,
        trendWord: trendWordOf(row.note, row.leftOut),
      },
      min,
    ),
  );
}

/** The trend's word without the left-out note (the page says that on a line of its own). */
function trendWordOf(note: string, leftOut: string | null): string {
  return leftOut !== null && note.endsWith(`; ${leftOut}`) ? note.slice(0, -leftOut.length - 2) : note;
}

function publishedChart(chart: ReportModel["chart"]["charts"][number], categories: readonly string[], min: number): PublishedChart {
  const decimals = decimalsFor([...chart.values, chart.target]);
  const points = chart.values.map((v, i): ChartPoint => {
    const period = categories[i] ?? "";
    if (v === null) return { period, plot: null, text: "inget värde", count: null };
    if (chart.unit !== "Antal") return { period, plot: v, text: valueText(chart.unit, v, decimals, min), count: null };
    const count = shownCount(v, min);
    return { period, plot: count.kind === "value" ? v : null, text: shownText(count), count };
  });
  const targetText = chart.target === null ? null : valueText(chart.unit, chart.target, decimals, null);
  const name = clean(chart.name);
  const span = categories.length > 1 ? `${categories[0]}–${categories[categories.length - 1]}` : (categories[0] ?? "");
  const description = [
    `Linjediagram: ${name} (${chart.unitWord}) per tertial ${span}: ${points.map((p) => `${p.period} ${p.text}`).join(", ")}.`,
    targetText === null ? "Mål saknas." : `Målet, ${targetText}, är en streckad linje.`,
    `Linjens färg: ${TONE_WORDS[chart.tone]}.`,
  ].join(" ");
  return {
    id: chart.id,
    name,
    unit: chart.unit,
    unitWord: chart.unitWord,
    points,
    target: chart.target,
    targetText,
    tone: chart.tone,
    toneWords: TONE_WORDS[chart.tone],
    description,
  };
}

/** A women/men pair as published: counts of an `Antal` indicator through the split rule, percentages and indexes as they are. */
function publishedPair(
  name: string,
  unit: Unit,
  unitWord: string,
  decimals: number,
  period: Period | null,
  women: number | null,
  men: number | null,
  total: number | null,
  trend: string,
  min: number,
): PublishedWomenRow {
  const label = period ? periodLabel(period) : null;
  if (women === null || men === null) {
    // One half alone would be read against the indicator's value: neither is published.
    return { name: clean(name), unitWord, period: label, women: "inget värde", men: "inget värde", difference: null, trend, counts: null };
  }
  if (unit === "Antal") {
    const split = protectSplit(total !== null && total === women + men ? total : null, women, men, min);
    const both = split.women.kind === "value" && split.men.kind === "value";
    return {
      name: clean(name),
      unitWord,
      period: label,
      women: shownText(split.women),
      men: shownText(split.men),
      difference: both ? formatNumberSv(women - men, decimals) : null,
      trend,
      counts: split,
    };
  }
  const diff = Number((women - men).toPrecision(10));
  return {
    name: clean(name),
    unitWord,
    period: label,
    women: valueText(unit, women, decimals, min),
    men: valueText(unit, men, decimals, min),
    difference: unit === "Procent" ? `${formatNumberSv(diff, decimals)} procentenheter` : formatNumberSv(diff, decimals),
    trend,
    counts: null,
  };
}

function tertialWomen(model: TertialReportModel, min: number): PublishedWomenRow[] {
  const valueOf = new Map(model.indicators.map((r) => [r.id, r.current] as const));
  return model.women.map((w) => {
    const current = valueOf.get(w.id) ?? null;
    const total = current && w.period && periodKey(current.period) === periodKey(w.period) ? current.value : null;
    return publishedPair(w.name, w.unit, w.unitWord, w.decimals, w.period, w.women, w.men, total, w.note, min);
  });
}

function finalWomen(model: FinalReportModel, min: number): PublishedWomenRow[] {
  const rowOf = new Map(model.indicators.map((r) => [r.id, r] as const));
  return model.women.map((w) => {
    // The latest column with both halves.
    let at = -1;
    w.women.forEach((v, i) => {
      if (v !== null && w.men[i] !== null) at = i;
    });
    const women = at >= 0 ? w.women[at]! : null;
    const men = at >= 0 ? w.men[at]! : null;
    const total = at >= 0 ? (rowOf.get(w.id)?.values[at]?.value ?? null) : null;
    const trend = at >= 0 ? "" : "värde saknas";
    return publishedPair(
      w.name,
      w.unit,
      w.unitWord,
      w.decimals,
      women?.period ?? null,
      women?.value ?? null,
      men?.value ?? null,
      total,
      trend,
      min,
    );
  });
}

/**
 * The measures, each with its completed activities and participants; a column whose
 * total the page shows is protected as a sum, so no small row can be subtracted out.
 */
function publishedMeasures(register: Register, model: ReportModel, min: number): PublishedMeasure[] {
  const rows = model.measures;
  const totals = model.keyFigures.figures;
  const column = (pick: (f: (typeof rows)[number]["figures"]) => number, total: number): Shown[] => {
    const parts = rows.map((r) => pick(r.figures));
    // Activities on no listed measure (none when the register checks clean) stay in the sum, unlisted.
    const other = total - parts.reduce((a, b) => a + b, 0);
    const all = other > 0 ? [...parts, other] : parts;
    // When no hiding protects the small rows, the column's breakdown is not published at all.
    const out = protectSum(total, all, min).parts ?? all.map((): Shown => ({ kind: "hidden" }));
    return out.slice(0, rows.length);
  };
  const completed = column((f) => f.completed, totals.completed);
  const participants = column((f) => f.participants, totals.participants);
  const titleOf = new Map(register.measures.map((m) => [idKey(m.id), m.title] as const));
  return rows.map((r, i) => ({
    title: clean(titleOf.get(idKey(r.id)) ?? r.label),
    focus: r.focus,
    status: r.status,
    completed: asCount(completed[i]!),
    participants: asCount(participants[i]!),
  }));
}

function partnerGroups(register: Register): PartnerGroup[] {
  const groups: PartnerGroup[] = [];
  for (const type of PARTNER_TYPES) {
    const names = register.partners.filter((p) => (p.type ?? "Annan") === type).map((p) => clean(p.name));
    if (names.length > 0) groups.push({ type, names });
  }
  return groups;
}

function about(register: Register): string[] {
  const pledge = register.pledge;
  const where = pledge?.area ? ` i ${clean(pledge.area)}` : "";
  const focus = FOCUS_AREAS.filter((f) => register.measures.some((m) => m.focus === f)).map((f) => f.toLowerCase());
  const lines = [
    `Ett medborgarlöfte är ett löfte från kommunen och polisen, tillsammans med andra parter, till dem som bor och vistas i ett område: vad de ska göra för att det ska bli tryggare.${pledge ? ` Det här löftet gäller${where} under ${monthSpanOfSerials(pledge.validFrom, pledge.validTo)}.` : ""}`,
  ];
  if (focus.length > 0) lines.push(`Löftets åtgärder handlar om ${joinAnd(focus)}.`);
  lines.push(
    "Hur det går följs upp med indikatorer som valdes i förväg. Parterna rapporterar vad de har gjort tre gånger om året, en gång per tertial.",
  );
  return lines;
}

/** What the public reads, from a tertial or final report model and the register it was made from. */
export function publishModel(model: ReportModel, register: Register): PublishModel {
  const min = register.pledge?.minCount ?? DEFAULT_MIN_COUNT;
  const area = register.pledge?.area ? clean(register.pledge.area) : null;
  const span = model.head.monthSpan;
  // The h1 is the images' headline too: one owner (social.ts).
  const title = publishedTitle(model);
  const f = model.keyFigures.figures;
  const raw = protectSplit(f.women + f.men, f.women, f.men, min);
  const split = { withSex: raw.total ?? shownCount(f.women + f.men, min), women: raw.women, men: raw.men };
  const shareShown = f.womenShare !== null && split.women.kind === "value" && split.men.kind === "value";
  const keyFigures: KeyFigure[] = [
    { label: "Genomförda aktiviteter", count: published(f.completed, min), text: "" },
    { label: "Tillfällen", count: published(f.occasions, min), text: "" },
    { label: "Deltagare", count: published(f.participants, min), text: "" },
    { label: "Deltagare vars kön angavs", count: asCount(split.withSex), text: "" },
    { label: "Kvinnor och flickor", count: asCount(split.women), text: "" },
    { label: "Män och pojkar", count: asCount(split.men), text: "" },
    ...(shareShown
      ? [{ label: "Andel kvinnor och flickor (av dem vars kön angavs)", count: null, text: formatShareSv(f.womenShare!) }]
      : []),
    {
      label: "Parter som rapporterat",
      count: null,
      text: `${formatNumberSv(model.keyFigures.partnersReported)} av ${formatNumberSv(model.keyFigures.partnersTotal)}`,
    },
    {
      label: "Åtgärder med aktivitet",
      count: null,
      text: `${formatNumberSv(model.keyFigures.measuresWithActivity)} av ${formatNumberSv(model.keyFigures.measuresTotal)}`,
    },
  ].map((k) => (k.count ? { ...k, text: k.count.text } : k));
  const indicators = model.kind === "tertial" ? tertialIndicators(model, min) : finalIndicators(model, min);
  const charts = model.chart.charts.map((c) => publishedChart(c, model.chart.categories, min));
  const women = model.kind === "tertial" ? tertialWomen(model, min) : finalWomen(model, min);
  const measures = publishedMeasures(register, model, min);
  const summary = kortversionSentences({ ...model.kortversionInput, minCount: min });
  const anyHidden = JSON.stringify({ keyFigures, measures, women, charts }).includes('"kind":"hidden"');
  const notes = [
    `Antal som är mindre än ${formatNumberSv(min)} visas som "${fewerText(min)}", så att ingen enskild person kan pekas ut.`,
    ...(anyHidden
      ? [`"${capitalise(HIDDEN_TEXT)}" står där en siffra annars skulle avslöja ett antal som är mindre än ${formatNumberSv(min)}.`]
      : []),
  ];
  const partnersPhraseText = partnersPhrase(register);
  const pledgeArea = area ? ` i ${area}` : "";
  return {
    kind: model.kind,
    title,
    intro: `${partnersPhraseText} har lovat att arbeta tillsammans för ökad trygghet och trivsel${pledgeArea}. Här är vad som gjordes under ${model.head.countedSpan} och hur det gick.`,
    about: about(register),
    pledgeName: clean(model.head.title),
    period: model.kind === "tertial" ? `${model.tertial} (${span})` : `hela löftet (${span})`,
    summary,
    keyFigures,
    split,
    measures,
    indicators,
    charts,
    women,
    womenParticipation: shareShown
      ? `Av de ${shownText(split.withSex)} deltagare vars kön angavs var ${shownText(split.women)} kvinnor och flickor (${formatShareSv(f.womenShare!)}).`
      : null,
    womenMeasures: register.measures.filter((m) => m.focus === "Kvinnors trygghet").map((m) => clean(m.title)),
    partners: partnerGroups(register),
    partnersTotal: register.partners.length,
    created: model.head.createdDate,
    fingerprint: model.head.fingerprint,
    minCount: min,
    notes,
  };
}
