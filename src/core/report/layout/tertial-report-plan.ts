/**
 * The tertial report sheet ("Rapport T2 2025"): A4 landscape, ten columns,
 * one page wide. Rows, top to bottom: the head (title, period line, pledge
 * line, created line), SAMMANFATTNING (the kortversion), NYCKELTAL,
 * INDIKATORER with a note on the arrows, KVINNORS TRYGGHET, ÅTGÄRDER (promises kept,
 * promises-section.ts), RAPPORTERING PER PART, and the chart block. Values only, no formulas.
 */
import { joinWithin } from "../../plan/excel-limits";
import type { SheetPlan } from "../../plan/sheet-plan";
import { changeCell, NONE, numberCell, periodCell, splitRows, unitDecimals } from "./indicator-cells";
import { writeChartBlock } from "./chart-block";
import { PlanBuilder } from "../../plan/plan-builder";
import { periodLabel } from "../../period";
import { finishReport } from "./report-print";
import { tertialPromisesSection } from "./promises-section";
import { indicatorChangesSection } from "./indicator-changes-section";
import type { TertialReportModel } from "../model/tertial-report-model";
import { writeHead, writeKeyFigures, writeParagraph, writeSection, writeTable, type TableColumn } from "./report-sections";
import { TAB_COLORS, COUNT_FORMAT } from "./report-styles";
import { ARROW_NOTE, emptyLine, keepWithHeader, notReportedFill, statusFills, trendIcons } from "./report-tables";

/**
 * Column widths in characters, about 170 in all (Status wide enough for "Utgång saknas"): printed one page wide at about
 * 83 %. Indicator names, comments and focus areas stay on one line, so a register
 * of about ten indicators gets its indicator table on page 1 under the summary and
 * key figures, and the women's and measures' tables share page 2. Each column
 * serves several tables (col 1 Enhet and Fokusområde, col 2 Ansvarig and key-figure
 * labels, col 6 Trend and K/flickor); no header word is wider than its column.
 */
export const TERTIAL_WIDTHS = [44, 19, 19, 13, 13, 11, 9, 20, 9, 14] as const;
const TREND_COL = 6;
const STATUS_COL = 9;

function indicatorSection(b: PlanBuilder, m: TertialReportModel): void {
  const section = writeSection(b, "INDIKATORER");
  if (m.indicators.length === 0) return emptyLine(b, "Inga indikatorer är registrerade.");
  const columns: TableColumn[] = [
    { header: "Indikator", col: 0, wrap: true },
    { header: "Enhet", col: 1 },
    { header: "Utgång", col: 2, numeric: true },
    { header: m.previousTertial, col: 3, numeric: true, wrap: true },
    { header: m.tertial, col: 4, numeric: true, wrap: true },
    { header: "Förändring", col: 5, numeric: true },
    { header: "Trend", col: TREND_COL, center: true },
    { header: "Kommentar", col: 7, wrap: true },
    { header: "Mål", col: 8, numeric: true },
    { header: "Status", col: STATUS_COL },
  ];
  const decimals = unitDecimals([...m.indicators, ...m.women]);
  const rows = m.indicators.map((i) => [
    i.name,
    i.unitWord,
    numberCell(i.baseline, i.unit, decimals(i)),
    periodCell(i.previous, i.unit, decimals(i), i.annual),
    periodCell(i.current, i.unit, decimals(i), i.annual),
    changeCell(i.change, i.unit, decimals(i)),
    i.score,
    i.note,
    numberCell(i.target, i.unit, decimals(i)),
    i.statusWord,
  ]);
  const table = writeTable(b, columns, splitRows(rows));
  trendIcons(b, table, TREND_COL);
  statusFills(b, table, STATUS_COL);
  keepWithHeader(b, section, table, writeParagraph(b, ARROW_NOTE, true));
}

function womenSection(b: PlanBuilder, m: TertialReportModel): void {
  const section = writeSection(b, "KVINNORS TRYGGHET");
  if (m.women.length === 0) return emptyLine(b, "Det finns inga könsuppdelade indikatorer i registret.");
  const columns: TableColumn[] = [
    { header: "Indikator", col: 0, wrap: true },
    { header: "Enhet", col: 1 },
    { header: "Period", col: 2 },
    { header: "Kvinnor", col: 3, numeric: true },
    { header: "Män", col: 4, numeric: true },
    { header: "Skillnad", col: 5, numeric: true },
    { header: "Trend kvinnor", col: TREND_COL, center: true },
    { header: "Kommentar", col: 7, wrap: true },
  ];
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
  trendIcons(b, table, TREND_COL);
  keepWithHeader(b, section, table);
}

function partnerSection(b: PlanBuilder, m: TertialReportModel): void {
  const section = writeSection(b, "RAPPORTERING PER PART");
  if (m.partners.length === 0) return emptyLine(b, "Inga parter är registrerade.");
  const columns: TableColumn[] = [
    { header: "Part", col: 0, wrap: true },
    { header: "Aktiviteter", col: 1, numeric: true },
    { header: "Indikatorvärden", col: 2, numeric: true },
    { header: "Saknas", col: 3, wrap: true },
    { header: "Rapporterat", col: 4, center: true },
  ];
  const rows = m.partners.map((p) => [
    p.name,
    { value: p.activities, format: COUNT_FORMAT },
    p.valuesText ?? NONE,
    p.missing.length > 0 ? joinWithin(p.missing, ", ") : NONE,
    p.reported ? "Ja" : "Nej",
  ]);
  const table = writeTable(b, columns, splitRows(rows));
  notReportedFill(b, table, 4);
  keepWithHeader(b, section, table);
}

export function tertialReportPlan(model: TertialReportModel, sheetName: string): SheetPlan {
  const b = new PlanBuilder(sheetName, "rapport", TERTIAL_WIDTHS);
  writeHead(b, model.head);
  const summary = writeSection(b, "SAMMANFATTNING");
  writeParagraph(b, model.kortversion);
  b.keep(summary, summary + 1);
  b.blank();
  const keyRow = writeSection(b, "NYCKELTAL");
  writeKeyFigures(b, model.keyFigures);
  b.keep(keyRow, b.next - 1);
  b.blank();
  indicatorSection(b, model);
  b.blank();
  indicatorChangesSection(b, model.indicatorChanges);
  womenSection(b, model);
  b.blank();
  tertialPromisesSection(b, model);
  b.blank();
  partnerSection(b, model);
  b.blank();
  writeChartBlock(b, model.chart);
  return finishReport(b, sheetName, model.head.createdDate, TAB_COLORS.rapport);
}
