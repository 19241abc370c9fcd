/**
 * Review of issue 16's fast read (read-plain.ts, 509a24b/04eb4dd) as property tests: for cells people type (no-break
 * and other spaces, "41,5 %", a leading apostrophe, numbers and dates as text, serials with a time of day, choices in
 * other case or with spaces after them, IDs with an en dash, em dash, minus sign or non-breaking hyphen, error
 * values, booleans, -0, NaN, very long text, '' beside null) and for tables that lack optional columns, `readTable`
 * must give what reading every cell through its column's reader gives: the same rows, values (the same value, -0
 * kept apart from 0), rows marked, and the same findings (code, cell and the typed text they quote), and offer a
 * row's grid line as its values exactly when each value is its cell.
 */
import fc from "fast-check";
import type { Cell, SheetGrid } from "../../../src/core/cell";
import { MAX_SERIAL, MIN_SERIAL } from "../../../src/core/date";
import { findTable } from "../../../src/core/register/find-table";
import {
  AKTIVITETER_TABLE,
  ATGARDER_TABLE,
  INDIKATORER_TABLE,
  PARTER_TABLE,
  type TableSpec,
  VARDEN_TABLE,
} from "../../../src/core/register/layout";
import { readTable } from "../../../src/core/register/read-table";
import { cellReaders } from "../../../src/core/register/row-schema";
import { isBlank, Unreadable } from "../../../src/core/values";

const SPECS: readonly TableSpec[] = [AKTIVITETER_TABLE, PARTER_TABLE, ATGARDER_TABLE, INDIKATORER_TABLE, VARDEN_TABLE];

/** Pieces texts are made of: spaces of every kind, dashes of every kind, digits, signs, words and error values. */
const PIECES = [
  "Å1",
  "KOM",
  "P001",
  "1",
  "12",
  "41,5",
  "1 200",
  "1\u00a0200",
  "3.5",
  "%",
  " %",
  "-",
  "\u2013",
  "\u2014",
  "\u2212",
  "\u2011",
  "\u2010",
  " ",
  "\u00a0",
  "\u202f",
  "\u2009",
  "\u3000",
  "\ufeff",
  "\u200b",
  "\u2028",
  "\u0085",
  "\t",
  "\n",
  "'",
  "#",
  "#N/A",
  "#n/a",
  "#REF!",
  "2025-03-14",
  "14/3 2025",
  "Genomförd",
  "genomförd",
  "GENOMFÖRD",
  "Planerad",
  "Inställd",
  "Inst\u0061\u0308lld",
  "Pågår",
  "Ja",
  "nej",
  "Summa",
  "Totalt",
  "Träff",
  "T1 2025",
  "P001, P002",
  "😀",
  "\ud83d",
  "x",
];

const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }).map((p) => p.join(""));

/** Numbers near the plain ones: serials in and out of range, times of day, -0, fractions, negatives, non-finite. */
const number = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 1.5, 0.415, 45_800, 45_800.5, 45_800.999, MIN_SERIAL, MIN_SERIAL - 1, MAX_SERIAL, MAX_SERIAL + 0.5, MAX_SERIAL + 1),
  fc.constantFrom(NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, 2 ** 53, 1e21, 5e-324),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.double({ noNaN: false }),
);

/** A cell of any kind a grid may hold (undefined: a line shorter than the table). */
function cellOf(spec: TableSpec): fc.Arbitrary<Cell | undefined> {
  const allowed = spec.columns.flatMap((c) => c.allowed ?? []);
  const choice =
    allowed.length === 0
      ? text
      : fc
          .tuple(fc.constantFrom(...allowed), fc.constantFrom("", " ", "\u00a0", "\t"), fc.constantFrom("", " ", "\u00a0"), fc.boolean())
          .map(([a, before, after, upper]) => before + (upper ? a.toUpperCase() : a) + after);
  return fc.oneof(
    { arbitrary: fc.constantFrom<Cell | undefined>(null, undefined, "", " ", "\u00a0", true, false, "x".repeat(40_000)), weight: 2 },
    { arbitrary: number, weight: 3 },
    { arbitrary: text, weight: 4 },
    { arbitrary: choice, weight: 2 },
  );
}

/** A row whose every cell is plain for its column: the fast path's own case, to mutate one cell of. */
function plainCell(kind: string, allowed: readonly string[] | undefined): Cell {
  switch (kind) {
    case "date":
      return 45_800;
    case "whole":
      return 3;
    case "number":
      return 41.5;
    case "choice":
      return allowed![0]!;
    case "id":
      return "Å1";
    case "idList":
      return "P001";
    case "period":
      return "T1 2025";
    default:
      return "Träff";
  }
}

interface Drawn {
  spec: TableSpec;
  /** Which optional columns the sheet has. */
  keep: boolean[];
  rows: (Cell | undefined)[][];
}

const drawn: fc.Arbitrary<Drawn> = fc.constantFrom(...SPECS).chain((spec) =>
  fc.record({
    spec: fc.constant(spec),
    keep: fc.array(fc.boolean(), { minLength: spec.columns.length, maxLength: spec.columns.length }),
    rows: fc.array(
      fc.oneof(
        fc.array(cellOf(spec), { minLength: spec.columns.length, maxLength: spec.columns.length }),
        // A plain row with one or two cells drawn: the row test's near misses.
        fc
          .tuple(fc.nat(spec.columns.length - 1), cellOf(spec), fc.nat(spec.columns.length - 1), cellOf(spec), fc.boolean())
          .map(([a, x, b, y, two]) => {
            const row: (Cell | undefined)[] = spec.columns.map((c) => plainCell(c.kind, c.allowed));
            row[a] = x;
            if (two) row[b] = y;
            return row;
          }),
      ),
      { maxLength: 25 },
    ),
  }),
);

