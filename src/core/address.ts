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

/** 0-based row and column of an A1 address; throws on a malformed one (a programming error). */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(address.trim());
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  const letters = m[1]!.toUpperCase();
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Rectangle of an A1 range "B2:D5" (or a single cell). */
export function parseRange(range: string): { row: number; col: number; rows: number; cols: number } {
  const [a, b] = range.split(":");
  const s = parseA1(a!);
  const e = b ? parseA1(b) : s;
  return {
    row: Math.min(s.row, e.row),
    col: Math.min(s.col, e.col),
    rows: Math.abs(e.row - s.row) + 1,
    cols: Math.abs(e.col - s.col) + 1,
  };
}
