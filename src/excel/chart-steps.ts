/**
 * The line chart: added from its first series, the rest added series by series
 * (ExcelApi 1.7) so values and categories may lie anywhere on the sheet.
 * Office.js has no alt-text property for charts; the xlsx adapter writes it.
 */
import type { ChartSpec, SheetPlan } from "../core/plan/sheet-plan";
import { parseRange } from "../core/address";
import { step, type StepEnv, type WriteStep } from "./write-step";

function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...rest] = spec.series;
  if (!first) return;
  const seriesBy = parseRange(first.values).rows === 1 ? "Rows" : "Columns";
  const chart = sheet.charts.add("Line", sheet.getRange(first.values), seriesBy);
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  chart.setPosition(spec.from, spec.to);
  const categories = sheet.getRange(spec.categories);
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(categories);
  for (const more of rest) {
    const series = chart.series.add(more.name);
    series.setValues(sheet.getRange(more.values));
    series.setXAxisValues(categories);
  }
  if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
}

export function chartSteps(plan: SheetPlan, env: StepEnv): WriteStep[] {
  if (!env.supports("charts")) return [];
  return plan.charts.map((spec) => step(spec, (s) => addChart(s.sheet(plan.name), spec), { ops: 8 + 4 * spec.series.length }));
}
