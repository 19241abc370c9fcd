/**
 * The tertial report model: everything a tertial report sheet shows, computed once from the
 * checked register. The sheet plans only lay it out.
 */
import { activityFigures } from "../../figures/activity-figures";
import { periodLabel, previousTertial, tertialIndex, type TertialPeriod } from "../../period";
import { pledgeTertials } from "../../pledge-calendar";
import { idKey } from "../../values";
import { computeTrends } from "../../trends/trends";
import { partnerRow, type PartnerRow } from "./activity-rows";
import { chartData, type ChartData } from "./chart-data";
import { indicatorRow, womenRow, type IndicatorRow, type WomenRow } from "./indicator-rows";
import type { Comparison } from "./kortversion";
import { reportKortversion, type ReportKortversion } from "./report-kortversion";
import type { KeyFigures, ReportContext } from "./report-context";
import { reportHead, type ReportHead } from "./report-head";
import { tertialScope } from "./report-scope";
import { promiseRows, type PromiseRow } from "./promises-kept";
import { indicatorChangeRows, type IndicatorChangeRow } from "./indicator-changes";
import { tertialMonthSpan } from "../../swedish-format";

export interface TertialReportModel extends ReportKortversion {
  kind: "tertial";
  head: ReportHead;
  /** "T2 2025". */
  tertial: string;
  /** "T1 2025": the column before this tertial's in the indicator table. */
  previousTertial: string;
  keyFigures: KeyFigures;
  indicators: IndicatorRow[];
  /** Indicator fields changed since the first report locked them (ÄNDRADE INDIKATORER); empty when none. */
  indicatorChanges: IndicatorChangeRow[];
  /** Gender-split indicators. */
  women: WomenRow[];
  /** Promises kept: each measure's status, what was done in the tertial, its indicators and a verdict. */
  measures: PromiseRow[];
  partners: PartnerRow[];
  chart: ChartData;
}

/** The change an indicator row may lend the kortversion, when it has two values to compare. */
export function comparisonOf(row: IndicatorRow): Comparison | null {
  if (row.direction === "unknown" || row.previous === null || row.current === null) return null;
  return {
    name: row.name,
    unit: row.unit,
    decimals: row.decimals,
    from: row.previous.value,
    to: row.current.value,
    between: row.annual ? ` mellan ${periodLabel(row.previous.period)} och ${periodLabel(row.current.period)}` : "",
    direction: row.direction,
    noise: row.noise,
  };
}

export function tertialReportModel(ctx: ReportContext, tertial: TertialPeriod): TertialReportModel {
  const { register } = ctx;
  const label = periodLabel(tertial);
  const trends = computeTrends(register, tertial).indicators;
  const figures = activityFigures(register, tertial);
  const byPartner = new Map(figures.byPartner.map((f) => [idKey(f.partnerId), f] as const));
  const partners = register.partners.map((p) => partnerRow(register, p, byPartner.get(idKey(p.id))));
  const partnersReported = partners.filter((p) => p.reported).length;
  const indicators = trends.map(indicatorRow);
  const measures = promiseRows(register, figures.byMeasure, indicators, "tertial");
  const span = tertialMonthSpan(tertial.year, tertial.tertial);
  const keyFigures: KeyFigures = {
    figures: figures.total,
    partnersReported,
    partnersTotal: register.partners.length,
    measuresWithActivity: measures.filter((m) => m.figures.activities > 0).length,
    measuresTotal: measures.length,
  };
  const categories = (register.pledge ? pledgeTertials(register.pledge) : [tertial]).filter(
    (t) => tertialIndex(t) <= tertialIndex(tertial),
  );
  return {
    kind: "tertial",
    head: reportHead(register, {
      reportLabel: `Tertialrapport ${label}`,
      monthSpan: span,
      rowsUsed: figures.total.activities + figures.byPartner.reduce((s, p) => s + p.values, 0),
      partnersReported,
      createdAt: ctx.createdAt,
      scope: tertialScope(tertial),
    }),
    tertial: label,
    previousTertial: periodLabel(previousTertial(tertial)),
    keyFigures,
    indicators,
    indicatorChanges: indicatorChangeRows(ctx.indicatorChanges ?? []),
    women: trends.filter((t) => t.genderSplit).map(womenRow),
    measures,
    partners,
    chart: chartData(trends, categories, indicators),
    ...reportKortversion(register, {
      span,
      figures: figures.total,
      indicators,
      comparisons: indicators.map(comparisonOf),
      final: false,
      partnersReported,
    }),
  };
}
