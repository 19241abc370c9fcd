/**
 * fast-check arbitraries for hostile workbooks: random types in every column,
 * huge and empty strings, unicode and right-to-left text, Excel errors, gaps,
 * headers duplicated or moved, merged cells (a value in the top-left cell and
 * gaps below and beside it, as Office.js reads a merge), tables side by side and
 * overlapping, 10 000 blank rows, extreme numbers, dates far outside Excel's range
 * (as serials and as text).
 */
import fc from "fast-check";
import type { Cell, SheetGrid, WorkbookGrids } from "../../src/core/cell";
import {
  AKTIVITETER_TABLE,
  ATGARDER_TABLE,
  INDIKATORER_TABLE,
  LOFTE_TABLE,
  PARTER_TABLE,
  VARDEN_TABLE,
} from "../../src/core/register/layout";

const headersOf = (t: { columns: readonly { header: string }[] }) => t.columns.map((c) => c.header);
const ALL_HEADERS = [LOFTE_TABLE, PARTER_TABLE, ATGARDER_TABLE, INDIKATORER_TABLE, AKTIVITETER_TABLE, VARDEN_TABLE].flatMap(headersOf);

export const hostileCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "مرحبا بالعالم",
    "\u202eT2 2025",
    "שלום",
    "👩‍👩‍👧‍👦",
    "\u0000\u0007",
    "   ",
    "\t=SUM(A1)",
    "=1+1",
    "+46701234567",
    "@here",
    "-5",
  ),
  fc.constantFrom("#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#SPILL!"),
  fc.constantFrom(
    "T2 2025",
    "2025 T2",
    "Tertial 3 2024",
    "T4 2025",
    "2024",
    "1899-12-31",
    "0001-01-01",
    "9999-12-31",
    "10000-01-01",
    "2025-02-29",
  ),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, NaN, Infinity, -Infinity, -0, 0.5),
  // Date serials: before 1900-01-01 (0, -1, far back) and after 9999-12-31 (2 958 466 and up).
  fc.constantFrom(0, -1, -693_594, 2_958_465, 2_958_466, 1e7, 45_730.999),
  fc.double(),
  fc.integer({ min: -100000, max: 3_000_000 }),
  fc.boolean(),
  fc.constantFrom(...ALL_HEADERS),
  fc.constant("x".repeat(40_000)),
);

const row = (width: number) => fc.array(hostileCell, { minLength: 0, maxLength: width });

/** A header row of a table, shuffled, with duplicates or gaps now and then. */
const headerRow = (headers: string[]) =>
  fc
    .tuple(fc.shuffledSubarray(headers, { minLength: 1 }), fc.boolean(), fc.nat({ max: 3 }))
    .map(([hs, dup, gap]) => [...Array(gap).fill(null), ...hs, ...(dup ? [hs[0]!] : [])] as Cell[]);

/** A merge as Office.js reads it: the value stays in the top-left cell, the rest of the box is empty. */
const merge = fc.record({
  row: fc.nat({ max: 30 }),
  col: fc.nat({ max: 17 }),
  rows: fc.integer({ min: 1, max: 4 }),
  cols: fc.integer({ min: 1, max: 3 }),
});

export function applyMerge(grid: Cell[][], m: { row: number; col: number; rows: number; cols: number }): void {
  for (let r = m.row; r < Math.min(grid.length, m.row + m.rows); r++) {
    const line = grid[r]!;
    for (let c = m.col; c < Math.min(line.length, m.col + m.cols); c++) if (r !== m.row || c !== m.col) line[c] = null;
  }
}

/** 10 000 blank rows: as Office.js gives them (full-width nulls) or as short empty rows. */
const blankRows = fc.constantFrom<"none" | "empty" | "nulls">("none", "empty", "nulls");

const sheetValues = (headers: string[]) =>
  fc
    .tuple(
      fc.nat({ max: 3 }),
      headerRow(headers),
      fc.array(row(18), { maxLength: 25 }),
      fc.option(headerRow(headers)),
      blankRows,
      fc.array(merge, { maxLength: 3 }),
    )
    .map(([above, header, rows, second, blanks, merges]) => {
      const grid: Cell[][] = [...Array.from({ length: above }, () => [] as Cell[]), header, ...rows];
      for (const m of merges) applyMerge(grid, m);
      if (second) grid.push(second);
      if (blanks !== "none")
        for (let i = 0; i < 10_000; i++) grid.push(blanks === "nulls" ? new Array<Cell>(headers.length).fill(null) : []);
      return grid;
    });

const sideBySide = fc
  .tuple(sheetValues(headersOf(AKTIVITETER_TABLE)), sheetValues(headersOf(VARDEN_TABLE)), fc.integer({ min: -3, max: 3 }))
  .map(([a, v, offset]) => {
    const width = Math.max(0, ...a.map((r) => r.length)) + offset;
    const rows = Math.max(a.length, v.length);
    const grid: Cell[][] = [];
    for (let i = 0; i < rows; i++) {
      const left = [...(a[i] ?? [])];
      while (left.length < Math.max(width, 0)) left.push(null);
      // A negative offset makes the tables overlap.
      grid.push([...left.slice(0, Math.max(width, 0)), ...(v[i] ?? [])]);
    }
    return grid;
  });

const names = fc.constantFrom("Polisen", "Stångåstaden", "Ä".repeat(31), "Kontroll", "Rapport T2 2025", "Part 1", "ﾊﾟｰﾄ");

/** A hostile workbook: the register sheets (sometimes missing) and partner tabs. */
export const hostileWorkbook: fc.Arbitrary<WorkbookGrids> = fc
  .record({
    lofte: fc.option(sheetValues(headersOf(LOFTE_TABLE).concat(["Namn", "Giltig från", "Giltig till"]))),
    parter: fc.option(
      fc
        .tuple(sheetValues(headersOf(PARTER_TABLE)), fc.array(fc.tuple(fc.string({ maxLength: 4 }), names), { maxLength: 4 }))
        .map(([grid, partners]) => [
          headersOf(PARTER_TABLE) as Cell[],
          ...partners.map(([id, tab]) => [id, `Part ${id}`, "Annan", tab] as Cell[]),
          ...grid,
        ]),
    ),
    atgarder: fc.option(sheetValues(headersOf(ATGARDER_TABLE))),
    indikatorer: fc.option(sheetValues(headersOf(INDIKATORER_TABLE))),
    tabs: fc.array(fc.tuple(names, sideBySide, fc.nat({ max: 5 }), fc.nat({ max: 5 })), { maxLength: 3 }),
  })
  .map(({ lofte, parter, atgarder, indikatorer, tabs }) => {
    const sheets: SheetGrid[] = [];
    if (lofte) sheets.push({ name: "Löfte", values: lofte });
    if (parter) sheets.push({ name: "Parter", values: parter });
    if (atgarder) sheets.push({ name: "Åtgärder", values: atgarder });
    if (indikatorer) sheets.push({ name: "Indikatorer", values: indikatorer });
    const seen = new Set(sheets.map((s) => s.name.toLowerCase()));
    for (const [name, values, top, left] of tabs) {
      if (seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      sheets.push({ name, values, top, left });
    }
    return { sheets };
  });
