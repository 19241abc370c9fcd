/**
 * Writers shared by the tertial and final report sheets: the head, section
 * titles, wrapped paragraphs, key figures and bordered tables with banded rows.
 */
import type { Cell } from "../../cell";
import { NONE } from "./indicator-cells";
import { DEFAULT_ROW_HEIGHT, linesFor, type PlanBuilder } from "../../plan/plan-builder";
import type { ReportHead } from "../model/report-head";
import type { KeyFigures } from "../model/report-context";
import {
  BAND_STYLE,
  BODY_BORDER,
  COUNT_FORMAT,
  HEADER_STYLE,
  MUTED_STYLE,
  NOTE_STYLE,
  PARAGRAPH_STYLE,
  SECTION_STYLE,
  SHARE_FORMAT,
  SMALL_TEXT_SIZE,
  SUBTITLE_STYLE,
  TITLE_STYLE,
} from "./report-styles";
import { formatNumberSv } from "../../swedish-format";
import type { GridPlace } from "./column-grid";

/** Rows repeated on every printed page: the title and the period line. */
export const TITLE_ROWS = 2;

export interface TableColumn {
  header: string;
  /** Column of the layout the table column stands in (its first, when it spans more). */
  col: number;
  /** Layout columns it covers, merged cell by cell when more than one (1 when not given). */
  span?: number;
  numeric?: boolean;
  wrap?: boolean;
  center?: boolean;
}

/** A table column before it has its place on the report's grid. */
export type ColumnSpec = Omit<TableColumn, "col" | "span">;

/** Table columns at their places on the report's grid, in order. */
export function placed(places: readonly GridPlace[], columns: readonly ColumnSpec[]): TableColumn[] {
  return columns.map((c, i) => ({ ...c, ...places[i]! }));
}

export interface TableRows {
  cells: Cell[][];
  /** Number format per cell (null: none), parallel to `cells`. */
  formats?: (string | null)[][];
}

export interface WrittenTable {
  header: number;
  first: number;
  last: number;
}

export function writeHead(b: PlanBuilder, head: ReportHead): void {
  const title = b.addRow([head.title]);
  b.style(b.rowRange(title), TITLE_STYLE);
  b.height(title, 24);
  const sub = b.addRow([head.subtitle]);
  b.style(b.rowRange(sub), SUBTITLE_STYLE);
  if (head.pledgeLine !== "") b.style(b.rowRange(b.addRow([head.pledgeLine])), MUTED_STYLE);
  b.style(b.rowRange(b.addRow([head.createdLine])), MUTED_STYLE);
  b.height(b.next, 9);
  b.blank();
}

export function writeSection(b: PlanBuilder, title: string): number {
  const row = b.addRow([title]);
  b.style(b.rowRange(row), SECTION_STYLE);
  b.height(row, 18);
  return row;
}

/** Text merged across the layout's width, wrapped, with the row tall enough to show it all. */
export function writeParagraph(b: PlanBuilder, text: string, note = false): number {
  const row = b.addRow([text]);
  const range = b.rowRange(row);
  b.merge(range);
  b.style(range, note ? NOTE_STYLE : PARAGRAPH_STYLE);
  const width = (b.widths.reduce((a, w) => a + w * 7 + 5, 0) - 5) / 7;
  const lines = linesFor(text, width, note ? { size: SMALL_TEXT_SIZE } : {});
  if (lines > 1 || !note) b.height(row, lines * DEFAULT_ROW_HEIGHT + 3);
  return row;
}

const ofText = (n: number, total: number): string => (total === 0 ? NONE : `${formatNumberSv(n)} av ${formatNumberSv(total)}`);

interface KeyFigure {
  label: string;
  value: Cell;
  format: string | null;
}

/**
 * Key figures as label–value pairs side by side, two rows: what was done (activities,
 * completed, occasions, partners and measures reporting) and who took part (participants,
 * those whose sex was given, women, men, the women's share of them). `places` gives the
 * layout columns of each label and value, pair after pair.
 */
