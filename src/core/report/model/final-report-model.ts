/**
 * The final report's model: the whole pledge, every pledge tertial side by
 * side, each indicator's latest value against its baseline and its final
 * status against target, and the kortversion for the whole period.
 */
import { serialFromDate, serialFromYMD } from "../../date";
import { activityFigures, type ActivityFigures } from "../../figures/activity-figures";
import { periodLabel, tertialMonths } from "../../period";
import { inPledge, pledgeTertials } from "../../pledge-calendar";
import type { Register } from "../../register/types";
import { idKey } from "../../values";
import { computeTrends } from "../../trends/trends";
import type { IndicatorTrend, PeriodValue } from "../../trends/trend-types";
import { addFigures } from "./activity-rows";
import { promiseRows, type PromiseRow } from "./promises-kept";
import { indicatorChangeRows, type IndicatorChangeRow } from "./indicator-changes";
import { chartData, type ChartData } from "./chart-data";
import { decimalsFor } from "./indicator-rows";
import { finalComparison, finalIndicatorRow, onColumns, type FinalIndicatorRow } from "./final-indicator-rows";
import { reportKortversion, type ReportKortversion } from "./report-kortversion";
import { WHOLE_REGISTER } from "./report-scope";
import { reportHead, type ReportHead } from "./report-head";
import type { KeyFigures, ReportContext } from "./report-context";
import { monthSpanOfSerials, tertialMonthSpan } from "../../swedish-format";
import { unitWord } from "./trend-words";

export type { FinalIndicatorRow } from "./final-indicator-rows";

export interface FinalWomenRow {
  id: string;
  name: string;
  unit: IndicatorTrend["unit"];
  unitWord: string;
  decimals: number;
  women: (PeriodValue | null)[];
  men: (PeriodValue | null)[];
}

/** Promises kept over the whole pledge, with the activities per tertial side by side. */
export interface FinalMeasureRow extends PromiseRow {
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

export interface FinalReportModel extends ReportKortversion {
  kind: "final";
  head: ReportHead;
  tertials: string[];
  keyFigures: KeyFigures;
  indicators: FinalIndicatorRow[];
  /** Indicator fields changed since the first report locked them (ÄNDRADE INDIKATORER); empty when none. */
  indicatorChanges: IndicatorChangeRow[];
  women: FinalWomenRow[];
  measures: FinalMeasureRow[];
  partners: FinalPartnerRow[];
  chart: ChartData;
}

export function finalReportModel(ctx: ReportContext): FinalReportModel {
  const { register } = ctx;
  const pledge = register.pledge;
  // Without a pledge (the reader says why), the day the report is made stands in for its validity.
  const today = serialFromDate(ctx.createdAt);
  const validity = pledge ?? { validFrom: today, validTo: today };
  const tertials = pledgeTertials(validity);
  const last = tertials[tertials.length - 1]!;
  const labels = tertials.map(periodLabel);
  const trends = computeTrends(register, last).indicators;
  const perTertial = tertials.map((t) => activityFigures(register, t));

  const indicatorOf = new Map(register.indicators.map((i) => [idKey(i.id), i]));
  const indicators = trends.map((t) => finalIndicatorRow(t, indicatorOf.get(idKey(t.id))!, tertials));
  const measures = promiseRows(
    register,
    perTertial.flatMap((f) => f.byMeasure),
    indicators,
    "pledge",
  ).map((row): FinalMeasureRow => ({
    ...row,
    perTertial: perTertial.map((f) => f.byMeasure.find((x) => idKey(x.measureId) === idKey(row.id))?.activities ?? 0),
  }));
  const valueInPledge = (v: Register["values"][number]): boolean => inPledge(validity, v.period);
  const partners = register.partners.map((p): FinalPartnerRow => {
    const own = perTertial.map((f) => f.byPartner.find((x) => idKey(x.partnerId) === idKey(p.id)));
    const counts = own.map((f) => f?.activities ?? 0);
    return {
      id: p.id,
      name: p.name,
      perTertial: counts,
      activities: counts.reduce((a, b) => a + b, 0),
      values: register.values.filter((v) => idKey(v.partnerId) === idKey(p.id) && valueInPledge(v)).length,
      tertialsReported: own.filter((f) => f?.reported === true).length,
    };
  });
  const total: ActivityFigures = addFigures(perTertial.map((f) => f.total));
  const partnersReported = partners.filter((p) => p.tertialsReported > 0).length;
  const first = tertials[0]!;
  const span = pledge ? monthSpanOfSerials(pledge.validFrom, pledge.validTo) : tertialMonthSpan(first.year, first.tertial);
  // What the figures count: the pledge's tertials whole, the first from its first month (DOMAIN: the
  // pledge's tertials are those that overlap its validity), not the validity's months.
  const lastTertial = tertials[tertials.length - 1]!;
  const countedSpan = monthSpanOfSerials(
    serialFromYMD(first.year, tertialMonths(first.tertial)[0], 1)!,
    serialFromYMD(lastTertial.year, tertialMonths(lastTertial.tertial)[1], 1)!,
  );
  const periodSpan = labels.length > 1 ? `${labels[0]}–${labels[labels.length - 1]}` : (labels[0] ?? "");
  return {
    kind: "final",
    head: reportHead(register, {
      reportLabel: `Slutrapport ${periodSpan}`,
      monthSpan: span,
      countedSpan,
      rowsUsed: total.activities + register.values.filter(valueInPledge).length,
      partnersReported,
      createdAt: ctx.createdAt,
      final: true,
      scope: WHOLE_REGISTER,
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
    indicatorChanges: indicatorChangeRows(ctx.indicatorChanges ?? []),
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
    chart: chartData(trends, tertials, indicators),
    ...reportKortversion(register, {
      span: countedSpan,
      figures: total,
      indicators,
      comparisons: indicators.map(finalComparison),
      final: true,
      partnersReported,
    }),
  };
}
