/**
 * The measures table of both reports (ÅTGÄRDER), promises kept: per
 * measure a row with its verdict (status and what was done) and the activity
 * figures, and under it a line in small print with its focus area, who is
 * responsible and the indicators it should move, by name with their status.
 * The tertial report counts the tertial; the Slutrapport the whole pledge with
 * each tertial's activities side by side.
 */
import type { Cell } from "../../cell";
import { DEFAULT_ROW_HEIGHT, linesFor, type PlanBuilder } from "../../plan/plan-builder";
import type { ActivityFigures } from "../../figures/activity-figures";
import type { FinalReportModel } from "../model/final-report-model";
import type { PromiseRow, VerdictTone } from "../model/promises-kept";
import type { TertialReportModel } from "../model/tertial-report-model";
import { placed, spanOf, widthOf, writeGroupHeader, writeParagraph, writeTable, type TableColumn } from "./report-sections";
import type { GridPlace } from "./column-grid";
import { BAND_STYLE, BODY_BORDER, COUNT_FORMAT, NOTE_STYLE, SMALL_TEXT_SIZE } from "./report-styles";
import { keepWithHeader, openSection } from "./report-tables";
import { countNoun, formatNumberSv } from "../../swedish-format";

export const PROMISES_TITLE = "ÅTGÄRDER";

/** The verdict cell's colours; the words carry the meaning in black and white. */
export const VERDICT_FILLS: Record<Exclude<VerdictTone, "neutral">, { fill: string; fontColor: string }> = {
  good: { fill: "#E2EFDA", fontColor: "#375623" },
  attention: { fill: "#FFEB9C", fontColor: "#7F4F00" },
  bad: { fill: "#FFC7CE", fontColor: "#9C0006" },
};

const HELP = {
  tertial:
    "Bedömning: säkerhetsenhetens status för åtgärden (Åtgärder, kolumnen Status) jämförd med aktiviteterna i tertialen. " +
    "Under varje åtgärd: dess fokusområde, vem som är ansvarig och vilka indikatorer den ska påverka, med deras status.",
  pledge:
    "Bedömning: säkerhetsenhetens status för åtgärden (Åtgärder, kolumnen Status) jämförd med aktiviteterna under hela löftet. " +
    "Under varje åtgärd: vem som är ansvarig, hur många av aktiviteterna som genomfördes och vilka indikatorer åtgärden ska påverka, med deras slutstatus.",
} as const;

