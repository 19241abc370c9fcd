/**
 * The fallback read for workbooks whose used ranges do not fit one response:
 * load each used range's size, then read the sheets' rows in order, as many
 * rows per round trip as the budget allows. How many bytes a cell costs is
 * not known before it is read, so the first request assumes the worst
 * (`READ_BYTES_PER_CELL`) and later ones use what the rows read so far cost,
 * with a margin: a register's cells are mostly numbers and empty cells of a few
 * bytes, so the round trips follow the workbook's bytes, not its sheet count.
 * A request that still overflows (a payload code, GeneralException on the web,
 * or `values` given as null) is halved and retried; no request asks for more
 * than the five million cells Excel reads at once.
 */
import type { Grid } from "../core/cell";
import { a1Range } from "../core/address";
import { jsonBytes, MAX_READ_CELLS, OVERSIZE_READ_CODES, READ_BYTES_PER_CELL } from "./chunk";
import { asShown, normaliseValues } from "./cell-values";
import { errorCode } from "./office-error";
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

/** Room left for rows costlier than those read so far. */
const MEASURED_MARGIN = 1.1;
/** Never plan below this many bytes a cell (an empty cell is `""` and a comma). */
const MIN_BYTES_PER_CELL = 3;

/** Bytes a cell is planned at: the worst case until something was read, then the measured average with a margin. */
class CellCost {
  private cells = 0;
  private bytes = 0;

  record(values: unknown[][], formats: unknown[][] | null, cells: number): void {
    this.cells += cells;
    this.bytes += jsonBytes(values) + (formats ? jsonBytes(formats) : 0);
  }

  perCell(): number {
    if (this.cells === 0) return READ_BYTES_PER_CELL;
    return Math.max(MIN_BYTES_PER_CELL, (this.bytes / this.cells) * MEASURED_MARGIN);
  }
}

/** The rows still to read, sheet by sheet, cut into requests on demand. */
class RowCursor {
  private index = 0;

  constructor(private readonly remaining: Piece[]) {}

  /** The next request's pieces: whole rows, up to `maxCells` cells (at least one row). */
  next(maxCells: number): Piece[] {
    const group: Piece[] = [];
    let used = 0;
    while (this.index < this.remaining.length) {
      const piece = this.remaining[this.index]!;
      const fit = Math.floor((maxCells - used) / piece.cols);
      if (fit < 1 && group.length > 0) break;
      const rows = Math.min(piece.rows, Math.max(1, fit));
      group.push({ ...piece, rows });
      used += rows * piece.cols;
      if (rows === piece.rows) this.index++;
      else this.remaining[this.index] = { ...piece, row: piece.row + rows, rows: piece.rows - rows };
    }
    return group;
  }

  /** Gives back a request's pieces, to be cut smaller. */
  putBack(group: Piece[]): void {
    const rest = this.remaining.slice(this.index);
    // A piece cut from a sheet's remaining rows joins them again.
    const last = group[group.length - 1]!;
    const head = rest[0];
    if (head && head.sheet === last.sheet && head.row === last.row + last.rows) {
      rest[0] = { ...head, row: last.row, rows: head.rows + last.rows };
      group = group.slice(0, -1);
    }
    this.remaining.splice(0, this.remaining.length, ...group, ...rest);
    this.index = 0;
  }
}

/** Excel gave no values for a range it could read (it does past five million cells). */
class NullValuesError extends Error {
  readonly code = "GeneralException";
  constructor() {
    super("Excel gave no values for the range.");
  }
}

/** One row alone is more than Excel returns in a response. */
class RowTooLargeError extends Error {
  readonly code = "ResponsePayloadSizeLimitExceeded";
  constructor(cause: unknown) {
    super("A single row is larger than Excel returns in one response.", { cause });
  }
}

const cellsOf = (group: Piece[]): number => group.reduce((sum, p) => sum + p.rows * p.cols, 0);

/** A sheet to read, and whether its number formats are read with its values (see `read-sheets.ts`). */
export interface ChunkedSheet {
  sheet: Excel.Worksheet;
  formats: boolean;
}

/** Used-range values of each sheet (as shown, where formats are read), in row chunks under `budget` bytes a response. */
export async function readInChunks(session: Session, sheets: ChunkedSheet[], budget: number, date1904: boolean): Promise<Block[]> {
  const used = sheets.map((s) => s.sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"));
  await session.sync();

  const blocks: Block[] = used.map((r) =>
    r.isNullObject
      ? { values: [], top: 0, left: 0 }
      : { values: new Array<Grid[number]>(r.rowCount), top: r.rowIndex, left: r.columnIndex },
  );
  const cursor = new RowCursor(
    used.flatMap((r, sheet) =>
      r.isNullObject ? [] : [{ sheet, row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount }],
    ),
  );
  const cost = new CellCost();
  // After an overflow, at most half the cells of the request that overflowed, until one succeeds.
  let cap = Infinity;

  for (;;) {
    const group = cursor.next(Math.max(1, Math.min(cap, MAX_READ_CELLS, Math.floor(budget / cost.perCell()))));
    if (group.length === 0) break;
    const ranges = group.map((p) => {
      const { sheet, formats } = sheets[p.sheet]!;
      return sheet.getRange(a1Range(p.row, p.col, p.rows, p.cols)).load(formats ? "values,numberFormat" : "values");
    });
    let failure: unknown = null;
    try {
      await session.sync();
    } catch (error) {
      if (!OVERSIZE_READ_CODES.has(errorCode(error) ?? "")) throw error;
      failure = error;
    }
    if (failure === null && ranges.some((r) => !Array.isArray(r.values))) failure = new NullValuesError();
    if (failure !== null) {
      // A single row that overflows cannot be read in smaller requests: it is too large, whatever Excel called it.
      if (group.length === 1 && group[0]!.rows <= 1) throw new RowTooLargeError(failure);
      cursor.putBack(group);
      cap = Math.floor(cellsOf(group) / 2);
      continue;
    }
    cap = Infinity;
    session.stats.chunks += 1;
    group.forEach((p, i) => {
      const range = ranges[i]!;
      const formats = sheets[p.sheet]!.formats ? range.numberFormat : null;
      cost.record(range.values, formats, p.rows * p.cols);
      const block = blocks[p.sheet]!;
      const values = normaliseValues(range.values);
      (formats ? asShown(values, formats, date1904) : values).forEach((row, k) => (block.values[p.row - block.top + k] = row));
    });
  }
  return blocks;
}
