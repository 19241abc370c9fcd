/**
 * The fallback read for workbooks whose used ranges do not fit one response:
 * load each used range's size, cut the ranges into row chunks of at most
 * `readCellsPerRequest(budget)` cells, and load as many chunks per round trip
 * as that budget allows. A group that still overflows is halved and retried.
 */
import type { Grid } from "../core/cell";
import { a1Range } from "../core/address";
import { PAYLOAD_ERROR_CODES, packByBudget, readCellsPerRequest, rowSpansByCells } from "./chunk";
import { normaliseValues } from "./cell-values";
import { errorCode } from "./retry";
import type { Session } from "./session";

export interface Block {
  values: Grid;
  top: number;
  left: number;
}

interface Piece {
  sheet: number;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Used-range values of each sheet, read in row chunks under `budget` bytes a response. */
export async function readInChunks(session: Session, sheets: Excel.Worksheet[], budget: number): Promise<Block[]> {
  const used = sheets.map((s) => s.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"));
  await session.sync();

  const maxCells = readCellsPerRequest(budget);
  const blocks: Block[] = used.map((r) =>
    r.isNullObject ? { values: [], top: 0, left: 0 } : { values: new Array<Grid[number]>(r.rowCount), top: r.rowIndex, left: r.columnIndex },
  );
  const pieces: Piece[] = [];
  used.forEach((r, sheet) => {
    if (r.isNullObject) return;
    for (const span of rowSpansByCells(r.rowCount, r.columnCount, maxCells)) {
      pieces.push({ sheet, row: r.rowIndex + span.start, col: r.columnIndex, rows: span.count, cols: r.columnCount });
    }
  });

  const queue = packByBudget(pieces, (p) => p.rows * p.cols, maxCells);
  while (queue.length > 0) {
    const group = queue.shift()!;
    const ranges = group.map((p) => sheets[p.sheet]!.getRange(a1Range(p.row, p.col, p.rows, p.cols)).load("values"));
    try {
      await session.sync();
    } catch (error) {
      if (!PAYLOAD_ERROR_CODES.has(errorCode(error) ?? "")) throw error;
      queue.unshift(...halve(group, error));
      continue;
    }
    session.stats.chunks += 1;
    group.forEach((p, i) => {
      const block = blocks[p.sheet]!;
      normaliseValues(ranges[i]!.values).forEach((row, k) => (block.values[p.row - block.top + k] = row));
    });
  }
  return blocks;
}

/** Two smaller groups in place of one that overflowed; a single row that overflows cannot be read. */
function halve(group: Piece[], error: unknown): Piece[][] {
  if (group.length > 1) {
    const mid = Math.ceil(group.length / 2);
    return [group.slice(0, mid), group.slice(mid)];
  }
  const p = group[0]!;
  if (p.rows <= 1) throw error;
  const top = Math.ceil(p.rows / 2);
  return [[{ ...p, rows: top }], [{ ...p, row: p.row + top, rows: p.rows - top }]];
}
