/**
 * Tables both reports share in shape: the sections' titles and empty lines,
 * the indicator table's columns with the status and trend formats over them,
 * and the women's-safety hint.
 */
import type { Cell } from "../../cell";
import type { PlanBuilder } from "../../plan/plan-builder";
import { splitRows, type CellWithFormat } from "./indicator-cells";
import { writeParagraph, writeSection, writeTable, type ColumnSpec, type TableColumn, type WrittenTable } from "./report-sections";
import { NO_BASELINE_WORD, STATUS_WORDS_SV } from "../../trends/status-words";
import type { TargetStatus } from "../../trends/trend-types";
import { STATUS_COLOURS } from "./meaning-colours";

/** The sections both reports have, each with the line it shows instead of a table when it has no rows. */
const EMPTY_SECTION = {
  INDIKATORER: "Inga indikatorer är registrerade.",
  "KVINNORS TRYGGHET": "Det finns inga könsuppdelade indikatorer i registret.",
  ÅTGÄRDER: "Inga åtgärder är registrerade.",
  "RAPPORTERING PER PART": "Inga parter är registrerade.",
} as const;

export type SectionTitle = keyof typeof EMPTY_SECTION;

/** The section's title row; null, with the line saying there is nothing, when `rows` is empty. */
export function openSection(b: PlanBuilder, title: SectionTitle, rows: readonly unknown[]): number | null {
  const section = writeSection(b, title);
  if (rows.length > 0) return section;
  emptyLine(b, EMPTY_SECTION[title]);
  return null;
}

/**
 * The indicator table's columns in both reports: the indicator, its unit and baseline, the report's
 * own value columns (`values`), then the tail `indicatorTailCells` fills: change, trend, comment, target, status.
 */
export function indicatorColumns(values: readonly ColumnSpec[], statusHeader: string): ColumnSpec[] {
  return [
    { header: "Indikator", wrap: true },
    { header: "Enhet" },
    { header: "Utgång", numeric: true },
    ...values,
    { header: "Förändring", numeric: true },
    { header: "Trend", center: true },
    { header: "Kommentar", wrap: true },
    { header: "Mål", numeric: true },
    { header: statusHeader, wrap: true },
  ];
}

/** The indicator table (`indicatorColumns`): arrows on Trend, fills on the status, kept with the section's title and the note under it. */
export function writeIndicatorTable(
  b: PlanBuilder,
  section: number,
  columns: readonly TableColumn[],
  rows: readonly (readonly (CellWithFormat | Cell)[])[],
  note: string,
): void {
  const table = writeTable(b, columns, splitRows(rows));
  trendIcons(b, table, columns[columns.length - 4]!);
  statusFills(b, table, columns[columns.length - 1]!);
  keepWithHeader(b, section, table, writeParagraph(b, note, true));
}

/** Arrow icons over the score column: 3 better, 2 stable, 1 worse. */
export function trendIcons(b: PlanBuilder, table: WrittenTable, column: Pick<TableColumn, "col" | "span">): void {
  if (table.last < table.first) return;
  const range = b.range(table.first, column.col, table.last - table.first + 1, column.span ?? 1);
  b.conditional({ kind: "iconSet", range, iconSet: "3Arrows", showIconOnly: true });
  // Centred, the arrow sits on the row's middle in a two-line row instead of under its first line.
  b.style(range, { vertical: "center" });
}

/** Traffic-light fills on the status words; the word itself carries the meaning in black and white. */
function statusFills(b: PlanBuilder, table: WrittenTable, column: Pick<TableColumn, "col" | "span">): void {
  if (table.last < table.first) return;
  const range = b.range(table.first, column.col, table.last - table.first + 1, column.span ?? 1);
  for (const status of Object.keys(STATUS_WORDS_SV) as TargetStatus[]) {
    b.conditional({ kind: "textEquals", range, text: STATUS_WORDS_SV[status], ...STATUS_COLOURS[status].sheet });
  }
  b.conditional({ kind: "textEquals", range, text: NO_BASELINE_WORD.sv, ...STATUS_COLOURS["no-target"].sheet });
}

/** "Nej" in the reported column stands out in yellow. */
export function notReportedFill(b: PlanBuilder, table: WrittenTable, column: Pick<TableColumn, "col" | "span">): void {
  if (table.last < table.first) return;
  const range = b.range(table.first, column.col, table.last - table.first + 1, column.span ?? 1);
  b.conditional({ kind: "textEquals", range, text: "Nej", fill: "#FFEB9C", fontColor: "#7F4F00" });
}

/** Keeps a section on one page when it fits one, else its title and table header with the first rows. */
export function keepWithHeader(b: PlanBuilder, sectionRow: number, table: WrittenTable, last = table.last): void {
  b.keep(sectionRow, Math.max(last, table.last), Math.min(table.last, table.first + 2));
}

function emptyLine(b: PlanBuilder, text: string): void {
  writeParagraph(b, text, true);
}

export const ARROW_NOTE =
  "Så läser du pilarna: pil upp = bättre, pil åt sidan = oförändrat (inom 5 %) eller inom normal variation, pil ned = sämre. " +
  "Pilen visar om utvecklingen är bättre eller sämre, inte om talet ökar eller minskar: färre anmälda brott ger en grön pil uppåt. " +
  "Kolumnen Kommentar säger samma sak i ord. Årliga indikatorer visas med sitt år, till exempel 3,1 (2024). " +
  "Status jämför värdet med målet och med hur stor del av löftesperioden som har gått.";
