/**
 * The chart block at the foot of a report: one small line chart per key
 * indicator, in its own unit, with its target as a dashed line, three charts
 * to a row across the page. The line's colour says better or worse (see
 * `chartTone`), and a note under the title says so in words.
 *
 * The charts' numbers (each indicator's values and its target per tertial)
 * are written in the cells the first row of charts covers: the indicator
 * table already gives them, so they take no room of their own on paper.
 */
import { chartAltText, type ChartData, type IndicatorChart } from "../model/chart-data";
import type { PlanBuilder } from "../../plan/plan-builder";
import type { ChartSeriesSpec } from "../../plan/sheet-plan";
import { writeParagraph, writeSection } from "./report-sections";
import { CHART_COLORS, COLORS } from "./report-styles";

/** Rows (of 15 pt) one row of charts stands on. */
export const CHART_ROWS = 7;
export const CHARTS_PER_ROW = 3;

export const CHART_NOTE =
  "Ett diagram per nyckelindikator: heldragen linje = värdet, streckad = målet. Linjens färg: grön = åt rätt håll, " +
  "orange = målet i fara, röd = åt fel håll, blå = ingen tydlig förändring.";

/** Splits the layout's columns into `parts` runs of about equal printed width: the first column of each run, and the end. */
export function columnGroups(widths: readonly number[], parts: number): number[] {
  const total = widths.reduce((a, w) => a + w, 0);
  const starts = [0];
  let sum = 0;
  for (let c = 0; c < widths.length && starts.length < parts; c++) {
    const before = sum;
    sum += widths[c]!;
    const goal = (total * starts.length) / parts;
    if (sum >= goal) {
      // Break before or after this column, whichever lands nearer the goal, keeping every run at least one column.
      const at = goal - before < sum - goal && c > starts[starts.length - 1]! ? c : c + 1;
      if (at < widths.length) starts.push(at);
    }
  }
  return [...starts, widths.length];
}

function seriesOf(b: PlanBuilder, chart: IndicatorChart, row: number, n: number): ChartSeriesSpec[] {
  const series: ChartSeriesSpec[] = [{ name: "Värde", values: b.range(row, 1, 1, n), color: CHART_COLORS[chart.tone] }];
  if (chart.target !== null) series.push({ name: "Mål", values: b.range(row + 1, 1, 1, n), color: CHART_COLORS.target, dashed: true });
  return series;
}

/** Writes the charts and their data; returns the last row the charts cover. */
export function writeChartBlock(b: PlanBuilder, data: ChartData): number {
  const section = writeSection(b, "UTVECKLING FÖR NYCKELINDIKATORER");
  if (data.charts.length === 0) {
    writeParagraph(b, "Det finns ännu inga indikatorer per tertial med värden att visa i diagram.", true);
    return b.next - 1;
  }
  writeParagraph(b, CHART_NOTE, true);
  // As many tertials as the columns under the charts hold, the latest kept.
  const categories = data.categories.slice(-Math.max(1, b.width - 1));
  const skip = data.categories.length - categories.length;
  const n = categories.length;
  const perRow = Math.min(CHARTS_PER_ROW, data.charts.length);
  const groups = columnGroups(b.widths, perRow);
  const gridRows = Math.ceil(data.charts.length / perRow);
  const top = b.next;
  for (let i = 0; i < gridRows * CHART_ROWS; i++) b.blank();
  const last = b.next - 1;

  // The data, under the first row of charts: the categories, then a values row and a target row per chart.
  categories.forEach((c, i) => b.put(top, 1 + i, c));
  data.charts.forEach((chart, k) => {
    const row = top + 1 + 2 * k;
    b.put(row, 0, chart.name);
    chart.values.slice(skip).forEach((v, i) => b.put(row, 1 + i, v));
    b.put(row + 1, 0, "Mål");
    if (chart.target !== null) for (let i = 0; i < n; i++) b.put(row + 1, 1 + i, chart.target);
  });
  b.style(b.range(top, 0, 1 + 2 * data.charts.length, Math.max(b.width, 1 + n)), { font: { color: COLORS.muted } });

  const categoryRange = b.range(top, 1, 1, n);
  data.charts.forEach((chart, k) => {
    const gridRow = Math.floor(k / perRow);
    const g = k % perRow;
    const from = top + gridRow * CHART_ROWS;
    b.plan.charts.push({
      kind: "line",
      // A name that already says its unit in brackets ("Vuxna som nattvandrat (personer per tertial)") keeps it.
      title: /\)$/.test(chart.name) ? chart.name : `${chart.name} (${chart.unitWord})`,
      categories: categoryRange,
      series: seriesOf(b, chart, top + 1 + 2 * k, n),
      from: b.range(from, groups[g]!),
      to: b.range(from + CHART_ROWS - 1, groups[g + 1]! - 1),
      altText: chartAltText({ ...chart, values: chart.values.slice(skip) }, categories),
      titleSize: 10,
      // No legend: the note above the charts says which line is which, and the plot keeps the chart's height.
      legend: false,
    });
  });
  b.keep(section, last);
  return last;
}