export function writeKeyFigures(b: PlanBuilder, k: KeyFigures, places: readonly GridPlace[]): void {
  const f = k.figures;
  const count = (label: string, value: number): KeyFigure => ({ label, value, format: COUNT_FORMAT });
  const done: KeyFigure[] = [
    count("Aktiviteter", f.activities),
    count("varav genomförda", f.completed),
    count("Tillfällen", f.occasions),
    { label: "Parter som rapporterat", value: ofText(k.partnersReported, k.partnersTotal), format: null },
    { label: "Åtgärder med aktivitet", value: ofText(k.measuresWithActivity, k.measuresTotal), format: null },
  ];
  const people: KeyFigure[] = [
    count("Deltagare", f.participants),
    // The share is of those whose sex was given: the row shows that base and its two parts.
    count("med kön angivet", f.women + f.men),
    count("varav kvinnor/flickor", f.women),
    count("varav män/pojkar", f.men),
    { label: "Andel kvinnor/flickor", value: f.womenShare ?? NONE, format: f.womenShare === null ? null : SHARE_FORMAT },
  ];
  const pairs = Math.floor(places.length / 2);
  const rows = [done, people].flatMap((line) =>
    Array.from({ length: Math.ceil(line.length / pairs) }, (_, i) => line.slice(i * pairs, (i + 1) * pairs)),
  );
  for (const line of rows) {
    const row = b.addRow();
    line.forEach((figure, i) => {
      const label = places[2 * i]!;
      const value = places[2 * i + 1]!;
      b.put(row, label.col, figure.label);
      b.put(row, value.col, figure.value);
      const labelRange = b.range(row, label.col, 1, label.span);
      const valueRange = b.range(row, value.col, 1, value.span);
      if (label.span > 1) b.merge(labelRange);
      if (value.span > 1) b.merge(valueRange);
      b.style(labelRange, BODY_BORDER);
      b.style(valueRange, { ...BODY_BORDER, font: { bold: true }, horizontal: "right" });
      if (figure.format) b.format(valueRange, figure.format);
    });
  }
}

/** Number formats of one row as ranges: neighbouring cells with the same format share one range. */
function formatRuns(b: PlanBuilder, row: number, columns: readonly TableColumn[], formats: readonly (string | null)[]): void {
  let i = 0;
  while (i < columns.length) {
    const format = formats[i] ?? null;
    let j = i + 1;
    while (j < columns.length && (formats[j] ?? null) === format && columns[j]!.col === endOf(columns[j - 1]!)) j++;
    if (format !== null) b.format(b.range(row, columns[i]!.col, 1, endOf(columns[j - 1]!) - columns[i]!.col), format);
    i = j;
  }
}

export const spanOf = (c: TableColumn): number => c.span ?? 1;
/** The layout column after a table column's last. */
const endOf = (c: TableColumn): number => c.col + spanOf(c);

/** The width in characters of a table column: the layout columns it covers, their padding inside it but once. */
export function widthOf(b: PlanBuilder, c: TableColumn): number {
  let px = 0;
  for (let k = c.col; k < endOf(c); k++) px += (b.widths[k] ?? 10) * 7 + 5;
  return (px - 5) / 7;
}

/** The cell of a column in `row`, merged over its span. */
function spanCell(b: PlanBuilder, row: number, c: TableColumn): void {
  if (spanOf(c) > 1) b.merge(b.range(row, c.col, 1, spanOf(c)));
}

/** A header row over columns that stand side by side, then the body: thin grid, banded rows, numbers right. */
export function writeTable(b: PlanBuilder, columns: readonly TableColumn[], rows: TableRows): WrittenTable {
  const c0 = columns[0]!.col;
  const n = Math.max(...columns.map(endOf)) - c0;
  const header = b.next;
  columns.forEach((c) => {
    b.put(header, c.col, c.header);
    spanCell(b, header, c);
  });
  b.style(b.range(header, c0, 1, n), HEADER_STYLE);
  const headerLines = Math.max(...columns.map((c) => linesFor(c.header, widthOf(b, c), { bold: true })));
  if (headerLines > 1) b.height(header, headerLines * DEFAULT_ROW_HEIGHT);

  const first = b.next;
  rows.cells.forEach((cells, i) => {
    const row = b.next;
    columns.forEach((c, k) => {
      b.put(row, c.col, cells[k] ?? null);
      spanCell(b, row, c);
    });
    const formats = rows.formats?.[i];
    if (formats) formatRuns(b, row, columns, formats);
    const lines = Math.max(
      1,
      ...columns.map((c, k) => {
        const v = cells[k];
        return c.wrap && typeof v === "string" ? linesFor(v, widthOf(b, c)) : 1;
      }),
    );
    if (lines > 1) b.height(row, lines * DEFAULT_ROW_HEIGHT);
  });
  const last = b.next - 1;
  b.table(header, first, last, c0, n);
  const count = rows.cells.length;
  if (count > 0) {
    b.style(b.range(first, c0, count, n), BODY_BORDER);
    for (let r = first + 1; r <= last; r += 2) b.style(b.range(r, c0, 1, n), BAND_STYLE);
    for (const c of columns) {
      const body = b.range(first, c.col, count, spanOf(c));
      if (c.numeric) b.style(body, { horizontal: "right" });
      if (c.center) b.style(body, { horizontal: "center" });
      if (c.wrap) b.style(body, { wrap: true });
    }
  }
  return { header, first, last };
}

/** A header cell spanning several columns above a table's header row ("Värde per tertial"). */
export function writeGroupHeader(b: PlanBuilder, text: string, col: number, cols: number): number {
  const row = b.addRow();
  b.put(row, col, text);
  const range = b.range(row, col, 1, cols);
  if (cols > 1) b.merge(range);
  b.style(range, { ...HEADER_STYLE, horizontal: "center" });
  b.groupHeaders.add(row);
  return row;
}
