/**
 * The final report's model: the whole pledge, every pledge tertial side by
 * side, each indicator's latest value against its baseline and its final
 * status against target, and the kortversion for the whole period.
 */
import { serialFromDate, ymdFromSerial } from "../date";
import { activityFigures, type ActivityFigures } from "../figures/activity-figures";
import { periodLabel, tertialIndex, tertialOfDate } from "../period";
import type { Indicator, Register } from "../register/types";
import { betterSign, direction, noise } from "../trends/direction";
import { difference, idKey } from "../trends/numbers";
import { pledgeTertials } from "../trends/pledge-tertials";
import { computeTrends } from "../trends/trends";
import type { Direction, IndicatorTrend, PeriodValue, SeriesPoint, TargetStatus, TertialPeriod } from "../trends/trend-types";
import { addFigures, measureRow, type MeasureRow } from "./activity-rows";
import { chartData, type ChartData } from "./chart-data";
import { decimalsFor } from "./indicator-rows";
import { kortversionSentences, type Comparison } from "./kortversion";
import { reportHead, type ReportHead } from "./report-head";
import type { KeyFigures, ReportContext } from "./report-model";
import { monthSpanOfSerials, tertialMonthSpan } from "./swedish-format";
import { statusWord, trendNote, trendScore, unitWord, type StatusWord, type TrendScore } from "./trend-words";

export interface FinalIndicatorRow {
  id: string;
  name: string;
  unit: IndicatorTrend["unit"];
  unitWord: string;
  annual: boolean;
  decimals: number;
  baseline: number | null;
  baselinePeriod: string | null;
  /** One per tertial column; an annual value stands in the last pledge tertial of its year. */
  values: (PeriodValue | null)[];
  latest: PeriodValue | null;
  /** Latest minus baseline. */
  change: number | null;
  direction: Direction;
  noise: boolean | null;
  score: TrendScore | null;
  note: string;
  target: number | null;
  status: TargetStatus;
  statusWord: StatusWord;
}

export interface FinalWomenRow {
  id: string;
  name: string;
  unit: IndicatorTrend["unit"];
  unitWord: string;
  decimals: number;
  women: (PeriodValue | null)[];
  men: (PeriodValue | null)[];
}

export interface FinalMeasureRow extends MeasureRow {
  /** Activities per tertial column. */
  perTertial: number[];
}

export interface FinalPartnerRow {
  id: string;
  name: string;
  perTertial: number[];
  activities: number;
  /** Indicator value rows reported for the pledge's periods. */
  values: number;
  tertialsReported: number;
}

export interface FinalReportModel {
  kind: "final";
  head: ReportHead;
  tertials: string[];
  keyFigures: KeyFigures;
  indicators: FinalIndicatorRow[];
  women: FinalWomenRow[];
  measures: FinalMeasureRow[];
  partners: FinalPartnerRow[];
  chart: ChartData;
  kortversion: string;
  kortversionSentences: string[];
}

/** Places a series on the tertial columns: tertial points by label, a year's point at that year's last column. */
function onColumns(series: readonly SeriesPoint[], tertials: readonly TertialPeriod[], pick: (p: SeriesPoint) => number | null): (PeriodValue | null)[] {
  const labels = tertials.map(periodLabel);
  const out: (PeriodValue | null)[] = labels.map(() => null);
  for (const point of series) {
    const v = pick(point);
    if (v === null) continue;
    let col = labels.indexOf(point.period);
    if (col < 0 && /^\d{4}$/.test(point.period)) {
      col = tertials.map((t) => t.year).lastIndexOf(Number(point.period));
    }
    if (col >= 0) out[col] = { period: point.period, value: v };
  }
  return out;
}

function finalIndicatorRow(trend: IndicatorTrend, indicator: Indicator, tertials: readonly TertialPeriod[]): FinalIndicatorRow {
  const values = onColumns(trend.series, tertials, (p) => p.value);
  const latest = [...values].reverse().find((v): v is PeriodValue => v !== null) ?? null;
  const sign = betterSign(indicator.direction);
  const dir = direction(latest?.value ?? null, trend.baseline, sign);
  const noisy = noise(trend.unit, latest?.value ?? null, trend.baseline);
  const change = difference(latest?.value ?? null, trend.baseline);
  return {
    id: trend.id,
    name: trend.name,
    unit: trend.unit,
    unitWord: unitWord(trend.unit),
    annual: trend.frequency === "År",
    decimals: decimalsFor([trend.baseline, trend.target, change, ...values.map((v) => v?.value)]),
    baseline: trend.baseline,
    baselinePeriod: trend.baselinePeriod,
    values,
    latest,
    change,
    direction: dir,
    noise: noisy,
    score: trendScore(dir, noisy),
    note: trendNote(dir, noisy, latest === null ? "värde saknas" : "utgångsvärde saknas"),
    target: trend.target,
    status: trend.status,
    statusWord: statusWord(trend.status),
  };
}

