/**
 * One sheet, many tables, each with its own column widths: the sheet's
 * columns are the union of every table's column edges, and a table column
 * covers as many sheet columns as lie between its edges (merged cell by cell
 * where more than one). So the indicator table's Status column can be as
 * wide as "Förbättrat, ej nått målet" needs while the partner table's
 * columns fall elsewhere, and no table pays for another's widths.
 */

/** Where a table column stands on the sheet: its first sheet column and how many it covers. */
export interface GridPlace {
  col: number;
  span: number;
}

export interface ColumnGrid<K extends string> {
  /** Sheet column widths in characters. */
  widths: number[];
  /** The places of a table's columns, in its order. */
  places: Record<K, GridPlace[]>;
}

/**
 * A table column `width` characters wide takes `width` × 7 pixels, its padding included (Calibri 11:
 * 7 a character, 5 of padding a sheet column), so tables whose widths add up alike share edges
 * whatever their number of columns. A sheet column of `px` pixels is (px − 5) / 7 wide, rounded up
 * to a hundredth, so a column spanning several is never a hair narrower than planned. A table
 * column prints `width` − 5/7 characters of text.
 */
const toPx = (width: number): number => width * 7;
const toWidth = (px: number): number => Math.ceil(((px - 5) / 7) * 100 - 1e-9) / 100;

/**
 * The sheet columns for tables given as widths (characters, padding included) from column A.
 * Every table column keeps its printed width exactly: the sheet's edges are the union of the
 * tables' edges, so no column is narrowed to meet another table's.
 */
export function columnGrid<K extends string>(tables: Record<K, readonly number[]>): ColumnGrid<K> {
  const edgesOf = (widths: readonly number[]) => widths.reduce<number[]>((e, w) => [...e, e[e.length - 1]! + toPx(w)], [0]);
  const edges = [...new Set(Object.values<readonly number[]>(tables).flatMap(edgesOf))].sort((a, b) => a - b);
  const places = {} as Record<K, GridPlace[]>;
  for (const key of Object.keys(tables) as K[]) {
    const e = edgesOf(tables[key]).map((x) => edges.indexOf(x));
    places[key] = e.slice(0, -1).map((from, i) => ({ col: from, span: Math.max(1, e[i + 1]! - from) }));
  }
  return { widths: edges.slice(1).map((e, i) => toWidth(e - edges[i]!)), places };
}
