/**
 * The line chart: added from its first series, the rest added series by series
 * (ExcelApi 1.7) so values and categories may lie anywhere on the sheet.
 * Office.js has no alt-text property for charts; the xlsx adapter writes it.
 */
import type { ChartSeriesSpec, ChartSpec, SheetPlan } from "../core/plan/sheet-plan";
import { parseRange } from "../core/address";
import { step, type StepEnv, type WriteStep } from "./write-step";

/** ChartSeries.name "should not be greater than 255 characters" (Office.js reference). */
export const MAX_SERIES_NAME = 255;
const ZERO_WIDTH_SPACE = "\u200B";

/**
 * A series name (an indicator name people typed) as Excel keeps it as text.
 * Excel reads a series name that begins with "=" as a reference ("=Sheet1!R1C1",
 * as Series.Name is documented for VBA over the same object model), and a
 * leading + - @ is how a typed formula may begin too: such a name gets a
 * zero-width space first, so the legend shows it unchanged and it stays text.
 * A name over 255 characters is cut with an ellipsis.
 */
export function literalSeriesName(name: string): string {
  const safe = /^[=+\-@]/.test(name) ? `${ZERO_WIDTH_SPACE}${name}` : name;
  if (safe.length <= MAX_SERIES_NAME) return safe;
  const cut = safe.slice(0, MAX_SERIES_NAME - 1);
  // Never half a surrogate pair (an emoji) before the ellipsis.
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/** The marker a series' points get: the plan's, else a dot on a solid line and none on a dashed one. */
export const markerOf = (spec: ChartSeriesSpec): "circle" | "dash" | "none" => spec.marker ?? (spec.dashed ? "none" : "circle");

/** Points of a marker: a dot 5 as the host draws it, a target's dash wider so it reads as a level (ExcelApi 1.7: 2 to 72). */
const MARKER_SIZE = { circle: 5, dash: 9 } as const;

/**
 * A series' colour, line and markers (ExcelApi 1.7): solid or dashed, with round dots, short level
 * dashes (a target: one period's target still shows) or none, the markers in the line's colour.
 */
function styleSeries(series: Excel.ChartSeries, spec: ChartSeriesSpec): void {
  if (spec.color) series.format.line.color = spec.color;
  if (spec.dashed) series.format.line.lineStyle = "Dash";
  const marker = markerOf(spec);
  if (marker === "none") {
    series.markerStyle = "None";
    return;
  }
  if (!spec.color && spec.marker === undefined) return;
  series.markerStyle = marker === "dash" ? "Dash" : "Circle";
  series.markerSize = MARKER_SIZE[marker];
  if (spec.color) {
    series.markerBackgroundColor = spec.color;
    series.markerForegroundColor = spec.color;
  }
}

function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...rest] = spec.series;
  if (!first) return;
  const seriesBy = parseRange(first.values).rows === 1 ? "Rows" : "Columns";
  const chart = sheet.charts.add("Line", sheet.getRange(first.values), seriesBy);
  chart.title.text = spec.title;
  if (spec.titleSize) {
    chart.title.format.font.size = spec.titleSize;
    chart.title.format.font.bold = true;
  }
  // The axis labels' size (ExcelApi 1.1), as the xlsx writer sets it: a report's small charts print at 9 pt or more.
  if (spec.textSize) {
    chart.axes.categoryAxis.format.font.size = spec.textSize;
    chart.axes.valueAxis.format.font.size = spec.textSize;
  }
  if (spec.legend === false) chart.legend.visible = false;
  else chart.legend.position = "Bottom";
  chart.setPosition(spec.from, spec.to);
  const categories = sheet.getRange(spec.categories);
  const s0 = chart.series.getItemAt(0);
  s0.name = literalSeriesName(first.name);
  s0.setXAxisValues(categories);
  styleSeries(s0, first);
  for (const more of rest) {
    const series = chart.series.add(literalSeriesName(more.name));
    series.setValues(sheet.getRange(more.values));
    series.setXAxisValues(categories);
    styleSeries(series, more);
  }
  if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
}

export function chartSteps(plan: SheetPlan, env: StepEnv): WriteStep[] {
  if (!env.supports("charts")) return [];
  return plan.charts.map((spec) => step(spec, (s) => addChart(s.sheet(plan.name), spec), { ops: 8 + 10 * spec.series.length }));
}
