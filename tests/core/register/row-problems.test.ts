/**
 * A row with a cell that cannot be used gets a finding for each such cell. `readTable` takes the problems from
 * its own reading (each cell reader's code); the row's zod schema (`rowProblems`) is the reference that lists
 * them, in column order. Both must give the same problems for every row of every table.
 */
import type { Cell } from "../../../src/core/cell";
import { a1 } from "../../../src/core/address";
import {
  AKTIVITETER_TABLE,
  ATGARDER_TABLE,
  INDIKATORER_TABLE,
  LOFTE_TABLE,
  PARTER_TABLE,
  type TableSpec,
  VARDEN_TABLE,
} from "../../../src/core/register/layout";
import { readTable } from "../../../src/core/register/read-table";
import { rowProblems } from "../../../src/core/register/row-schema";
import { seededRandom } from "../../support/seeded-random";

const random = seededRandom;

/** Cells of every kind, good and bad for one column or another (never a sum row's first word). */
const CELLS: readonly Cell[] = [
  null,
  "",
  "  ",
  "Å1",
  " Å1 ",
  "P001, P002",
  "P001;;",
  "Genomförd",
  "genomförd",
  "Pågår",
  "klar",
  "Antal",
  "Ja",
  "nej",
  "T2 2025",
  "tertial 2 2025",
  "2025",
  "T4 2025",
  45_800,
  45_800.5,
  -3,
  0,
  12,
  "12",
  "1 200",
  "ca 12",
  "3,5",
  "41,5 %",
  "2025-05-10",
  "den 3 maj",
  "#N/A",
  "#VALUE!",
  true,
  false,
  "Nattvandring",
  "Bra väder, träff #3",
];

const TABLES: readonly TableSpec[] = [LOFTE_TABLE, PARTER_TABLE, ATGARDER_TABLE, INDIKATORER_TABLE, AKTIVITETER_TABLE, VARDEN_TABLE];

describe("the problems of a row read from a table", () => {
  it.each(TABLES.map((t) => [t.key, t] as const))("are the row's zod schema's, cell by cell, in %s", (_key, spec) => {
    const next = random(spec.columns.length * 7919);
    const headers = spec.columns.map((c) => c.header);
    const rows: Cell[][] = Array.from({ length: 400 }, () => headers.map(() => CELLS[Math.floor(next() * CELLS.length)]!));
    const { data, findings } = readTable({ name: "T", values: [headers, ...rows], top: 2, left: 1 }, spec);
    const expected: string[] = [];
    let withProblems = 0;
    for (let i = 0; i < data.length; i++) {
      const cells: Record<string, Cell> = {};
      headers.forEach((h, c) => (cells[h] = data.cell(i, c)));
      const problems = rowProblems(spec, cells);
      expect([i, data.hasError(i)]).toEqual([i, problems.length > 0]);
      if (problems.length > 0) withProblems++;
      for (const p of problems) expected.push(`${p.code} ${a1(data.row(i), headers.indexOf(p.header) + 1)}`);
    }
    // Many rows have a problem, several of them some.
    expect(withProblems).toBeGreaterThan(20);
    expect(findings.map((f) => `${f.code} ${f.cell}`)).toEqual(expected);
  });

  it("are found for a row with no problem but one cell, whichever column it is in", () => {
    const headers: string[] = AKTIVITETER_TABLE.columns.map((c) => c.header);
    const good: Cell[] = [45_800, "Å1", "Nattvandring", "Genomförd", 1, 12, 5, 7, null];
    const bad: Cell[] = ["den 3 maj", "#N/A", null, "klar", "två", "ca 12", "3,5", -1, "#VALUE!"];
    const rows = bad.map((cell, c) => good.map((g, k) => (k === c ? cell : g)));
    const { findings } = readTable({ name: "T", values: [headers, ...rows] }, AKTIVITETER_TABLE);
    const expected = rows.flatMap((row, i) => {
      const cells = Object.fromEntries(headers.map((h, c) => [h, row[c]!]));
      return rowProblems(AKTIVITETER_TABLE, cells).map((p) => `${p.code} ${a1(i + 1, headers.indexOf(p.header))}`);
    });
    expect(expected).toHaveLength(bad.length);
    expect(findings.map((f) => `${f.code} ${f.cell}`)).toEqual(expected);
  });
});
