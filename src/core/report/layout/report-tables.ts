/**
 * Tables both reports share in shape: the status and trend formats over an
 * indicator table, the women's-safety hint, and empty-section lines.
 */
import type { PlanBuilder } from "../../plan/plan-builder";
import { writeParagraph, type TableColumn, type WrittenTable } from "./report-sections";
import { STATUS_FILLS } from "./report-styles";

/** Arrow icons over the score column: 3 better, 2 stable, 1 worse. */
export function trendIcons(b: PlanBuilder, table: WrittenTable, column: Pick<TableColumn, "col" | "span">): void {
  if (table.last < table.first) return;
  const range = b.range(table.first, column.col, table.last - table.first + 1, column.span ?? 1);
  b.conditional({ kind: "iconSet", range, iconSet: "3Arrows", showIconOnly: true });
  // Centred, the arrow sits on the row's middle in a two-line row instead of under its first line.
  b.style(range, { vertical: "center" });
}

/** Traffic-light fills on the status words; the word itself carries the meaning in black and white. */
export function statusFills(b: PlanBuilder, table: WrittenTable, column: Pick<TableColumn, "col" | "span">): void {
  if (table.last < table.first) return;
  const range = b.range(table.first, column.col, table.last - table.first + 1, column.span ?? 1);
  for (const [text, { fill, fontColor }] of Object.entries(STATUS_FILLS)) {
    b.conditional({ kind: "textEquals", range, text, fill, fontColor });
  }
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

export function emptyLine(b: PlanBuilder, text: string): void {
  writeParagraph(b, text, true);
}

export const ARROW_NOTE =
  "Så läser du pilarna: pil upp = bättre, pil åt sidan = oförändrat (inom 5 %) eller inom normal variation, pil ned = sämre. " +
  "Pilen visar om utvecklingen är bättre eller sämre, inte om talet ökar eller minskar: färre anmälda brott ger en grön pil uppåt. " +
  "Kolumnen Kommentar säger samma sak i ord. Årliga indikatorer visas med sitt år, till exempel 3,1 (2024). " +
  "Status jämför värdet med målet och med hur stor del av löftesperioden som har gått.";