function comparisonOf(row: FinalIndicatorRow): Comparison | null {
  if (row.score === null || row.baseline === null || row.latest === null) return null;
  const between = row.baselinePeriod ? ` mellan ${row.baselinePeriod} och ${row.latest.period}` : "";
  return { name: row.name, unit: row.unit, decimals: row.decimals, from: row.baseline, to: row.latest.value, between, score: row.score };
}

export function finalReportModel(ctx: ReportContext): FinalReportModel {
  const { register } = ctx;
  const pledge = register.pledge;
  const tertials = pledge ? pledgeTertials(pledge) : [tertialOfDate(ymdFromSerial(serialFromDate(ctx.createdAt)))];
  const last = tertials[tertials.length - 1]!;
  const labels = tertials.map(periodLabel);
  const trends = computeTrends(register, last).indicators;
  const perTertial = tertials.map((t) => activityFigures(register, t));

  const indicators = trends.map((t, i) => finalIndicatorRow(t, register.indicators[i]!, tertials));
  const measures = register.measures.map((m): FinalMeasureRow => ({
    ...measureRow(register, m, perTertial.flatMap((f) => f.byMeasure)),
    perTertial: perTertial.map((f) => f.byMeasure.find((x) => idKey(x.measureId) === idKey(m.id))?.activities ?? 0),
  }));
  const inPledge = (v: Register["values"][number]): boolean =>
    v.period.kind === "tertial" ? labels.includes(periodLabel(v.period)) : tertials.some((t) => t.year === v.period.year);
  const partners = register.partners.map((p): FinalPartnerRow => {
    const own = perTertial.map((f) => f.byPartner.find((x) => idKey(x.partnerId) === idKey(p.id)));
    const counts = own.map((f) => f?.activities ?? 0);
    return {
      id: p.id,
      name: p.name,
      perTertial: counts,
      activities: counts.reduce((a, b) => a + b, 0),
      values: register.values.filter((v) => idKey(v.partnerId) === idKey(p.id) && inPledge(v)).length,
      tertialsReported: own.filter((f) => f?.reported === true).length,
    };
  });
  const total: ActivityFigures = addFigures(perTertial.map((f) => f.total));
  const partnersReported = partners.filter((p) => p.tertialsReported > 0).length;
  const first = tertials[0]!;
  const span = pledge ? monthSpanOfSerials(pledge.validFrom, pledge.validTo) : tertialMonthSpan(first.year, first.tertial);
  const sentences = kortversionSentences({
    span,
    area: pledge?.area ?? null,
    figures: total,
    indicatorsTotal: indicators.length,
    comparisons: indicators.map(comparisonOf).filter((c): c is Comparison => c !== null),
    comparedWith: "utgångsvärdet",
    statuses: indicators.map((i) => i.status),
    final: true,
    partnersReported,
    partnersTotal: register.partners.length,
  });
  const periodSpan = labels.length > 1 ? `${labels[0]}–${labels[labels.length - 1]}` : (labels[0] ?? "");
  return {
    kind: "final",
    head: reportHead(register, {
      reportLabel: `Slutrapport ${periodSpan}`,
      monthSpan: span,
      rowsUsed: total.activities + register.values.filter(inPledge).length,
      partnersReported,
      createdAt: ctx.createdAt,
    }),
    tertials: labels,
    keyFigures: {
      figures: total,
      partnersReported,
      partnersTotal: register.partners.length,
      measuresWithActivity: measures.filter((m) => m.figures.activities > 0).length,
      measuresTotal: measures.length,
    },
    indicators,
    women: trends
      .filter((t) => t.genderSplit)
      .map((t) => ({
        id: t.id,
        name: t.name,
        unit: t.unit,
        unitWord: unitWord(t.unit),
        decimals: decimalsFor(t.series.flatMap((p) => [p.women, p.men])),
        women: onColumns(t.series, tertials, (p) => p.women),
        men: onColumns(t.series, tertials, (p) => p.men),
      })),
    measures,
    partners,
    chart: chartData(trends, labels.filter((_, i) => tertialIndex(tertials[i]!) <= tertialIndex(last))),
    kortversion: sentences.join(" "),
    kortversionSentences: sentences,
  };
}
