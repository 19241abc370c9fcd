/** A plan's line chart through excelts' chart API (a classic `c:lineChart` part). */
import type { Worksheet } from "@cj-tech-master/excelts";
import { installChartSupport, type AddChartMarkerOptions } from "@cj-tech-master/excelts/chart";
import { a1, parseA1, parseRange } from "../core/address";
import type { ChartSeriesSpec, ChartSpec } from "../core/plan/sheet-plan";
import { quoteSheetName } from "../core/plan/sheet-names";

let installed = false;

/** `'Rapport T2 2025'!$C$2:$C$9`: chart series refer to ranges with their sheet, absolutely. */
export function absoluteReference(sheet: string, range: string): string {
  const r = parseRange(range);
  const start = `$${a1(r.row, r.col).replace(/(\d+)$/, "$$$1")}`;
  if (r.rows === 1 && r.cols === 1) return `${quoteSheetName(sheet)}!${start}`;
  const end = `$${a1(r.row + r.rows - 1, r.col + r.cols - 1).replace(/(\d+)$/, "$$$1")}`;
  return `${quoteSheetName(sheet)}!${start}:${end}`;
}

/** The axis labels' font size (in hundredths of a point), when the plan gives one. */
const axisText = (chart: ChartSpec) => (chart.textSize ? { txPr: { size: Math.round(chart.textSize * 100) } } : {});

/** Points of a marker: a dot 5, a target's level dash wider (c:marker/c:size, 2 to 72). */
const MARKER_SIZE = { circle: 5, dash: 9 } as const;

/**
 * A series' markers: the plan's (a target's short level dash, so one period's target shows), else a
 * dot on a solid line in its colour and none on a dashed one; a solid line without a colour keeps the
 * host's markers.
 */
function seriesMarker(s: ChartSeriesSpec): { marker?: AddChartMarkerOptions } {
  const symbol = s.marker ?? (s.dashed ? "none" : "circle");
  if (symbol === "none") return { marker: { symbol } };
  if (!s.color) return s.marker === undefined ? {} : { marker: { symbol, size: MARKER_SIZE[symbol] } };
  const colour = s.color.replace(/^#/, "");
  return { marker: { symbol, size: MARKER_SIZE[symbol], fill: colour, border: colour } };
}

/**
 * Adds the chart covering the cells `from` to `to` (both included) and returns
 * excelts' workbook-wide chart number, which names its drawing frame `Chart <n>`.
 */
export function addLineChart(ws: Worksheet, chart: ChartSpec): number {
  if (!installed) {
    installChartSupport();
    installed = true;
  }
  const to = parseA1(chart.to);
  const categories = absoluteReference(ws.name, chart.categories);
  return ws.addLineChart(
    {
      title: chart.titleSize
        ? { paragraphs: [{ runs: [{ text: chart.title, properties: { size: Math.round(chart.titleSize * 100), bold: true } }] }] }
        : chart.title,
      // Explicit: LibreOffice smooths a line series that does not say (the Excel 2007 default).
      series: chart.series.map((s) => ({
        name: s.name,
        categories,
        values: absoluteReference(ws.name, s.values),
        smooth: false,
        ...(s.color ? { line: s.color.replace(/^#/, "") } : {}),
        ...(s.dashed ? { lineDash: "dash" as const, lineWidth: 1.5 } : s.color ? { lineWidth: 2.25 } : {}),
        ...seriesMarker(s),
      })),
      // Tick marks said outright: a c:minorTickMark left out means "cross" (the schema's default), which
      // LibreOffice draws as a ruler along the value axis. The value axis has its gridlines instead.
      categoryAxis: { majorTickMark: "outside", minorTickMark: "none", ...axisText(chart) },
      valueAxis: {
        majorTickMark: "none",
        minorTickMark: "none",
        ...axisText(chart),
        ...(chart.yAxisTitle ? { title: chart.yAxisTitle } : {}),
      },
      showLegend: chart.legend ?? true,
      legendPosition: "b",
    },
    // A two-cell anchor ends at the top-left corner of its `br` cell, so use the cell after `to`.
    { tl: chart.from, br: a1(to.row + 1, to.col + 1) },
  );
}
