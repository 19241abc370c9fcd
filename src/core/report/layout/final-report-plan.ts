/**
 * The final report sheet ("Slutrapport"): the same head and sections as the
 * tertial report, with every pledge tertial as its own column in each table
 * (the indicators' values, the women's values, activities per measure and per
 * partner), each table on its own column widths (`tables`).
 */
import type { Cell } from "../../cell";
import type { SheetPlan } from "../../plan/sheet-plan";
import type { FinalReportModel } from "../model/final-report-model";
import { changeCell, indicatorCells, NONE, periodCell, splitRows, unitDecimals, type CellWithFormat } from "./indicator-cells";
import { PlanBuilder } from "../../plan/plan-builder";
import { reportSheet } from "./report-print";
import { columnGrid } from "./column-grid";
import { finalPromisesSection } from "./promises-section";
import { indicatorChangesSection } from "./indicator-changes-section";
import { placed, writeGroupHeader, writeParagraph, writeTable, type ColumnSpec } from "./report-sections";
import { COUNT_FORMAT, TAB_COLORS } from "./report-styles";
import { ARROW_NOTE, indicatorColumns, keepWithHeader, openSection, writeIndicatorTable, type SectionTitle } from "./report-tables";
import { formatNumberSv } from "../../swedish-format";

/**
 * Each table's own column widths in characters, padding included (column-grid.ts), about
 * 170 in all (one page wide at about 83 %), with one column per pledge tertial: the
 * indicators' tertial columns share what the fixed columns leave (9 to 13 characters
 * each), and the women's table stands under them; the measures' and partners' tertial
 * columns hold counts (9).
 */
function tables(n: number) {
  const tertial = Math.max(9, Math.min(13, Math.floor(55 / Math.max(1, n))));
  const per = (w: number) => Array.from({ length: n }, () => w);
  return {
    indicators: [28, 9, 9, ...per(tertial), 13, 8, 18, 9, 24],
    women: [28, 9, 9, ...per(tertial)],
    measures: [50, 20, ...per(10), 9, 11, 11, 10, 11],
    partners: [37, 13, 16, ...per(9), 9],
    keyFigures: [23, 11, 23, 11, 23, 11, 23, 11, 23, 11],
  };
}

/** The grid for a pledge with `n` tertials, and each table's columns on it. */
function layout(n: number) {
  return columnGrid(tables(n));
}
type Layout = ReturnType<typeof layout>;
type Table = keyof Layout["places"];

const tertialColumns = (m: FinalReportModel, numeric = true): ColumnSpec[] => m.tertials.map((header) => ({ header, numeric, wrap: true }));

/**
 * A section whose table has a column per tertial from its fourth: the title and, over those columns,
 * the group header (`group`); null, with the line saying there is nothing, when `rows` is empty.
 */
function openTertialSection(
  b: PlanBuilder,
  m: FinalReportModel,
  L: Layout,
  title: SectionTitle,
  rows: readonly unknown[],
  table: Table,
  group: string,
): number | null {
  const section = openSection(b, title, rows);
  if (section === null) return null;
  const first = L.places[table][3]!;
  const last = L.places[table][3 + m.tertials.length - 1]!;
  writeGroupHeader(b, group, first.col, last.col + last.span - first.col);
  return section;
}

const count = (n: number): CellWithFormat => ({ value: n, format: COUNT_FORMAT });

function indicatorSection(b: PlanBuilder, m: FinalReportModel, L: Layout): void {
  const section = openTertialSection(b, m, L, "INDIKATORER", m.indicators, "indicators", "Värde per tertial");
  if (section === null) return;
  const columns = placed(L.places.indicators, indicatorColumns(tertialColumns(m), "Slutstatus"));
  const decimals = unitDecimals([...m.indicators, ...m.women]);
  const rows = m.indicators.map((i) =>
    indicatorCells(
      i,
      decimals(i),
      i.values.map((v) => periodCell(v, i.unit, decimals(i), i.annual)),
    ),
  );
  const note = ARROW_NOTE.replace("pil ned = sämre.", "pil ned = sämre, jämfört med utgångsvärdet.");
  writeIndicatorTable(b, section, columns, rows, note);
}

function womenSection(b: PlanBuilder, m: FinalReportModel, L: Layout): void {
  const section = openTertialSection(b, m, L, "KVINNORS TRYGGHET", m.women, "women", "Värde per tertial");
  if (section === null) return;
  const columns = placed(L.places.women, [
    { header: "Indikator", wrap: true },
    { header: "Enhet" },
    { header: "Grupp" },
    ...tertialColumns(m),
  ]);
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
  const section = openTertialSection(b, m, L, "RAPPORTERING PER PART", m.partners, "partners", "Aktiviteter per tertial");
  if (section === null) return;
  const columns = placed(L.places.partners, [
    { header: "Part", wrap: true },
    { header: "Rapporterat", numeric: true },
    { header: "Indikatorvärden", numeric: true },
    ...tertialColumns(m),
    { header: "Totalt", numeric: true },
  ]);
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
  return reportSheet(new PlanBuilder(sheetName, "slutrapport", L.widths), {
    head: model.head,
    kortversion: model.kortversion,
    keyFiguresTitle: "NYCKELTAL FÖR HELA PERIODEN",
    keyFigures: model.keyFigures,
    keyFigurePlaces: L.places.keyFigures,
    sections: [
      (b) => indicatorSection(b, model, L),
      (b) => indicatorChangesSection(b, model.indicatorChanges),
      (b) => womenSection(b, model, L),
      (b) => finalPromisesSection(b, model, L.places.measures),
      (b) => partnerSection(b, model, L),
    ],
    chart: model.chart,
    sheetName,
    tabColor: TAB_COLORS.slutrapport,
  });
}
