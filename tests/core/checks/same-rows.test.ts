import fc from "fast-check";
import type { Cell } from "../../../src/core/cell";
import { cellKey, SameRows } from "../../../src/core/checks/same-rows";
import { comparedCell } from "../../../src/core/checks/row-hash";
import { AKTIVITETER_TABLE } from "../../../src/core/register/layout";
import { readTable, type TableData } from "../../../src/core/register/read-table";

const HEADERS = AKTIVITETER_TABLE.columns.map((c) => c.header);

function table(rows: Cell[][]): TableData {
  return readTable({ name: "Polisen", values: [HEADERS, ...rows] }, AKTIVITETER_TABLE).data;
}

/** For each row, the first earlier row the same, by comparing every value's key: what SameRows must give. */
function naive(data: TableData): number[] {
  const keys = Array.from({ length: data.length }, (_, i) => HEADERS.map((_h, c) => cellKey(comparedCell(data, i, c))).join("\u0001"));
  return keys.map((k, i) => (keys.indexOf(k) === i ? -1 : keys.indexOf(k)));
}

// One search for every table, as a check uses it for every tab: each table must start afresh.
const shared = new SameRows();

function firstSame(data: TableData): number[] {
  const same = shared.of(data);
  return Array.from({ length: data.length }, (_, i) => same.firstSameAs(i));
}

const row = (over: Partial<Record<number, Cell>> = {}): Cell[] => {
  const r: Cell[] = [45_800, "Å1", "Nattvandring", "Genomförd", 1, 12, 5, 7, null];
  for (const [c, v] of Object.entries(over)) r[Number(c)] = v ?? null;
  return r;
};