function sheetOf({ spec, keep, rows }: Drawn): SheetGrid {
  const cols = spec.columns.map((c, k) => (c.required || keep[k] ? k : -1)).filter((k) => k >= 0);
  const values: Cell[][] = [cols.map((k) => spec.columns[k]!.header)];
  for (const row of rows) {
    const line = cols.map((k) => row[k]) as Cell[];
    // A trailing undefined is a line shorter than the table, as a grid read from Excel may have.
    while (line.length > 0 && line[line.length - 1] === undefined) line.pop();
    values.push(line);
  }
  return { name: "Flik", values, top: 3, left: 1 };
}

// The sum-row words readTable gives one finding for (read-table.ts's TOTALS_WORD).
const TOTALS_WORD = /^(summa|totalt?|totals|totalsumma|delsumma|summering|sum)\s*:?$/i;

/** Every cell of every line not blank in the table's columns through its reader; the findings as (code, cell, typed). */
function reference(sheet: SheetGrid, spec: TableSpec) {
  const found = findTable(sheet, spec)!;
  const readers = cellReaders(spec);
  const at = spec.columns.map((c) => found.columns[c.header] ?? -1);
  const top = sheet.top ?? 0;
  const left = sheet.left ?? 0;
  const rows: { row: number; values: unknown[]; error: boolean }[] = [];
  const findings: [string, string, unknown][] = [];
  for (let r = found.headerRow + 1; r < sheet.values.length; r++) {
    const line = sheet.values[r]!;
    const cells = at.map((a) => (a < 0 ? null : (line[a] ?? null)));
    if (cells.every((c) => isBlank(c))) continue;
    const values = cells.map((cell, c) => readers[c]!(cell));
    const problems = values.flatMap((v, c) => (v instanceof Unreadable ? [{ c, code: v.code }] : []));
    rows.push({ row: r + top, values: values.map((v) => (v instanceof Unreadable ? undefined : v)), error: problems.length > 0 });
    const where = (c: number) => `${String.fromCharCode(65 + at[c]! + left)}${r + top + 1}`;
    const head = cells[0];
    const sum = typeof head === "string" && TOTALS_WORD.test(head.trim()) && problems[0]?.c === 0;
    for (const p of sum ? problems.slice(0, 1) : problems) findings.push([p.code, where(p.c), cells[p.c]]);
  }
  return { rows, findings };
}

function check(d: Drawn): void {
  const sheet = sheetOf(d);
  const { spec } = d;
  const { data, findings } = readTable(sheet, spec);
  const ref = reference(sheet, spec);
  const got = [];
  for (let i = 0; i < data.length; i++) {
    got.push({ row: data.row(i), values: spec.columns.map((_, c) => data.value(i, c)), error: data.hasError(i) });
    const own = spec.columns.every((_, c) => Object.is(data.value(i, c), data.cell(i, c)));
    const line = data.plainLine(i);
    expect([data.row(i), line !== null]).toEqual([data.row(i), own]);
    if (line !== null) {
      // The line offered stands for the values: each value is the line's cell (null where the column is absent).
      spec.columns.forEach((_, c) => expect(Object.is(data.at[c]! < 0 ? null : (line[data.at[c]!] ?? null), data.value(i, c))).toBe(true));
    }
  }
  expect(got).toEqual(ref.rows);
  // -0 and 0 are equal to toEqual's eye in some versions: compare them by Object.is as well.
  got.forEach((g, i) =>
    g.values.forEach((v, c) => {
      if (typeof v === "number") expect([g.row, c, Object.is(v, ref.rows[i]!.values[c])]).toEqual([g.row, c, true]);
    }),
  );
  const typed = (cell: Cell) => {
    const t = cell === null ? "" : typeof cell === "string" ? cell.trim() : typeof cell === "number" ? (Number.isFinite(cell) ? String(cell) : "") : cell ? "SANT" : "FALSKT";
    return t.length > 60 ? `${t.slice(0, 57)}…` : t;
  };
  expect(findings.map((f) => [f.code, f.cell, (f.params as { typed?: unknown } | undefined)?.typed])).toEqual(
    ref.findings.map(([code, cell, raw]) => [code, cell, typed(raw as Cell)]),
  );
}

describe("readTable's fast path against every cell through its reader (review of issue 16)", () => {
  it("gives the same rows, values, marks and findings for cells people type, in every table, with optional columns absent", () => {
    fc.assert(fc.property(drawn, check), { numRuns: 600, seed: 16 });
  });

  it("reads the odd cells the brief names as their readers do, each alone in a plain activity row", () => {
    const odd: Cell[] = ["41,5 %", "'123", "12", "Å4\u2212Namn", "Å4 \u2212 Namn", "Å4 \u2013 Namn", "KOM\u20111", "Genomförd ", "genomförd", "#N/A", " #N/A", "\u00a0Träff", "Träff\u202f", "", " ", true, false, -0, 45_800.75, "2025-03-14", "x".repeat(40_000)];
    for (const cell of odd) {
      for (let c = 0; c < AKTIVITETER_TABLE.columns.length; c++) {
        const row: (Cell | undefined)[] = AKTIVITETER_TABLE.columns.map((col) => plainCell(col.kind, col.allowed));
        row[c] = cell;
        check({ spec: AKTIVITETER_TABLE, keep: AKTIVITETER_TABLE.columns.map(() => true), rows: [row] });
      }
    }
  });
});
