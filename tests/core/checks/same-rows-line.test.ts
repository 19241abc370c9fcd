/**
 * Review of issue 16's duplicate search through the row's line (cb12d62: `SameRows.firstSameAs(i, line)` hashes the
 * five numbers from the line, `lineNumbersHash`): whether a row's first hash is taken from its plain line or through
 * the table (`numbersHash`, line null) must not change which earlier row it is the same as, for numbers that differ
 * only as -0/0, 1 vs 1.0 vs "1" vs " 1", NaN-like text, '' vs null vs 0, dates as serials and as text; and both must
 * agree with comparing every cell's key.
 */
import fc from "fast-check";
import type { Cell } from "../../../src/core/cell";
import { comparedCell, lineNumbersHash, numbersHash } from "../../../src/core/checks/row-hash";
import { cellKey, SameRows } from "../../../src/core/checks/same-rows";
import { ACTIVITY_COLUMN, } from "../../../src/core/register/activity-rows";
import { AKTIVITETER_TABLE } from "../../../src/core/register/layout";
import { readTable, type TableData } from "../../../src/core/register/read-table";

const HEADERS = AKTIVITETER_TABLE.columns.map((c) => c.header);
const C = ACTIVITY_COLUMN;
const NUMBERS = [C.date, C.occasions, C.participants, C.women, C.men];

function naive(data: TableData): number[] {
  const keys = Array.from({ length: data.length }, (_, i) => HEADERS.map((_h, c) => cellKey(comparedCell(data, i, c))).join("\u0001"));
  return keys.map((k, i) => (keys.indexOf(k) === i ? -1 : keys.indexOf(k)));
}

const odd = fc.constantFrom<Cell>("0", "-0", " 0", "1", " 1", "1,0", "1.0", "01", NaN, "NaN", "nan", "", " ", 1.5, "1,5", "45800", "2025-05-23", Infinity, "Infinity", true, "#N/A");
/** Plain numbers (whole, at least 0: a date's serial and a count alike) and their near twins typed otherwise. */
/** Each count as one of a few values, typed in one of its forms: -0/0/"0"/" 0", 1/1.0/"1"/" 1", null/"" (or rarely an odd twin). */
const FORMS: Record<string, readonly Cell[]> = { "0": [0, -0, "0", " 0", 0, -0], "1": [1, 1.0, "1", " 1", 1, 1.0], blank: [null, "", null, null] };
const PATTERNS: readonly (readonly string[])[] = [["0", "1", "blank", "1"], ["1", "1", "0", "0"], ["blank", "blank", "blank", "blank"]];
const counts = fc
  .tuple(fc.constantFrom(...PATTERNS), fc.array(fc.nat(5), { minLength: 4, maxLength: 4 }), fc.option(fc.tuple(fc.nat(3), odd), { freq: 4 }))
  .map(([pattern, forms, twin]) => {
    const cells: Cell[] = pattern.map((v, k) => FORMS[v]![forms[k]! % FORMS[v]!.length]!);
    if (twin !== null) cells[twin[0]] = twin[1];
    return cells;
  });
const date = fc.oneof({ arbitrary: fc.constantFrom<Cell>(45_800, 45_800, 45_800, 45_799), weight: 6 }, { arbitrary: fc.constantFrom<Cell>("2025-05-23", "45800", " 45800", 45_800.5, -0, null, "NaN"), weight: 1 });
const text = fc.oneof({ arbitrary: fc.constantFrom<Cell>("Träff", "TRÄFF"), weight: 6 }, { arbitrary: fc.constantFrom<Cell>("träff ", "Träff\u00a0", "", 0, "0", -0), weight: 1 });
const row = fc
  .tuple(fc.tuple(date, counts).map(([d, c]) => [d, ...c]), text, fc.oneof(text, fc.constant<Cell>(null)), fc.constantFrom<Cell>("Å1", "Å1", "å1", "Å1 ", "Å2"), fc.constantFrom<Cell>("Genomförd", "Genomförd", "genomförd", "Planerad"))
  .map(([n, title, comment, id, status]) => {
    const r: Cell[] = new Array<Cell>(HEADERS.length).fill(null);
    NUMBERS.forEach((c, k) => (r[c] = n[k]!));
    [r[C.title], r[C.comment], r[C.measureId], r[C.status]] = [title, comment, id, status];
    return r;
  });

