/**
 * The tertial report sheet ("Rapport T2 2025"): A4 landscape, ten columns,
 * one page wide. Rows, top to bottom: the head (title, period line, pledge
 * line, created line), SAMMANFATTNING (the kortversion), NYCKELTAL,
 * INDIKATORER with a note on the arrows, KVINNORS TRYGGHET, ÅTGÄRDER (promises kept,
 * promises-section.ts), RAPPORTERING PER PART with the key indicators' charts beside it
 * (chart-block.ts). Values only, no formulas.
 */
import { joinWithin } from "../../plan/excel-limits";
import type { SheetPlan } from "../../plan/sheet-plan";
import { changeCell, indicatorCells, NONE, numberCell, periodCell, splitRows, unitDecimals } from "./indicator-cells";
import { columnGrid } from "./column-grid";
import { PlanBuilder } from "../../plan/plan-builder";
import { periodLabel } from "../../period";
import { reportSheet } from "./report-print";
import { tertialPromisesSection } from "./promises-section";
import { indicatorChangesSection } from "./indicator-changes-section";
import type { TertialReportModel } from "../model/tertial-report-model";
import { placed, writeTable, type ColumnSpec } from "./report-sections";
import { writeChartsBeside } from "./chart-block";
import { TAB_COLORS, COUNT_FORMAT } from "./report-styles";
import {
  ARROW_NOTE,
  indicatorColumns,
  keepWithHeader,
  notReportedFill,
  openSection,
  trendIcons,
  writeIndicatorTable,
} from "./report-tables";

/**
 * Each table's own column widths in characters (170 in all: printed one page wide at about
 * 86 %, so 11 pt text prints at 9 pt or more). The sheet's columns are the union of their
 * edges (column-grid.ts). The indicator table keeps names, comments of one clause and every
 * status word ("Förbättrat, ej nått målet") on one line. The partner table stands at the left
 * with its Saknas column wide enough for an indicator's name, and the charts beside it, two
 * to a row (`charts`: the partner table's width, then the two charts').
 */
const TABLES = {
  indicators: [50, 8, 9, 14, 14, 13, 7, 24, 8, 23],
  women: [50, 8, 9, 14, 14, 13, 15, 19],
  measures: [64, 35, 13, 14, 11, 12, 10, 11],
  partners: [36, 12, 16, 24, 13],
  charts: [101, 34, 35],
  keyFigures: [23, 11, 23, 11, 23, 11, 23, 11, 23, 11],
} as const;
const GRID = columnGrid(TABLES);
export const TERTIAL_WIDTHS: readonly number[] = GRID.widths;
const at = (table: keyof typeof TABLES, i: number) => GRID.places[table][i]!;

function indicatorSection(b: PlanBuilder, m: TertialReportModel): void {
  const section = openSection(b, "INDIKATORER", m.indicators);
  if (section === null) return;
  const values = [
    { header: m.previousTertial, numeric: true, wrap: true },
    { header: m.tertial, numeric: true, wrap: true },
  ];
  const columns = placed(GRID.places.indicators, indicatorColumns(values, "Status"));
  const decimals = unitDecimals([...m.indicators, ...m.women]);
  const rows = m.indicators.map((i) =>
    indicatorCells(i, decimals(i), [
      periodCell(i.previous, i.unit, decimals(i), i.annual),
      periodCell(i.current, i.unit, decimals(i), i.annual),
    ]),
  );
  writeIndicatorTable(b, section, columns, rows, ARROW_NOTE);
}

function womenSection(b: PlanBuilder, m: TertialReportModel): void {
  const section = openSection(b, "KVINNORS TRYGGHET", m.women);
  if (section === null) return;
  const columns = placed(GRID.places.women, [
    { header: "Indikator", wrap: true },
    { header: "Enhet" },
    { header: "Period" },
    { header: "Kvinnor", numeric: true },
    { header: "Män", numeric: true },
    { header: "Skillnad", numeric: true },
    { header: "Trend kvinnor", center: true },
    { header: "Kommentar", wrap: true },
  ]);
  const decimals = unitDecimals([...m.indicators, ...m.women]);
  const rows = m.women.map((w) => [
    w.name,
    w.unitWord,
    w.period === null ? NONE : periodLabel(w.period),
    numberCell(w.women, w.unit, decimals(w)),
    numberCell(w.men, w.unit, decimals(w)),
    changeCell(w.difference, w.unit, decimals(w)),
    w.score,
    w.note,
  ]);
  const table = writeTable(b, columns, splitRows(rows));
  trendIcons(b, table, columns[6]!);
  keepWithHeader(b, section, table);
}

const PARTNER_COLUMNS: ColumnSpec[] = [
  { header: "Part", wrap: true },
  { header: "Aktiviteter", numeric: true },
  { header: "Indikatorvärden", numeric: true },
  { header: "Saknas", wrap: true },
  { header: "Rapporterat", center: true },
];

/** Whether the charts stand beside the partner table (there is one) rather than across the page under it. */
const chartsBeside = (m: TertialReportModel): boolean => m.partners.length > 0;

/**
 * One partner a row, and beside the table (`chartsBeside`) the charts of the key indicators,
 * two to a row: the section's title row carries both titles, and the block is kept on one page
 * up to the charts' last row (a long partner table runs on after it).
 */
function partnerSection(b: PlanBuilder, m: TertialReportModel): void {
  const section = openSection(b, "RAPPORTERING PER PART", m.partners);
  if (section === null) return;
  const rows = m.partners.map((p) => [
    p.name,
    { value: p.activities, format: COUNT_FORMAT },
    p.valuesText ?? NONE,
    p.missing.length > 0 ? joinWithin(p.missing, ", ") : NONE,
    p.reported ? "Ja" : "Nej",
  ]);
  const columns = placed(GRID.places.partners, PARTNER_COLUMNS);
  const table = writeTable(b, columns, splitRows(rows));
  notReportedFill(b, table, columns[4]!);
  const charts = writeChartsBeside(b, m.chart, section, at("charts", 1).col);
  while (b.next <= charts) b.blank();
  b.keep(section, Math.max(table.last, charts), Math.max(charts, Math.min(table.last, table.first + 2)));
}

export function tertialReportPlan(model: TertialReportModel, sheetName: string): SheetPlan {
  return reportSheet(new PlanBuilder(sheetName, "rapport", TERTIAL_WIDTHS), {
    head: model.head,
    kortversion: model.kortversion,
    keyFiguresTitle: "NYCKELTAL",
    keyFigures: model.keyFigures,
    keyFigurePlaces: GRID.places.keyFigures,
    sections: [
      (b) => indicatorSection(b, model),
      (b) => indicatorChangesSection(b, model.indicatorChanges),
      (b) => womenSection(b, model),
      (b) => tertialPromisesSection(b, model, GRID.places.measures),
      (b) => partnerSection(b, model),
    ],
    chart: chartsBeside(model) ? null : model.chart,
    sheetName,
    tabColor: TAB_COLORS.rapport,
  });
}