describe("rows the same as an earlier row", () => {
  it("are found when a date or a count is typed another way that reads the same", () => {
    const data = table([
      row({ 0: 45_787, 5: 1200, 6: 600, 7: 600 }),
      row({ 0: "2025-05-10", 5: "1 200", 6: "600", 7: 600 }),
      row({ 0: "2025-05-11", 5: 1200, 6: 600, 7: 600 }),
    ]);
    expect(firstSame(data)).toEqual([-1, 0, -1]);
  });

  it("are found whatever the case and the spaces around text, and a number equals the same number typed as text", () => {
    const data = table([
      row(),
      row({ 2: "  NATTVANDRING " }),
      row({ 0: "45800", 5: " 12" }),
      row({ 2: "Läxhjälp" }),
      row({ 2: "LÄXHJÄLP" }),
    ]);
    expect(firstSame(data)).toEqual([-1, 0, 0, -1, 3]);
  });

  it("compare text by the comparison key: a decomposed å, line breaks and no-break spaces read as typed otherwise", () => {
    const data = table([
      row({ 2: "Möte i Skäggetorp" }),
      row({ 2: "Mo\u0308te  i\nSka\u0308ggetorp" }),
      row({ 2: "MÖTE\u00a0I SKÄGGETORP " }),
      row({ 2: "Möte iSkäggetorp" }),
    ]);
    expect(firstSame(data)).toEqual(naive(data));
    expect(firstSame(data)).toEqual([-1, 0, 0, -1]);
  });

  it("fold Greek, Turkish and other letters beyond Latin-1 as the whole text's lower case does", () => {
    const data = table([row({ 2: "ΣΑΣ" }), row({ 2: "σας" }), row({ 2: "İzmir" }), row({ 2: "i̇zmir" }), row({ 2: "ΣΑΣ " })]);
    expect(firstSame(data)).toEqual(naive(data));
    expect(firstSame(data)).toEqual([-1, 0, -1, 2, 0]);
  });

  it("are not found when any one cell differs", () => {
    const data = table([
      row(),
      ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map((c) => row({ [c]: c === 8 ? "Kommentar" : c === 0 ? 45_801 : `${row()[c]}x` })),
    ]);
    expect(firstSame(data)).toEqual(Array<number>(10).fill(-1));
  });

  it("are looked for within one table: a search started on the next table forgets the rows before", () => {
    const same = new SameRows();
    const first = table([row(), row({ 2: "Läxhjälp" }), row({ 2: "Läxhjälp" })]);
    same.of(first);
    expect([0, 1, 2].map((i) => same.firstSameAs(i))).toEqual([-1, -1, 1]);
    // Started again, the rows given before are forgotten.
    same.of(first);
    expect(same.firstSameAs(2)).toBe(-1);
    same.of(table([row({ 2: "Läxhjälp" }), row()]));
    expect([0, 1].map((i) => same.firstSameAs(i))).toEqual([-1, -1]);
  });

  it("are told apart by their text when their date and counts are the same", () => {
    // Rows 0, 1, 3, 4 and 5 share date and counts; row 3 repeats row 1, row 5 the first row with those numbers.
    const data = table([
      row(),
      row({ 2: "Läxhjälp" }),
      row({ 2: "Läxhjälp", 0: 45_801 }),
      row({ 2: " läxhjälp" }),
      row({ 8: "Regn" }),
      row({ 2: "NATTVANDRING" }),
    ]);
    expect(firstSame(data)).toEqual([-1, -1, -1, 1, -1, 0]);
  });

  it("are found when a number is typed as text in one row and as a number in the other", () => {
    const data = table([row({ 2: "Läxhjälp" }), row(), row({ 4: "1", 5: "12 ", 6: " 5", 7: "7", 0: "45800" })]);
    expect(firstSame(data)).toEqual([-1, -1, 1]);
  });

  it("agree with comparing every cell's key, for any cells", () => {
    const cell: fc.Arbitrary<Cell> = fc.oneof(
      fc.constantFrom<Cell>(
        null,
        true,
        false,
        0,
        -0,
        12,
        "12",
        " 12 ",
        "12.0",
        "1e3",
        1000,
        "NaN",
        NaN,
        "null",
        "TRUE",
        "Å1",
        "å1",
        "ß",
        "SS",
        "ΣΑΣ",
        "σας",
        2147483647,
        -2147483648,
        2147483648,
        "-2147483648",
        1e21,
        "1e+21",
        "a b",
        "a  b",
        "A\u00a0b",
        "a\nb ",
        "A\u030a1",
      ),
      fc.integer({ min: -3, max: 3 }),
      fc.double({ noNaN: false }),
      fc.string({ maxLength: 4 }),
      fc.string({ unit: "grapheme", maxLength: 3 }),
    );
    const rows = fc.array(fc.array(cell, { minLength: 9, maxLength: 9 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(rows, fc.nat(), (rs, seed) => {
        // Repeat some rows with cells in another case, so groups of equal rows occur.
        const all = [
          ...rs,
          ...rs.filter((_, i) => (i + seed) % 3 === 0).map((r) => r.map((c) => (typeof c === "string" ? c.toUpperCase() : c))),
        ];
        const data = table(all);
        expect(firstSame(data)).toEqual(naive(data));
      }),
      { seed: 20251125, numRuns: 200 },
    );
  });

  it("agree with comparing every cell's key when many rows share their date and counts", () => {
    // Few numbers and a few texts: rows often meet on their numbers and must be told apart by the rest.
    const number: fc.Arbitrary<Cell> = fc.constantFrom<Cell>(null, 1, "1", " 1 ", "01", 1.5, "1,5");
    const text: fc.Arbitrary<Cell> = fc.constantFrom<Cell>(null, "a", "A ", "b", "ΣΑΣ", "σας", 1, "1");
    const numbers = [0, 4, 5, 6, 7];
    const activityRow = fc
      .tuple(fc.array(text, { minLength: 9, maxLength: 9 }), fc.array(number, { minLength: 5, maxLength: 5 }))
      .map(([texts, ns]) => texts.map((t, c) => (numbers.includes(c) ? ns[numbers.indexOf(c)]! : t)));
    fc.assert(
      fc.property(fc.array(activityRow, { minLength: 1, maxLength: 40 }), fc.nat(), (rs, seed) => {
        // Repeat some rows further down, so rows equal to the first with their numbers occur.
        const data = table([...rs, ...rs.filter((_, i) => (i + seed) % 4 === 0)]);
        expect(firstSame(data)).toEqual(naive(data));
      }),
      { seed: 20261126, numRuns: 300 },
    );
  });
});
