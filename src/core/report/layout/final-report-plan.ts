/**
 * The final report sheet ("Slutrapport"): the same head and sections as the
 * tertial report, with every pledge tertial as its own column. Columns:
 * A name, B unit/focus/reported, C baseline/responsible/values, then one per
 * tertial, then change against baseline, trend, comment, target, status.
 */
import type { Cell } from "../../cell";
import type { SheetPlan } from "../../plan/sheet-plan";
import type { FinalReportModel } from "../model/final-report-model";
import { changeCell, NONE, numberCell, periodCell, splitRows, unitDecimals, type CellWithFormat } from "./indicator-cells";
import { writeChartBlock } from "./chart-block";
import { PlanBuilder } from "../../plan/plan-builder";
import { finishReport } from "./report-print";
import { finalPromisesSection } from "./promises-section";
import { indicatorChangesSection } from "./indicator-changes-section";
import {
  writeGroupHeader,
  writeHead,
  writeKeyFigures,
  writeParagraph,
  writeSection,
  writeTable,
  type TableColumn,
} from "./report-sections";
import { COUNT_FORMAT, TAB_COLORS } from "./report-styles";
import { ARROW_NOTE, emptyLine, keepWithHeader, statusFills, trendIcons } from "./report-tables";
import { formatNumberSv } from "../../swedish-format";

// Wide enough for every header word (Förändring, Deltagare) and key-figure label (Andel kvinnor/flickor).
const LEAD_WIDTHS = [32, 14, 19];
const TERTIAL_WIDTH = 8;
const TAIL_WIDTHS = [11, 10, 20, 9, 14];

/** Column positions for a pledge with `n` tertials. */
function layout(n: number) {
  const t0 = LEAD_WIDTHS.length;
  const tail = t0 + n;
  return {
    widths: [...LEAD_WIDTHS, ...Array.from({ length: n }, () => TERTIAL_WIDTH), ...TAIL_WIDTHS],
    t0,
    change: tail,
    trend: tail + 1,
    note: tail + 2,
    target: tail + 3,
    status: tail + 4,
  };
}
type Layout = ReturnType<typeof layout>;

const tertialColumns = (m: FinalReportModel, at: number, numeric = true): TableColumn[] =>
  m.tertials.map((header, i) => ({ header, col: at + i, numeric, wrap: true }));

const count = (n: number): CellWithFormat => ({ value: n, format: COUNT_FORMAT });

function indicatorSection(b: PlanBuilder, m: FinalReportModel, L: Layout): void {
  const section = writeSection(b, "INDIKATORER");
  if (m.indicators.length === 0) return emptyLine(b, "Inga indikatorer är registrerade.");
  writeGroupHeader(b, "Värde per tertial", L.t0, m.tertials.length);
  const columns: TableColumn[] = [
    { header: "Indikator", col: 0, wrap: true },
    { header: "Enhet", col: 1 },
    { header: "Utgång", col: 2, numeric: true },
    ...tertialColumns(m, L.t0),
    { header: "Förändring", col: L.change, numeric: true },
    { header: "Trend", col: L.trend, center: true },
    { header: "Kommentar", col: L.note, wrap: true },
    { header: "Mål", col: L.target, numeric: true },
    { header: "Slutstatus", col: L.status, wrap: true },
  ];
  const decimals = unitDecimals([...m.indicators, ...m.women]);
  const rows = m.indicators.map((i) => [
    i.name,
    i.unitWord,
    numberCell(i.baseline, i.unit, decimals(i)),
    ...i.values.map((v) => periodCell(v, i.unit, decimals(i), i.annual)),
    changeCell(i.change, i.unit, decimals(i)),
    i.score,
    i.note,
    numberCell(i.target, i.unit, decimals(i)),
    i.statusWord,
  ]);
  const table = writeTable(b, columns, splitRows(rows));
  trendIcons(b, table, L.trend);
  statusFills(b, table, L.status);
  const note = ARROW_NOTE.replace("pil ned = sämre.", "pil ned = sämre, jämfört med utgångsvärdet.");
  keepWithHeader(b, section, table, writeParagraph(b, note, true));
}

