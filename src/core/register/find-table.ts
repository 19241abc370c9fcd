/**
 * Finds a table on a sheet by its header row, wherever it stands: partners add
 * titles above, move tables sideways and put two tables side by side.
 */
import type { Cell, SheetGrid } from "../cell";
import { fold } from "../values";
import type { TableSpec } from "./layout";

export interface FoundTable {
  /** 0-based row of the header within the grid. */
  headerRow: number;
  /** Grid column of each spec header that was found, by header text. */
  columns: Record<string, number>;
  /** Required headers that the header row lacks. */
  missing: string[];
}

/** The headers of a spec that a row holds, by grid column (first occurrences). */
function matchesIn(row: readonly Cell[], wanted: ReadonlyMap<string, string>): Map<string, number[]> {
  const hits = new Map<string, number[]>();
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== "string") continue;
    const header = wanted.get(fold(v));
    if (header === undefined) continue;
    const list = hits.get(header);
    if (list) list.push(c);
    else hits.set(header, [c]);
  }
  return hits;
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
    const score = (c: number) => 2 * (c < lo ? lo - c : c > hi ? c - hi : 0) + ((c > hi) === after ? 0 : 1);
    chosen[header] = candidates.reduce((best, c) => (score(c) < score(best) ? c : best), candidates[0]!);
  }
  return chosen;
}

/**
 * The first row holding most (at least half) of the spec's headers, or all its required ones, is the header row.
 * Returns null when no row qualifies. Only `maxScanRows` rows from the top are scanned.
 */
export function findTable(sheet: SheetGrid, spec: TableSpec, maxScanRows = 200): FoundTable | null {
  const wanted = new Map(spec.columns.map((c) => [fold(c.header), c.header] as const));
  const need = Math.ceil(spec.columns.length / 2);
  const required = spec.columns.filter((c) => c.required).map((c) => c.header);
  const rows = Math.min(sheet.values.length, maxScanRows);
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r]!;
    const hits = matchesIn(row, wanted);
    if (hits.size < need && !required.every((h) => hits.has(h))) continue;
    const columns = chooseColumns(hits, spec.columns.map((c) => c.header));
    const missing = spec.columns.filter((c) => c.required && columns[c.header] === undefined).map((c) => c.header);
    return { headerRow: r, columns, missing };
  }
  return null;
}