const shared = new SameRows();

describe("the duplicate search's first hash from the row's line (review of issue 16)", () => {
  it("finds the same earlier row whether each row's numbers are hashed from its line or through the table", () => {
    let plainRows = 0;
    let found = 0;
    let mixed = 0;
    fc.assert(
      fc.property(fc.array(row, { minLength: 5, maxLength: 40 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (rows, viaLine) => {
        // Some lines as a grid read from Excel gives them: cut after their last filled cell.
        const lines = rows.map((r, k) => {
          const line = [...r];
          if (viaLine[39 - k]) while (line.length > 0 && line[line.length - 1] === null) line.pop();
          return line;
        });
        const data = readTable({ name: "Polisen", values: [HEADERS, ...lines] }, AKTIVITETER_TABLE).data;
        const same = shared.of(data);
        const got: number[] = [];
        for (let i = 0; i < data.length; i++) {
          const line = data.plainLine(i);
          if (line !== null) {
            plainRows++;
            const at = data.at;
            // The two hashes of a plain row are one number.
            expect(lineNumbersHash(line, at[NUMBERS[0]!]!, at[NUMBERS[1]!]!, at[NUMBERS[2]!]!, at[NUMBERS[3]!]!, at[NUMBERS[4]!]!)).toBe(numbersHash(data, i, NUMBERS));
          }
          got.push(same.firstSameAs(i, viaLine[i] ? line : null));
        }
        const want = naive(data);
        found += want.filter((w) => w >= 0).length;
        // A duplicate of an earlier row where one of the two is plain and the other not: the two hashes must meet.
        mixed += want.filter((w, i) => w >= 0 && (data.plainLine(w) === null) !== (data.plainLine(i) === null)).length;
        expect(got).toEqual(want);
      }),
      { seed: 20261203, numRuns: 800 },
    );
    // Both kinds of row, and duplicates, are met often enough to matter.
    expect(plainRows).toBeGreaterThan(100);
    expect(found).toBeGreaterThan(150);
    expect(mixed).toBeGreaterThan(10);
  });

  it("takes -0 and 0, 1 and \"1\" and \" 1\", a date as a serial and as text for the same; '' and null alike, 0 not", () => {
    const base: Cell[] = [45_800, "Å1", "Träff", "Genomförd", 1, 12, 0, 7, null];
    const rows: Cell[][] = [
      base,
      [45_800, "Å1", "Träff", "Genomförd", 1, 12, -0, 7, null],
      ["2025-05-23", "Å1", "träff", "Genomförd", "1", " 12", "0", 7, ""],
      [45_800, "Å1", "Träff", "Genomförd", 1, 12, null, 7, null],
      [45_800, "Å1", "Träff", "Genomförd", 1, 12, "", 7, null],
      [45_800, "Å1", "Träff", "Genomförd", "NaN", 12, 0, 7, null],
      [45_800, "Å1", "Träff", "Genomförd", "nan", 12, 0, 7, null],
    ];
    const data = readTable({ name: "Polisen", values: [HEADERS, ...rows] }, AKTIVITETER_TABLE).data;
    // 2025-05-23 is serial 45 800 (rows 0-2 the same); a blank count (rows 3, 4) differs from 0; "NaN" is text as typed.
    expect(naive(data)).toEqual([-1, 0, 0, -1, 3, -1, 5]);
    for (const viaLine of [true, false]) {
      const same = shared.of(data);
      expect(Array.from({ length: data.length }, (_, i) => same.firstSameAs(i, viaLine ? data.plainLine(i) : null))).toEqual(naive(data));
    }
  });
});
