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
import { writeGroupHeader, writeParagraph, writeSection, writeTable, type TableColumn } from "./report-sections";
import { BAND_STYLE, BODY_BORDER, COUNT_FORMAT, HEADER_STYLE, NOTE_STYLE, SMALL_TEXT_SIZE } from "./report-styles";
import { emptyLine, keepWithHeader } from "./report-tables";
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
    "Under varje åtgärd: dess fokusområde och vilka indikatorer den ska påverka, med deras status.",
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

/** The small-print line under a measure. */
export function promiseDetail(row: PromiseRow, withCompleted: boolean): string {
  const parts = [
    row.focus ? `${row.focus}.` : null,
    // The tertial report has a column for who is responsible; the Slutrapport says it here.
    withCompleted ? `Ansvarig: ${row.responsible}.` : null,
    withCompleted ? completedLine(row.figures) : null,
    indicatorList(row),
  ];
  return parts.filter((p): p is string => p !== null).join(" ");
}

const spanWidth = (b: PlanBuilder, s: Span): number => b.widths.slice(s.col, s.col + s.cols).reduce((a, w) => a + w, 0);

/** The verdict's cell: a column, or two merged when the layout's columns there are narrow. */
interface Span {
  col: number;
  cols: number;
}

/** A table column that may take several layout columns, merged on every row. */
type SpanColumn = TableColumn & { cols?: number };

interface BodyRow {
  row: PromiseRow;
  /** Text, or a count in a numeric column. */
  cells: Cell[];
  detail: string;
}

/**
 * The body under `writeTable`'s header: a measure's row, its detail line merged across the table,
 * banded per measure. Numeric columns are counts; their format and alignment go on the body's
 * column ranges (a detail line's merged cell takes only its first column's style).
 */
function writeBody(b: PlanBuilder, columns: readonly SpanColumn[], verdict: Span, body: readonly BodyRow[]): number {
  const c0 = columns[0]!.col;
  const end = columns[columns.length - 1]!;
  const n = end.col + (end.cols ?? 1) - c0;
  const width = b.widths.slice(c0, c0 + n).reduce((w, x) => w + x, 0);
  const first = b.next;
  body.forEach(({ row, cells, detail }, i) => {
    const main = b.next;
    let lines = 1;
    columns.forEach((c, k) => {
      const value = cells[k] ?? null;
      b.put(main, c.col, value);
      const span = c.col === verdict.col ? verdict : { col: c.col, cols: c.cols ?? 1 };
      const wide = spanWidth(b, span);
      if (span.cols > 1 && c.col !== verdict.col) b.merge(b.range(main, c.col, 1, span.cols));
      if (c.wrap && typeof value === "string") lines = Math.max(lines, linesFor(value, wide));
    });
    if (verdict.cols > 1) b.merge(b.range(main, verdict.col, 1, verdict.cols));
    if (lines > 1) b.height(main, lines * DEFAULT_ROW_HEIGHT);
    const under = b.addRow();
    b.put(under, c0, detail);
    b.merge(b.range(under, c0, 1, n));
    const detailLines = linesFor(detail, width, { size: SMALL_TEXT_SIZE });
    if (detailLines > 1) b.height(under, detailLines * DEFAULT_ROW_HEIGHT + 2);
    b.keep(main, under);
    if (i % 2 === 1) b.style(b.range(main, c0, 2, n), BAND_STYLE);
    if (row.verdict.tone !== "neutral") {
      const { fill, fontColor } = VERDICT_FILLS[row.verdict.tone];
      b.style(b.range(main, verdict.col, 1, verdict.cols), { fill, font: { color: fontColor } });
    }
  });
  const rows = b.next - first;
  b.style(b.range(first, c0, rows, n), BODY_BORDER);
  for (const c of columns) {
    const range = b.range(first, c.col, rows, 1);
    if (c.numeric) {
      b.style(range, { horizontal: "right" });
      b.format(range, COUNT_FORMAT);
    }
    if (c.wrap) b.style(range, { wrap: true });
  }
  for (let r = first + 1; r < b.next; r += 2) b.style(b.range(r, c0, 1, n), NOTE_STYLE);
  return b.next - 1;
}

