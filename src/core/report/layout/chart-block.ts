/**
 * The chart block at the foot of a report: the key indicators' index values
 * (indicators as rows, tertials as columns) and a line chart drawn below them.
 */
import { chartAltText, type ChartData } from "../model/chart-data";
import type { PlanBuilder } from "../../plan/plan-builder";
import { writeParagraph, writeSection, writeTable, type TableColumn } from "./report-sections";

export const CHART_ROWS = 18;

/** Writes the data and the chart; returns the last row the chart covers. */
export function writeChartBlock(b: PlanBuilder, chart: ChartData): number {
  const section = writeSection(b, "UTVECKLING FÖR NYCKELINDIKATORER (INDEX, UTGÅNGSVÄRDE = 100)");
  if (chart.series.length === 0) {
    writeParagraph(b, "Det finns ännu inga indikatorer med utgångsvärde och värden att visa i diagrammet.", true);
    return b.next - 1;
  }
  const columns: TableColumn[] = [
    { header: "Indikator (index)", col: 0, wrap: true },
    ...chart.categories.map((c, i) => ({ header: c, col: i + 1, numeric: true })),
  ];
  const table = writeTable(b, columns, {
    // Empty, not "—": a chart plots text as zero.
    cells: chart.series.map((s) => [s.name, ...s.values]),
    formats: chart.series.map((s) => [null, ...s.values.map(() => "0")]),
  });
  const lastCol = Math.max(b.width - 1, chart.categories.length);
  const from = b.next;
  for (let i = 0; i < CHART_ROWS; i++) b.blank();
  const to = b.next - 1;
  const categories = b.range(table.header, 1, 1, chart.categories.length);
  b.plan.charts.push({
    kind: "line",
    title: "Nyckelindikatorer per tertial (utgångsvärde = 100)",
    categories,
    series: chart.series.map((s, i) => ({ name: s.name, values: b.range(table.first + i, 1, 1, chart.categories.length) })),
    from: b.range(from + 1, 0),
    to: b.range(to, lastCol),
    yAxisTitle: "Index (utgångsvärde = 100)",
    altText: chartAltText(chart),
  });
  b.keep(section, to);
  return to;
}