function womenSection(b: PlanBuilder, m: FinalReportModel, L: Layout): void {
  const section = writeSection(b, "KVINNORS TRYGGHET");
  if (m.women.length === 0) return emptyLine(b, "Det finns inga könsuppdelade indikatorer i registret.");
  writeGroupHeader(b, "Värde per tertial", L.t0, m.tertials.length);
  const columns: TableColumn[] = [
    { header: "Indikator", col: 0, wrap: true },
    { header: "Enhet", col: 1 },
    { header: "Grupp", col: 2 },
    ...tertialColumns(m, L.t0),
  ];
  const decimals = unitDecimals([...m.indicators, ...m.women]);
  const rows = m.women.flatMap((w) => {
    const difference = w.women.map((v, i) => {
      const men = w.men[i];
      return v && men ? { period: v.period, value: Number((v.value - men.value).toPrecision(10)) } : null;
    });
    const annual = w.women.some((v) => v !== null && v.period.kind === "year");
    return [
      [w.name, w.unitWord, "Kvinnor", ...w.women.map((v) => periodCell(v, w.unit, decimals(w), annual))],
      [null, null, "Män", ...w.men.map((v) => periodCell(v, w.unit, decimals(w), annual))],
      [null, null, "Skillnad", ...difference.map((v) => (v ? changeCell(v.value, w.unit, decimals(w)) : NONE))],
    ] as (Cell | CellWithFormat)[][];
  });
  keepWithHeader(b, section, writeTable(b, columns, splitRows(rows)));
}

function partnerSection(b: PlanBuilder, m: FinalReportModel, L: Layout): void {
  const section = writeSection(b, "RAPPORTERING PER PART");
  if (m.partners.length === 0) return emptyLine(b, "Inga parter är registrerade.");
  writeGroupHeader(b, "Aktiviteter per tertial", L.t0, m.tertials.length);
  const columns: TableColumn[] = [
    { header: "Part", col: 0, wrap: true },
    { header: "Rapporterat", col: 1, numeric: true },
    { header: "Indikatorvärden", col: 2, numeric: true },
    ...tertialColumns(m, L.t0),
    { header: "Totalt", col: L.change, numeric: true },
  ];
  const n = m.tertials.length;
  const rows = m.partners.map((p) => [
    p.name,
    `${formatNumberSv(p.tertialsReported)} av ${formatNumberSv(n)}`,
    count(p.values),
    ...p.perTertial.map(count),
    count(p.activities),
  ]);
  const table = writeTable(b, columns, splitRows(rows));
  keepWithHeader(b, section, table);
  writeParagraph(
    b,
    "Rapporterat: antal tertialer då parten hade aktiviteter eller indikatorvärden. Indikatorvärden: rader under löftets perioder.",
    true,
  );
}

export function finalReportPlan(model: FinalReportModel, sheetName: string): SheetPlan {
  const L = layout(model.tertials.length);
  const b = new PlanBuilder(sheetName, "slutrapport", L.widths);
  writeHead(b, model.head);
  const summary = writeSection(b, "SAMMANFATTNING");
  writeParagraph(b, model.kortversion);
  b.keep(summary, summary + 1);
  b.blank();
  const keyRow = writeSection(b, "NYCKELTAL FÖR HELA PERIODEN");
  writeKeyFigures(b, model.keyFigures);
  b.keep(keyRow, b.next - 1);
  b.blank();
  indicatorSection(b, model, L);
  b.blank();
  indicatorChangesSection(b, model.indicatorChanges);
  womenSection(b, model, L);
  b.blank();
  finalPromisesSection(b, model, L.t0);
  b.blank();
  partnerSection(b, model, L);
  b.blank();
  writeChartBlock(b, model.chart);
  return finishReport(b, sheetName, model.head.createdDate, TAB_COLORS.slutrapport);
}