/** A header row over columns that may span several layout columns, each span merged and styled on its own. */
function writeSpanHeader(b: PlanBuilder, columns: readonly SpanColumn[]): { header: number } {
  const header = b.addRow();
  let lines = 1;
  for (const c of columns) {
    const span = { col: c.col, cols: c.cols ?? 1 };
    b.put(header, c.col, c.header);
    const range = b.range(header, span.col, 1, span.cols);
    if (span.cols > 1) b.merge(range);
    b.style(range, HEADER_STYLE);
    lines = Math.max(lines, linesFor(c.header, spanWidth(b, span), { bold: true }));
  }
  if (lines > 1) b.height(header, lines * DEFAULT_ROW_HEIGHT);
  return { header };
}

/** The tertial report's measures table: the tertial's figures per measure. */
export function tertialPromisesSection(b: PlanBuilder, m: TertialReportModel): void {
  const section = writeSection(b, PROMISES_TITLE);
  if (m.measures.length === 0) return emptyLine(b, "Inga åtgärder är registrerade.");
  writeParagraph(b, HELP.tertial, true);
  // Deltagare takes two of the layout's columns (the seventh alone is too narrow for its header), so the table
  // fills the page's width with the responsible partner in a column of its own.
  const columns: SpanColumn[] = [
    { header: "Åtgärd", col: 0, wrap: true },
    { header: "Bedömning", col: 1, wrap: true },
    { header: "Ansvarig", col: 2, wrap: true },
    { header: "Aktiviteter", col: 3, numeric: true },
    { header: "varav genomförda", col: 4, numeric: true, wrap: true },
    { header: "Tillfällen", col: 5, numeric: true },
    { header: "Deltagare", col: 6, cols: 2, numeric: true },
    { header: "K/flickor", col: 8, numeric: true },
    { header: "M/pojkar", col: 9, numeric: true },
  ];
  const table = writeSpanHeader(b, columns);
  const last = writeBody(
    b,
    columns,
    { col: 1, cols: 1 },
    m.measures.map((x) => ({
      row: x,
      cells: [
        x.label,
        x.verdict.text,
        x.responsible,
        x.figures.activities,
        x.figures.completed,
        x.figures.occasions,
        x.figures.participants,
        x.figures.women,
        x.figures.men,
      ],
      detail: promiseDetail(x, false),
    })),
  );
  keepWithHeader(b, section, { ...table, first: table.header + 1, last });
}

/** The Slutrapport's measures table: the whole pledge, activities per tertial side by side. */
export function finalPromisesSection(b: PlanBuilder, m: FinalReportModel, t0: number): void {
  const section = writeSection(b, PROMISES_TITLE);
  if (m.measures.length === 0) return emptyLine(b, "Inga åtgärder är registrerade.");
  writeParagraph(b, HELP.pledge, true);
  const tail = t0 + m.tertials.length;
  writeGroupHeader(b, "Aktiviteter per tertial", t0, m.tertials.length);
  // The verdict takes every column between the measure and the tertials, merged (two narrow ones in the layout).
  const verdict: Span = { col: 1, cols: t0 - 1 };
  const columns: TableColumn[] = [
    { header: "Åtgärd", col: 0, wrap: true },
    { header: "Bedömning", col: 1, wrap: true },
    ...Array.from({ length: t0 - 2 }, (_, i): TableColumn => ({ header: "", col: 2 + i })),
    ...m.tertials.map((header, i): TableColumn => ({ header, col: t0 + i, numeric: true, wrap: true })),
    { header: "Totalt", col: tail, numeric: true },
    { header: "Tillfällen", col: tail + 1, numeric: true },
    { header: "Deltagare", col: tail + 2, numeric: true },
    { header: "K/flickor", col: tail + 3, numeric: true },
    { header: "M/pojkar", col: tail + 4, numeric: true },
  ];
  const table = writeTable(b, columns, { cells: [] });
  if (verdict.cols > 1) {
    for (let c = 2; c < t0; c++) b.put(table.header, c, null);
    b.merge(b.range(table.header, 1, 1, verdict.cols));
  }
  const last = writeBody(
    b,
    columns,
    verdict,
    m.measures.map((x) => ({
      row: x,
      cells: [
        x.label,
        x.verdict.text,
        ...Array.from({ length: t0 - 2 }, () => null),
        ...x.perTertial,
        x.figures.activities,
        x.figures.occasions,
        x.figures.participants,
        x.figures.women,
        x.figures.men,
      ],
      detail: promiseDetail(x, true),
    })),
  );
  keepWithHeader(b, section, { ...table, first: table.header + 1, last });
}