/** "Anmälda brott (Enligt plan) och Otrygga ute sent (Risk)". */
function indicatorList(row: PromiseRow): string {
  const parts = row.indicators.map((i) =>
    i.statusWord === null ? `${i.name} (saknas i rapporten, se Kontroll)` : `${i.name} (${i.statusWord})`,
  );
  if (parts.length === 0) return "Inga indikatorer angivna.";
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} och ${parts[parts.length - 1]!}`;
  return `Ska påverka: ${list}.`;
}

/** "Genomförda: 21 av 23 aktiviteter." (the Slutrapport has no column for it). */
function completedLine(f: ActivityFigures): string | null {
  if (f.activities === 0) return null;
  return `Genomförda: ${formatNumberSv(f.completed)} av ${countNoun(f.activities, "aktivitet", "aktiviteter")}.`;
}

/**
 * The small-print line under a measure: its focus area, who is responsible (a partner's name is
 * often longer than a column holds on one line, so both reports say it here), in the Slutrapport
 * how many of its activities were done (the tertial report has a column for it), and what it
 * should move.
 */
function promiseDetail(row: PromiseRow, withCompleted: boolean): string {
  const parts = [
    row.focus ? `${row.focus}.` : null,
    `Ansvarig: ${row.responsible}.`,
    withCompleted ? completedLine(row.figures) : null,
    indicatorList(row),
  ];
  return parts.filter((p): p is string => p !== null).join(" ");
}

interface BodyRow {
  row: PromiseRow;
  /** Text, or a count in a numeric column. */
  cells: Cell[];
  detail: string;
}

/**
 * The body under `writeTable`'s header: a measure's row, its detail line merged across the table,
 * banded per measure, the verdict (column `verdict`) coloured by its tone. Numeric columns are
 * counts; their format and alignment go on the body's column ranges (a detail line's merged cell
 * takes only its first column's style).
 */
function writeBody(b: PlanBuilder, columns: readonly TableColumn[], verdict: number, body: readonly BodyRow[]): number {
  const c0 = columns[0]!.col;
  const n = Math.max(...columns.map((c) => c.col + spanOf(c))) - c0;
  const width = widthOf(b, { header: "", col: c0, span: n });
  const at = columns[verdict]!;
  const first = b.next;
  body.forEach(({ row, cells, detail }, i) => {
    const main = b.next;
    let lines = 1;
    columns.forEach((c, k) => {
      const value = cells[k] ?? null;
      b.put(main, c.col, value);
      if (spanOf(c) > 1) b.merge(b.range(main, c.col, 1, spanOf(c)));
      if (c.wrap && typeof value === "string") lines = Math.max(lines, linesFor(value, widthOf(b, c)));
    });
    if (lines > 1) b.height(main, lines * DEFAULT_ROW_HEIGHT);
    const under = b.addRow();
    b.put(under, c0, detail);
    b.merge(b.range(under, c0, 1, n));
    // Italic small print across a merged cell, measured as upright text: Calibri's (and Carlito's) italic
    // is no wider than its roman, and the estimate already runs a few percent wide.
    const detailLines = linesFor(detail, width, { size: SMALL_TEXT_SIZE });
    if (detailLines > 1) b.height(under, detailLines * DEFAULT_ROW_HEIGHT + 2);
    b.keep(main, under);
    if (i % 2 === 1) b.style(b.range(main, c0, 2, n), BAND_STYLE);
    if (row.verdict.tone !== "neutral") {
      const { fill, fontColor } = VERDICT_FILLS[row.verdict.tone];
      b.style(b.range(main, at.col, 1, spanOf(at)), { fill, font: { color: fontColor } });
    }
  });
  const rows = b.next - first;
  b.style(b.range(first, c0, rows, n), BODY_BORDER);
  for (const c of columns) {
    const range = b.range(first, c.col, rows, spanOf(c));
    if (c.numeric) {
      b.style(range, { horizontal: "right" });
      b.format(range, COUNT_FORMAT);
    }
    if (c.wrap) b.style(range, { wrap: true });
  }
  for (let r = first + 1; r < b.next; r += 2) b.style(b.range(r, c0, 1, n), NOTE_STYLE);
  return b.next - 1;
}

/**
 * The table under the section's title, help and (Slutrapport) group header: the header row, then a
 * measure's row (Åtgärd, Bedömning, then `counts`) and its detail line per measure, the title kept
 * with the header and first measure.
 */
function writeMeasures<R extends PromiseRow>(
  b: PlanBuilder,
  section: number,
  columns: readonly TableColumn[],
  measures: readonly R[],
  counts: (x: R) => Cell[],
  withCompleted: boolean,
): void {
  const table = writeTable(b, columns, { cells: [] });
  const body = measures.map((x) => ({ row: x, cells: [x.label, x.verdict.text, ...counts(x)], detail: promiseDetail(x, withCompleted) }));
  const last = writeBody(b, columns, 1, body);
  b.table(table.header, table.header + 1, last, columns[0]!.col, Math.max(...columns.map((c) => c.col + spanOf(c))) - columns[0]!.col);
  keepWithHeader(b, section, { ...table, first: table.header + 1, last });
}

/** The section's title and help; null (with a line saying so) when there are no measures. */
function startSection(b: PlanBuilder, measures: readonly unknown[], help: string): number | null {
  const section = openSection(b, PROMISES_TITLE, measures);
  if (section !== null) writeParagraph(b, help, true);
  return section;
}

/** Both measures tables start with the measure and its verdict and end with the people it reached. */
const MEASURE = [
  { header: "Åtgärd", wrap: true },
  { header: "Bedömning", wrap: true },
] as const;
const PEOPLE_COUNTS = [
  { header: "Tillfällen", numeric: true },
  { header: "Deltagare", numeric: true },
  { header: "K/flickor", numeric: true },
  { header: "M/pojkar", numeric: true },
] as const;

/**
 * The tertial report's measures table: the tertial's figures per measure. `places`: where its eight
 * columns stand on the report's grid (Åtgärd, Bedömning, then the six counts).
 */
export function tertialPromisesSection(b: PlanBuilder, m: TertialReportModel, places: readonly GridPlace[]): void {
  const section = startSection(b, m.measures, HELP.tertial);
  if (section === null) return;
  const columns = placed(places, [
    ...MEASURE,
    { header: "Aktiviteter", numeric: true },
    { header: "varav genomförda", numeric: true, wrap: true },
    ...PEOPLE_COUNTS,
  ]);
  const f = (x: PromiseRow) => x.figures;
  writeMeasures(
    b,
    section,
    columns,
    m.measures,
    (x) => [f(x).activities, f(x).completed, f(x).occasions, f(x).participants, f(x).women, f(x).men],
    false,
  );
}

/**
 * The Slutrapport's measures table: the whole pledge, activities per tertial side by side. `places`:
 * where its columns stand on the report's grid (Åtgärd, Bedömning, one per tertial, then the five counts).
 */
export function finalPromisesSection(b: PlanBuilder, m: FinalReportModel, places: readonly GridPlace[]): void {
  const section = startSection(b, m.measures, HELP.pledge);
  if (section === null) return;
  const columns = placed(places, [
    ...MEASURE,
    ...m.tertials.map((header) => ({ header, numeric: true, wrap: true })),
    { header: "Totalt", numeric: true },
    ...PEOPLE_COUNTS,
  ]);
  const t0 = columns[2]!;
  const tn = columns[1 + m.tertials.length]!;
  writeGroupHeader(b, "Aktiviteter per tertial", t0.col, tn.col + spanOf(tn) - t0.col);
  writeMeasures(
    b,
    section,
    columns,
    m.measures,
    (x) => [...x.perTertial, x.figures.activities, x.figures.occasions, x.figures.participants, x.figures.women, x.figures.men],
    true,
  );
}
