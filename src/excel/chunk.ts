/**
 * Keeping each request under Excel on the web's payload limit (5 MB for a
 * request and for a response; a larger one fails with a RichApi.Error).
 *
 * Bytes are UTF-8 bytes of the JSON Office.js sends (`å` is two, `€` three):
 * Swedish text counted in UTF-16 code units would pass for up to half its size.
 *
 * Writes: the bytes of a queued operation are estimated as the JSON bytes of
 * its arguments plus a fixed overhead for the object path and method name;
 * operations are packed in order into requests of at most `budget` bytes
 * (default 4 MB, leaving 1 MB for what the estimate misses).
 *
 * Reads: the size of `values` is unknown before it is loaded, so the first
 * request of a chunked read assumes at most 64 bytes a cell serialized (a number
 * is ~6-20 bytes, a typical register text 10-40): 4 000 000 / 64 = 62 500 cells,
 * i.e. with ten columns 6 250 rows. Later requests are planned from what the
 * cells read so far cost (see `read-chunks.ts`). A chunk that still overflows is halved.
 */

export const DEFAULT_BUDGET_BYTES = 4_000_000;
export const READ_BYTES_PER_CELL = 64;
/** Object path, method name and ids around each queued operation (property set or method call). */
export const OP_OVERHEAD_BYTES = 120;

/** Payload errors Excel raises when a request or response is too large. */
export const PAYLOAD_ERROR_CODES: ReadonlySet<string> = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/**
 * What a read too large for one response may fail with: the payload codes, and on Excel on the web also
 * GeneralException ("An internal error has occurred", OfficeDev/office-js#1314, #1012). A read is safe to
 * make again in smaller pieces, so any of them sends it to the chunked path.
 */
export const OVERSIZE_READ_CODES: ReadonlySet<string> = new Set([...PAYLOAD_ERROR_CODES, "GeneralException"]);

/** Excel reads at most five million cells in one get; past it `Range.values` may be null instead of an error. */
export const MAX_READ_CELLS = 5_000_000;

/** UTF-8 bytes of `text`, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 1 byte below U+0080, 2 below U+0800, 3 above; a surrogate pair (2 units) is 4.
    if (c >= 0x80) bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

/** UTF-8 bytes of `value` as JSON. */
export function jsonBytes(value: unknown): number {
  const json = value === undefined ? undefined : JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}

/** Estimated request bytes of `ops` operations carrying `payload` between them. */
export function estimateBytes(payload: unknown, ops = 1): number {
  return jsonBytes(payload) + OP_OVERHEAD_BYTES * ops;
}

/** Splits `items` in order into groups whose summed size stays within `budget` (an oversize item goes alone). */
export function packByBudget<T>(items: T[], size: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const s = size(item);
    if (current.length > 0 && used + s > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += s;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

export interface RowSpan {
  /** 0-based first row, relative to the block. */
  start: number;
  count: number;
}

/** Rows of a block split so that each chunk's serialized rows stay within `budget` bytes. */
export function rowSpansByBytes(rowBytes: number[], budget: number): RowSpan[] {
  const spans: RowSpan[] = [];
  let start = 0;
  let used = 0;
  rowBytes.forEach((bytes, row) => {
    if (row > start && used + bytes > budget) {
      spans.push({ start, count: row - start });
      start = row;
      used = 0;
    }
    used += bytes;
  });
  if (rowBytes.length > start) spans.push({ start, count: rowBytes.length - start });
  return spans;
}

/** Rows of a `rows × cols` block split into chunks of at most `maxCells` cells (at least one row each). */
export function rowSpansByCells(rows: number, cols: number, maxCells: number): RowSpan[] {
  const perChunk = Math.max(1, Math.floor(maxCells / Math.max(1, cols)));
  const spans: RowSpan[] = [];
  for (let start = 0; start < rows; start += perChunk) spans.push({ start, count: Math.min(perChunk, rows - start) });
  return spans;
}

/** Cells a read request may carry under `budget` bytes. */
export function readCellsPerRequest(budget: number): number {
  return Math.max(1, Math.floor(budget / READ_BYTES_PER_CELL));
}
