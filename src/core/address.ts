/** Column letters for a 0-based column index: 0 → "A", 26 → "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address for 0-based row and column: (6, 0) → "A7". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A1 range for a 0-based rectangle: (0,0,2,3) → "A1:C2" (rows × cols). */
export function a1Range(row: number, col: number, rows: number, cols: number): string {
  const start = a1(row, col);
  if (rows <= 1 && cols <= 1) return start;
  return `${start}:${a1(row + rows - 1, col + cols - 1)}`;
}

/** What `scanA1` read from a reference: one object, reused (the .xlsx reader scans every cell's). */
const scanned = { col: 0, row: 0, letters: 0, digits: 0, whole: false };

/**
 * Reads a reference such as "F4" (or "f4") without making strings: `col` is the 1-based column
 * of its letters (0 for none), `row` the number after them (0 for none), `letters` and `digits`
 * how many of each, `whole` whether nothing follows the number. The object is reused: read it
 * before the next call.
 */
export function scanA1(ref: string): Readonly<typeof scanned> {
  let i = 0;
  let c = 0;
  for (; i < ref.length; i++) {
    const k = ref.charCodeAt(i);
    if (k >= 65 && k <= 90) c = c * 26 + (k - 64);
    else if (k >= 97 && k <= 122) c = c * 26 + (k - 96);
    else break;
  }
  const letters = i;
  let r = 0;
  for (; i < ref.length; i++) {
    const k = ref.charCodeAt(i);
    if (k < 48 || k > 57) break;
    r = r * 10 + (k - 48);
  }
  scanned.col = c;
  scanned.row = r;
  scanned.letters = letters;
  scanned.digits = i - letters;
  scanned.whole = i === ref.length;
  return scanned;
}

/** 0-based row and column of an A1 address; throws on a malformed one (a programming error). */
export function parseA1(address: string): { row: number; col: number } {
  // Nearly every address is plain ("F4", as a1 writes it): read without a regular expression (a report plan
  // moves its ranges at each repeated table head, tens of thousands of parses). Anything else goes to the pattern.
  const p = scanA1(address);
  if (p.whole && p.letters >= 1 && p.letters <= 3 && p.digits >= 1 && p.digits <= 7) return { row: p.row - 1, col: p.col - 1 };
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(address.trim());
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  const letters = m[1]!.toUpperCase();
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Rectangle of an A1 range "B2:D5" (or a single cell). */
export function parseRange(range: string): { row: number; col: number; rows: number; cols: number } {
  // What `range.split(":")` gives as its first two parts, without the array.
  const colon = range.indexOf(":");
  const a = colon < 0 ? range : range.slice(0, colon);
  const next = colon < 0 ? -1 : range.indexOf(":", colon + 1);
  const b = colon < 0 ? undefined : range.slice(colon + 1, next < 0 ? range.length : next);
  const s = parseA1(a);
  const e = b ? parseA1(b) : s;
  return {
    row: Math.min(s.row, e.row),
    col: Math.min(s.col, e.col),
    rows: Math.abs(e.row - s.row) + 1,
    cols: Math.abs(e.col - s.col) + 1,
  };
}
