/**
 * ÄNDRADE INDIKATORER in both reports: every indicator field that differs from
 * what `Rapportlogg` locked at the first report, old → new and since which
 * report, right under the indicator table. No section when nothing changed.
 * Its columns span as many of the layout's columns as each needs, so it fits
 * either report's widths.
 */
import type { Cell } from "../../cell";
import { DEFAULT_ROW_HEIGHT, linesFor, type PlanBuilder } from "../../plan/plan-builder";
import type { IndicatorChangeRow } from "../model/indicator-changes";
import { writeParagraph, writeSection } from "./report-sections";
import { BAND_STYLE, BODY_BORDER, HEADER_STYLE } from "./report-styles";
import { keepWithHeader } from "./report-tables";

export const CHANGES_TITLE = "ÄNDRADE INDIKATORER";

export const CHANGES_NOTE =
  "Indikatorerna bestämdes i förväg: Rapportlogg låste dem vid den första rapporten som hade dem. " +
  "Här står varje uppgift som har ändrats sedan dess, med värdet då och nu.";

interface Column {
  header: string;
  /** Least width in characters; the column takes layout columns until it has it. */
  min: number;
  value: (row: IndicatorChangeRow) => Cell;
}

const COLUMNS: readonly Column[] = [
  { header: "Indikator", min: 30, value: (r) => r.name },
  { header: "Kolumn", min: 16, value: (r) => r.field },
  { header: "Låst värde", min: 16, value: (r) => r.old },
  { header: "Nu", min: 16, value: (r) => r.new },
  { header: "Låst sedan", min: 28, value: (r) => r.since },
];

interface Span {
  col: number;
  cols: number;
  width: number;
}

/** Consecutive layout columns for each minimum width; the last takes what is left if the layout runs short. */
export function spans(widths: readonly number[], mins: readonly number[]): Span[] {
  const out: Span[] = [];
  let col = 0;
  mins.forEach((min, i) => {
    const start = col;
    let width = 0;
    const rest = mins.length - i - 1;
    // Leave one layout column for each column still to come.
    while (col < widths.length - rest && (width < min || col === start)) width += widths[col++]!;
    out.push({ col: start, cols: Math.max(1, col - start), width });
  });
  return out;
}

function putRow(b: PlanBuilder, row: number, at: readonly Span[], cells: readonly Cell[]): number {
  let lines = 1;
  at.forEach((s, i) => {
    const v = cells[i] ?? null;
    b.put(row, s.col, v);
    if (s.cols > 1) b.merge(b.range(row, s.col, 1, s.cols));
    if (typeof v === "string") lines = Math.max(lines, linesFor(v, s.width));
  });
  return lines;
}

/** The section; nothing at all when no indicator changed. */
export function indicatorChangesSection(b: PlanBuilder, changes: readonly IndicatorChangeRow[]): void {
  if (changes.length === 0) return;
  const at = spans(
    b.widths,
    COLUMNS.map((c) => c.min),
  );
  const last = at[at.length - 1]!;
  const cols = last.col + last.cols;
  const section = writeSection(b, CHANGES_TITLE);
  writeParagraph(b, CHANGES_NOTE, true);
  const header = b.addRow();
  putRow(
    b,
    header,
    at,
    COLUMNS.map((c) => c.header),
  );
  b.style(b.range(header, 0, 1, cols), HEADER_STYLE);
  const first = b.next;
  changes.forEach((change, i) => {
    const row = b.addRow();
    const lines = putRow(
      b,
      row,
      at,
      COLUMNS.map((c) => c.value(change)),
    );
    if (lines > 1) b.height(row, lines * DEFAULT_ROW_HEIGHT);
    if (i % 2 === 1) b.style(b.range(row, 0, 1, cols), BAND_STYLE);
  });
  const body = b.range(first, 0, changes.length, cols);
  b.style(body, BODY_BORDER);
  b.style(body, { wrap: true });
  keepWithHeader(b, section, { header, first, last: b.next - 1 });
}
