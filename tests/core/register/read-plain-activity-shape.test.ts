/**
 * Review of issue 16's column-by-column activity line test (b39b80f, read-plain.ts `ActivityLineTest`), end to end
 * through `readTable`: the activity table with every column present (so its own test is the one taken), its columns
 * in any order on the sheet, extra columns of notes between them, headers in other case, wrapped at a space or with
 * spaces around; cells people type (no-break spaces, "41,5 %", a leading apostrophe, numbers and dates as text,
 * serials with a time of day, choices in other case or with spaces after, IDs with en dash or minus sign, error
 * values, booleans, -0, '' beside null, lines cut short). `readTable` must give what reading every cell through its
 * column's reader gives: the same rows, values (-0 kept apart from 0), rows marked, findings, and a row's grid line
 * offered as its values exactly when each value is its cell.
 */
import fc from "fast-check";
import type { Cell, SheetGrid } from "../../../src/core/cell";
import { MAX_SERIAL, MIN_SERIAL } from "../../../src/core/date";
import { findTable } from "../../../src/core/register/find-table";
import { AKTIVITETER_TABLE } from "../../../src/core/register/layout";
import { PlainRowTest, readBack } from "../../../src/core/register/read-plain";
import { readTable } from "../../../src/core/register/read-table";
import { cellReaders } from "../../../src/core/register/row-schema";
import { isBlank, Unreadable } from "../../../src/core/values";

const SPEC = AKTIVITETER_TABLE;
const N = SPEC.columns.length;

const PIECES = [
  "Å1", "Å12", "KOM", "1", "12", "41,5", " %", "%", "1 200", "1\u00a0200", "-", "\u2013", "\u2014", "\u2212", "\u2011",
  " ", "\u00a0", "\u202f", "\t", "\n", "'", "#", "#N/A", "#VALUE!", "2025-03-14", "14/3 2025", "45800",
  "Genomförd", "genomförd", "Planerad ", "Inställd", "Summa", "Träff", "😀", "x",
];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }).map((p) => p.join(""));
const number = fc.oneof(
  fc.constantFrom(0, -0, 1, 1.0, -1, 0.415, 45_800, 45_800.5, MIN_SERIAL, MIN_SERIAL - 1, MAX_SERIAL, MAX_SERIAL + 1, NaN, Infinity),
  fc.integer({ min: -5, max: 3_000_000 }),
);
const choice = fc
  .tuple(fc.constantFrom(...(SPEC.columns[3]!.allowed ?? [])), fc.constantFrom("", " ", "\u00a0"), fc.boolean())
  .map(([a, after, upper]) => (upper ? a.toUpperCase() : a) + after);
const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  { arbitrary: fc.constantFrom<Cell | undefined>(null, undefined, "", " ", "\u00a0", true, false), weight: 2 },
  { arbitrary: number, weight: 3 },
  { arbitrary: text, weight: 3 },
  { arbitrary: choice, weight: 2 },
);

/** A row every cell of which is plain, in spec order. */
const PLAIN: readonly Cell[] = [45_800, "Å1", "Träff", "Genomförd", 1, 12, 7, 5, "Bra"];

/** Headers as people leave them: other case, wrapped at a space, spaces around. */
function headerAs(header: string, how: number): string {
  switch (how) {
    case 1:
      return header.toUpperCase();
    case 2:
      return header.replace(" ", "\n");
    case 3:
      return ` ${header.toLowerCase()}\u00a0`;
    default:
      return header;
  }
}

interface Drawn {
  /** Sheet column of each spec column: the spec's columns and the extra ones shuffled. */
  order: number[];
  extras: number;
  headers: number[];
  rows: { cells: (Cell | undefined)[]; extra: (Cell | undefined)[]; cut: number | null }[];
}

const drawn: fc.Arbitrary<Drawn> = fc.nat(3).chain((extras) =>
  fc.record({
    order: fc.shuffledSubarray(Array.from({ length: N + extras }, (_, k) => k), { minLength: N + extras, maxLength: N + extras }),
    extras: fc.constant(extras),
    headers: fc.array(fc.nat(3), { minLength: N, maxLength: N }),
    rows: fc.array(
      fc.record({
        cells: fc.oneof(
          fc.array(cell, { minLength: N, maxLength: N }),
          fc.tuple(fc.nat(N - 1), cell, fc.nat(N - 1), cell, fc.boolean()).map(([a, x, b, y, two]) => {
            const row: (Cell | undefined)[] = [...PLAIN];
            row[a] = x;
            if (two) row[b] = y;
            return row;
          }),
          fc.constant<(Cell | undefined)[]>([...PLAIN]),
        ),
        extra: fc.array(cell, { minLength: extras, maxLength: extras }),
        cut: fc.option(fc.nat(N + extras), { freq: 6 }),
      }),
      { maxLength: 20 },
    ),
  }),
);

