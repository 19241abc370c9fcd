import fc from "fast-check";
import type { Cell } from "../../../src/core/cell";
import { cellKey, SameRows } from "../../../src/core/checks/same-rows";
import { AKTIVITETER_TABLE } from "../../../src/core/register/layout";
import { readTable, type TableData } from "../../../src/core/register/read-table";

const HEADERS = AKTIVITETER_TABLE.columns.map((c) => c.header);

function table(rows: Cell[][]): TableData {
  return readTable({ name: "Polisen", values: [HEADERS, ...rows] }, AKTIVITETER_TABLE).data;
}

/** For each row, the first earlier row the same, by comparing every cell's key: what SameRows must give. */
function naive(data: TableData): number[] {
  const keys = Array.from({ length: data.length }, (_, i) => HEADERS.map((_h, c) => cellKey(data.cell(i, c))).join("\u0001"));
  return keys.map((k, i) => (keys.indexOf(k) === i ? -1 : keys.indexOf(k)));
}

function firstSame(data: TableData): number[] {
  const same = new SameRows(data);
  return Array.from({ length: data.length }, (_, i) => same.firstSameAs(i));
}

const row = (over: Partial<Record<number, Cell>> = {}): Cell[] => {
  const r: Cell[] = [45_800, "Å1", "Nattvandring", "Genomförd", 1, 12, 5, 7, null];
  for (const [c, v] of Object.entries(over)) r[Number(c)] = v ?? null;
  return r;
};

describe("rows the same as an earlier row", () => {
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
});
