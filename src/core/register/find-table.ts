/**
 * Finds a table on a sheet by its header row, wherever it stands: partners add
 * titles above, move tables sideways and put two tables side by side.
 */
import type { Cell, SheetGrid } from "../cell";
import { fold, isBlank } from "../values";
import type { ColumnSpec } from "./layout";

export interface FoundTable {
  /** 0-based row of the header within the grid. */
  headerRow: number;
  /** Grid column of each spec header that was found, by header text. */
  columns: Record<string, number>;
  /** Required headers that the header row lacks. */
  missing: string[];
  /** First and last grid column of the header cells the table stands on (its block of adjacent headers). */
  span: [number, number];
}

/**
 * Blocks of adjacent non-empty cells on a row: a table's headers stand side by
 * side, and an empty cell separates two tables (or a table from a note beside it).
 */
function blocksOf(row: readonly Cell[]): [number, number][] {
  const blocks: [number, number][] = [];
  let start = -1;
  for (let c = 0; c <= row.length; c++) {
    const filled = c < row.length && !isBlank(row[c]);
    if (filled && start < 0) start = c;
    if (!filled && start >= 0) {
      blocks.push([start, c - 1]);
      start = -1;
    }
  }
  return blocks;
}

/**
 * The spec's headers on a row, by grid column. A block of headers counts when it
 * holds one of the table's required headers, or when most of its cells are the
 * table's headers (optional columns after an empty header cell). So the
 * activities' `Kommentar` is not taken for a values table without its own
 * `Kommentar` standing beside it.
 */
function matchesIn(
  row: readonly Cell[],
  wanted: ReadonlyMap<string, string>,
  required: ReadonlySet<string>,
): { hits: Map<string, number[]>; span: [number, number] } {
  const hits = new Map<string, number[]>();
  let span: [number, number] = [0, -1];
  for (const [from, to] of blocksOf(row)) {
    const found: [string, number][] = [];
    for (let c = from; c <= to; c++) {
      const v = row[c];
      const header = typeof v === "string" ? wanted.get(fold(v)) : undefined;
      if (header !== undefined) found.push([header, c]);
    }
    if (!found.some(([h]) => required.has(h)) && found.length * 2 <= to - from + 1) continue;
    span = span[1] < 0 ? [from, to] : [Math.min(span[0], from), Math.max(span[1], to)];
    for (const [header, c] of found) {
      const list = hits.get(header);
      if (list) list.push(c);
      else hits.set(header, [c]);
    }
  }
  return { hits, span };
}

/**
 * Where a header occurs more than once on the row (two tables side by side both
 * have `Kommentar`), take the occurrence nearest this table's other columns; on a
 * tie, the one on the side the spec's column order puts it.
 */
function chooseColumns(hits: Map<string, number[]>, order: readonly string[]): Record<string, number> {
  const anchors = [...hits.entries()].filter(([, cols]) => cols.length === 1);
  const cols = anchors.map(([, c]) => c[0]!);
  const lo = cols.length ? Math.min(...cols) : 0;
  const hi = cols.length ? Math.max(...cols) : 0;
  const lastAnchor = Math.max(-1, ...anchors.map(([h]) => order.indexOf(h)));
  const chosen: Record<string, number> = {};
  for (const [header, candidates] of hits) {
    const after = order.indexOf(header) > lastAnchor;
    const score = (c: number) => 2 * (c < lo ? lo - c : c > hi ? c - hi : 0) + (c > hi === after ? 0 : 1);
    chosen[header] = candidates.reduce((best, c) => (score(c) < score(best) ? c : best), candidates[0]!);
  }
  return chosen;
}

/** What a table's headers are looked for by: the same for every sheet, made once per table spec. */
interface Headers {
  /** Header by its comparison key. */
  wanted: ReadonlyMap<string, string>;
  /** Headers a row needs to be taken for the header row by count alone. */
  need: number;
  requiredList: readonly string[];
  required: ReadonlySet<string>;
  order: readonly string[];
}

/** Each spec's `Headers`, by its columns (a large register's 200 partner tabs look for the same two tables). */
const headersCache = new WeakMap<readonly ColumnSpec[], Headers>();

function headersOf(columns: readonly ColumnSpec[]): Headers {
  let h = headersCache.get(columns);
  if (h === undefined) {
    const requiredList = columns.filter((c) => c.required).map((c) => c.header);
    h = {
      wanted: new Map(columns.map((c) => [fold(c.header), c.header] as const)),
      need: Math.ceil(columns.length / 2),
      requiredList,
      required: new Set(requiredList),
      order: columns.map((c) => c.header),
    };
    headersCache.set(columns, h);
  }
  return h;
}

/**
 * The header row: the first row holding most (at least half) of the spec's headers,
 * or all its required ones. When no row does, the row with the most of them (at
 * least two, one required) is taken, so a table cut down to a few columns is still
 * found and told which required column it lacks. Null when no row qualifies.
 * Only `maxScanRows` rows from the top are scanned.
 */
export function findTable(sheet: SheetGrid, spec: { columns: readonly ColumnSpec[] }, maxScanRows = 200): FoundTable | null {
  const { wanted, need, requiredList, required, order } = headersOf(spec.columns);
  const rows = Math.min(sheet.values.length, maxScanRows);
  let fallback: { row: number; hits: Map<string, number[]>; span: [number, number] } | null = null;
  for (let r = 0; r < rows; r++) {
    const { hits, span } = matchesIn(sheet.values[r]!, wanted, required);
    if (hits.size >= need || requiredList.every((h) => hits.has(h))) return found(r, hits, span);
    if (hits.size >= 2 && (fallback === null || hits.size > fallback.hits.size)) fallback = { row: r, hits, span };
  }
  return fallback === null ? null : found(fallback.row, fallback.hits, fallback.span);

  function found(headerRow: number, hits: Map<string, number[]>, span: [number, number]): FoundTable {
    const columns = chooseColumns(hits, order);
    const missing = requiredList.filter((h) => columns[h] === undefined);
    return { headerRow, columns, missing, span };
  }
}