function sheetOf(d: Drawn): SheetGrid {
  const width = N + d.extras;
  // order[k]: the sheet column of item k (items 0..N-1 the spec's columns, N.. the extra ones).
  const header: Cell[] = new Array<Cell>(width).fill(null);
  d.order.forEach((col, k) => (header[col] = k < N ? headerAs(SPEC.columns[k]!.header, d.headers[k]!) : `Notering ${k - N + 1}`));
  const values: Cell[][] = [["Aktiviteter för Föreningen"], [], header];
  for (const r of d.rows) {
    const line: (Cell | undefined)[] = new Array(width).fill(undefined);
    d.order.forEach((col, k) => (line[col] = k < N ? r.cells[k] : r.extra[k - N]));
    if (r.cut !== null) line.length = Math.min(line.length, r.cut);
    while (line.length > 0 && line[line.length - 1] === undefined) line.pop();
    values.push(line.map((x) => (x === undefined ? null : x)));
  }
  return { name: "Föreningen", values, top: 0, left: 2 };
}

const TOTALS_WORD = /^(summa|totalt?|totals|totalsumma|delsumma|summering|sum)\s*:?$/i;

function reference(sheet: SheetGrid) {
  const found = findTable(sheet, SPEC)!;
  const readers = cellReaders(SPEC);
  const at = SPEC.columns.map((c) => found.columns[c.header] ?? -1);
  const top = sheet.top ?? 0;
  const left = sheet.left ?? 0;
  const rows: { row: number; values: unknown[]; error: boolean }[] = [];
  const findings: [string, string][] = [];
  for (let r = found.headerRow + 1; r < sheet.values.length; r++) {
    const line = sheet.values[r]!;
    const cells = at.map((a) => (a < 0 ? null : (line[a] ?? null)));
    if (cells.every((c) => isBlank(c))) continue;
    const values = cells.map((c, k) => readers[k]!(c));
    const problems = values.flatMap((v, c) => (v instanceof Unreadable ? [{ c, code: v.code }] : []));
    rows.push({ row: r + top, values: values.map((v) => (v instanceof Unreadable ? undefined : v)), error: problems.length > 0 });
    const where = (c: number) => `${String.fromCharCode(65 + at[c]! + left)}${r + top + 1}`;
    const head = cells[0];
    const sum = typeof head === "string" && TOTALS_WORD.test(head.trim()) && problems[0]?.c === 0;
    for (const p of sum ? problems.slice(0, 1) : problems) findings.push([p.code, where(p.c)]);
  }
  return { at, rows, findings };
}

function check(d: Drawn): void {
  const sheet = sheetOf(d);
  const ref = reference(sheet);
  // Every column is present: the activity table's own test is the one readTable takes.
  expect(ref.at.every((a) => a >= 0)).toBe(true);
  const readers = cellReaders(SPEC);
  const choices = SPEC.columns.map((c, k) => readBack(c, readers[k]!));
  expect(PlainRowTest.of(SPEC.columns, ref.at, choices)).not.toBeInstanceOf(PlainRowTest);
  const { data, findings } = readTable(sheet, SPEC);
  const got = [];
  for (let i = 0; i < data.length; i++) {
    got.push({ row: data.row(i), values: SPEC.columns.map((_, c) => data.value(i, c)), error: data.hasError(i) });
    const own = SPEC.columns.every((_, c) => Object.is(data.value(i, c), data.cell(i, c)));
    const line = data.plainLine(i);
    expect([data.row(i), line !== null]).toEqual([data.row(i), own]);
    if (line !== null) SPEC.columns.forEach((_, c) => expect(Object.is(line[data.at[c]!] ?? null, data.value(i, c))).toBe(true));
  }
  expect(got).toEqual(ref.rows);
  got.forEach((g, i) =>
    g.values.forEach((v, c) => {
      if (typeof v === "number") expect([g.row, c, Object.is(v, ref.rows[i]!.values[c])]).toEqual([g.row, c, true]);
    }),
  );
  expect(findings.map((f) => [f.code, f.cell])).toEqual(ref.findings);
}

describe("the activity table's own line test, through readTable, against every cell through its reader (review of issue 16)", () => {
  it("gives the same rows, values, marks and findings with the columns in any order, extra columns and headers as typed", () => {
    fc.assert(fc.property(drawn, check), { numRuns: 400, seed: 1605 });
  });

  it("reads a plain row and its near misses alike wherever the columns stand", () => {
    const odd: (Cell | undefined)[] = ["41,5 %", "'12", "12", "Å4\u2212Namn", "Å4 \u2013 Namn", "Genomförd ", "GENOMFÖRD", "#N/A", "\u00a0Träff", "", " ", true, -0, 45_800.25, "2025-03-14", undefined];
    const orders = [
      Array.from({ length: N }, (_, k) => k),
      Array.from({ length: N }, (_, k) => N - 1 - k),
      [8, 0, 7, 1, 6, 2, 5, 3, 4],
    ];
    for (const order of orders) {
      for (const x of odd) {
        for (let c = 0; c < N; c++) {
          const cells: (Cell | undefined)[] = [...PLAIN];
          cells[c] = x;
          check({ order, extras: 0, headers: new Array(N).fill(0), rows: [{ cells, extra: [], cut: null }, { cells: [...PLAIN], extra: [], cut: null }] });
        }
      }
    }
  });
});
