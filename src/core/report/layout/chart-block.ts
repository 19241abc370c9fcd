/**
 * The charts of a report: one small line chart per key indicator, in its own
 * unit, with its target as a dashed line. The Slutrapport has them at its foot,
 * three to a row across the page (`writeChartBlock`); the tertial report beside
 * its partner table, two to a row (`writeChartsBeside`), so they take no page of
 * their own. The line's colour says better or worse (see `chartTone`), and a
 * note under the title says so in words.
 *
 * The charts' numbers (each indicator's values and its target per tertial)
 * are written in the cells the charts cover: the indicator table already
 * gives them, so they take no room of their own on paper.
 */
import { chartAltText, type ChartData, type IndicatorChart } from "../model/chart-data";
import { linesFor, type PlanBuilder } from "../../plan/plan-builder";
import type { ChartSeriesSpec } from "../../plan/sheet-plan";
import { writeParagraph, writeSection } from "./report-sections";
import { CHART_COLORS, COLORS, NOTE_STYLE, SMALL_TEXT_SIZE } from "./report-styles";

/** Rows (of 15 pt) one row of charts stands on: three charts across the page, or two beside a table. */
export const CHART_ROWS = 7;
export const CHART_ROWS_BESIDE = 9;
export const CHARTS_PER_ROW = 3;

const CHART_TITLE = "UTVECKLING FÖR NYCKELINDIKATORER";
const NO_CHARTS = "Det finns ännu inga indikatorer per tertial med värden att visa i diagram.";
/**
 * Points: the sheets print at 84–86 % (the Slutrapport at 84 %, Excel's fit-to-width rounded down),
 * so the title's and the axes' 11 pt stay at 9 pt or more on paper (10.5 pt printed at 8.8 pt).
 */
const CHART_TITLE_SIZE = 11;
const CHART_TEXT_SIZE = 11;

export const CHART_NOTE =
  "Heldragen linje = värdet, streckad = målet. Linjens färg: grön = åt rätt håll, " +
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

function seriesOf(b: PlanBuilder, chart: IndicatorChart, row: number, col: number, n: number): ChartSeriesSpec[] {
  const series: ChartSeriesSpec[] = [{ name: "Värde", values: b.range(row, col, 1, n), color: CHART_COLORS[chart.tone] }];
  if (chart.target !== null)
    series.push({ name: "Mål", values: b.range(row + 1, col, 1, n), color: CHART_COLORS.target, dashed: true, marker: "dash" });
  return series;
}

/** Where a grid of charts stands: from row `top`, over the layout's columns `from` to `to` (not included), `perRow` across. */
interface ChartArea {
  top: number;
  from: number;
  to: number;
  perRow: number;
  /** Rows a row of charts stands on. */
  rows: number;
}

/**
 * The charts and their numbers in `area`; returns the last row they cover. The numbers (the categories, then a values row and a target row per chart) stand in the
 * area's cells from its top, under the charts: 2 rows a chart and one more never need more rows
 * than the charts cover (7 or 8 a row of charts, two or three charts to a row).
 */
function placeCharts(b: PlanBuilder, data: ChartData, area: ChartArea): number {
  const cols = area.to - area.from;
  // As many tertials as the columns under the charts hold, the latest kept.
  const categories = data.categories.slice(-Math.max(1, cols - 1));
  const skip = data.categories.length - categories.length;
  const n = categories.length;
  const groups = columnGroups(b.widths.slice(area.from, area.to), area.perRow).map((g) => g + area.from);
  const last = area.top + Math.ceil(data.charts.length / area.perRow) * area.rows - 1;
  const { top, from } = area;

  categories.forEach((c, i) => b.put(top, from + 1 + i, c));
  data.charts.forEach((chart, k) => {
    const row = top + 1 + 2 * k;
    b.put(row, from, chart.name);
    chart.values.slice(skip).forEach((v, i) => b.put(row, from + 1 + i, v));
    b.put(row + 1, from, "Mål");
    if (chart.target !== null) for (let i = 0; i < n; i++) b.put(row + 1, from + 1 + i, chart.target);
  });
  b.style(b.range(top, from, 1 + 2 * data.charts.length, Math.max(cols, 1 + n)), { font: { color: COLORS.muted } });

  const categoryRange = b.range(top, from + 1, 1, n);
  data.charts.forEach((chart, k) => {
    const g = k % area.perRow;
    const at = top + Math.floor(k / area.perRow) * area.rows;
    b.plan.charts.push({
      kind: "line",
      // A name that already says its unit in brackets ("Vuxna som nattvandrat (personer per tertial)") keeps it.
      title: /\)$/.test(chart.name) ? chart.name : `${chart.name} (${chart.unitWord})`,
      categories: categoryRange,
      series: seriesOf(b, chart, top + 1 + 2 * k, from + 1, n),
      from: b.range(at, groups[g]!),
      to: b.range(at + area.rows - 1, groups[g + 1]! - 1),
      altText: chartAltText({ ...chart, values: chart.values.slice(skip) }, categories),
      titleSize: CHART_TITLE_SIZE,
      textSize: CHART_TEXT_SIZE,
      // No legend: the note above the charts says which line is which, and the plot keeps the chart's height.
      legend: false,
    });
  });
  return last;
}

/** Writes the section across the page, three charts to a row, and their data; returns the last row the charts cover. */
export function writeChartBlock(b: PlanBuilder, data: ChartData): number {
  const section = writeSection(b, CHART_TITLE);
  if (data.charts.length === 0) {
    writeParagraph(b, NO_CHARTS, true);
    return b.next - 1;
  }
  writeParagraph(b, CHART_NOTE, true);
  const top = b.next;
  const last = placeCharts(b, data, { top, from: 0, to: b.width, perRow: Math.min(CHARTS_PER_ROW, data.charts.length), rows: CHART_ROWS });
  while (b.next <= last) b.blank();
  b.keep(section, last);
  return last;
}

/**
 * The charts beside a table that starts under the section row `section`: the title in that row at
 * the layout column `from`, the note under it over as many rows as its lines, then two charts to a
 * row over the columns from `from` to the sheet's right edge. Writes no row of its own below the
 * table's (the caller adds blank rows to the returned last row, and keeps the block on one page).
 * With no charts to draw it says so there in one note.
 */
export function writeChartsBeside(b: PlanBuilder, data: ChartData, section: number, from: number): number {
  b.put(section, from, CHART_TITLE);
  const note = data.charts.length === 0 ? NO_CHARTS : CHART_NOTE;
  const width = (b.widths.slice(from).reduce((a, w) => a + w * 7 + 5, 0) - 5) / 7;
  const lines = linesFor(note, width, { size: SMALL_TEXT_SIZE });
  const noteRange = b.range(section + 1, from, lines, b.width - from);
  b.put(section + 1, from, note);
  b.merge(noteRange);
  b.style(noteRange, NOTE_STYLE);
  if (data.charts.length === 0) return section + lines;
  return placeCharts(b, data, {
    top: section + 1 + lines,
    from,
    to: b.width,
    perRow: Math.min(2, data.charts.length),
    rows: CHART_ROWS_BESIDE,
  });
}
