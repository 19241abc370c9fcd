/**
 * `readTable` settles the cells a reader would give back as they are without calling it, a whole row at once
 * where it can (`read-plain.ts`). The reference here reads every cell of every non-empty line through its column's
 * reader: both must give the same rows, the same typed values, the same rows marked and the same findings, and a
 * row's grid line is offered as its values (`plainLine`) exactly when every value is its cell.
 */
import { parseA1 } from "../../../src/core/address";
import type { Cell, SheetGrid } from "../../../src/core/cell";
import {
  AKTIVITETER_TABLE,
  ATGARDER_TABLE,
  INDIKATORER_TABLE,
  PARTER_TABLE,
  type TableSpec,
  VARDEN_TABLE,
} from "../../../src/core/register/layout";
import { findTable } from "../../../src/core/register/find-table";
import { PlainRowTest, readBack } from "../../../src/core/register/read-plain";
import { readTable } from "../../../src/core/register/read-table";
import { cellReaders } from "../../../src/core/register/row-schema";
import { isBlank, readChoice, Unreadable } from "../../../src/core/values";
import { syntheticRegister } from "../../../scripts/bench/synthetic-register";
import { seededRandom } from "../../support/seeded-random";
import { mixedWorkbook } from "./mixed-workbook";

const random = seededRandom;

interface Reference {
  lines: number[];
  values: unknown[][];
  errors: boolean[];
}

/** Every cell of every line that is not blank in the table's columns, through its reader. */
function referenceRead(sheet: SheetGrid, spec: TableSpec): Reference {
  const found = findTable(sheet, spec)!;
  const readers = cellReaders(spec);
  const at = spec.columns.map((c) => found.columns[c.header] ?? -1);
  const out: Reference = { lines: [], values: [], errors: [] };
  for (let r = found.headerRow + 1; r < sheet.values.length; r++) {
    const line = sheet.values[r]!;
    const cells = at.map((a) => (a < 0 ? null : (line[a] ?? null)));
    if (cells.every((c, k) => at[k]! < 0 || isBlank(c))) continue;
    const values = cells.map((cell, c) => readers[c]!(cell));
    out.lines.push(r);
    out.values.push(values.map((v) => (v instanceof Unreadable ? undefined : v)));
    out.errors.push(values.some((v) => v instanceof Unreadable));
  }
  return out;
}

function sameAsReference(sheet: SheetGrid, spec: TableSpec): number {
  const { data, findings } = readTable(sheet, spec);
  const ref = referenceRead(sheet, spec);
  const top = sheet.top ?? 0;
  expect(data.length).toBe(ref.lines.length);
  let plain = 0;
  for (let i = 0; i < data.length; i++) {
    const line = sheet.values[ref.lines[i]!]!;
    const values = spec.columns.map((_, c) => data.value(i, c));
    expect([sheet.name, ref.lines[i], values]).toEqual([sheet.name, ref.lines[i], ref.values[i]]);
    expect([data.row(i), data.hasError(i)]).toEqual([ref.lines[i]! + top, ref.errors[i]]);
    // The line stands for the values exactly when every value is its cell (the same value, not only an equal one).
    const own = spec.columns.every((_, c) => data.value(i, c) === data.cell(i, c));
    expect([ref.lines[i], data.plainLine(i) === line]).toEqual([ref.lines[i], own]);
    if (own) plain++;
  }
  // Each row with a cell that cannot be used has its findings, and no other row has any.
  const errorRows = ref.lines.filter((_, i) => ref.errors[i]).map((r) => r + top);
  expect([...new Set(findings.map((f) => parseA1(f.cell!).row))]).toEqual(errorRows);
  return plain;
}

/** Cells near the plain ones for each kind of column: most are settled without the reader, the others not. */
const NEAR: readonly Cell[] = [
  null,
  "",
  " ",
  45_800,
  45_800.5,
  0,
  -0,
  -1,
  1.5,
  2_958_465,
  2_958_466,
  Infinity,
  NaN,
  true,
  "Å1",
  " Å1",
  "Å1 ",
  "Å1\u00a0",
  "KOM-1",
  "Å4 – Polisiär närvaro",
  "Å4 — Polisiär närvaro",
  "#N/A",
  " #N/A",
  "#n/a",
  "Träff #3",
  "Genomförd",
  "genomförd",
  "Genomförd ",
  "GENOMFÖRD",
  "Planerad",
  "Inställd",
  "Inst\u0061\u0308lld",
  "Pågår",
  "Summa",
  "Antal",
  "Ja",
  "ja",
  "12",
  "1 200",
  "T1 2025",
  "P001, P002",
  "\u3000Träff",
  "Träff\u3000",
  "😀",
  "\u0085Träff",
  "Träff\u0085",
  "\u2028",
];

/** A row of plain cells of the tables whose rows are tested whole. */
const PLAIN_ROW: Partial<Record<TableSpec["key"], Cell[]>> = {
  aktiviteter: [45_800, "Å1", "Träff", "Genomförd", 1, 12, 5, 7, null],
  parter: ["P001", "Part P001", "Polis", "Flik P001", null],
};

/**
 * A sheet of the spec's headers and rows drawn from `NEAR`; for a table whose rows are tested whole, every other row
 * is a plain row with one or two of its cells drawn from `NEAR`.
 */
function nearSheet(spec: TableSpec, seed: number, rows: number): SheetGrid {
  const next = random(seed);
  const pick = () => NEAR[Math.floor(next() * NEAR.length)]!;
  const values: Cell[][] = [spec.columns.map((c) => c.header)];
  const plain = PLAIN_ROW[spec.key];
  for (let r = 0; r < rows; r++) {
    if (plain && r % 2 === 0) {
      const line = [...plain];
      for (let k = 0; k < 1 + (r % 4 === 0 ? 1 : 0); k++) line[Math.floor(next() * line.length)] = pick();
      values.push(line);
    } else values.push(spec.columns.map(pick));
  }
  return { name: `T${seed}`, values, top: 2 };
}

describe("a table read with its plain cells settled without their readers", () => {
  it("gives what reading every cell through its reader gives, on the synthetic register and mixed workbooks", () => {
    let plain = 0;
    for (const grids of [syntheticRegister(4, 300), ...[1, 2, 3, 4, 5, 6].map(mixedWorkbook)]) {
      for (const sheet of grids.sheets.slice(4)) {
        plain += sameAsReference(sheet, AKTIVITETER_TABLE);
        sameAsReference(sheet, VARDEN_TABLE);
      }
      sameAsReference(grids.sheets[1]!, PARTER_TABLE);
      sameAsReference(grids.sheets[2]!, ATGARDER_TABLE);
      sameAsReference(grids.sheets[3]!, INDIKATORER_TABLE);
    }
    // Nearly every synthetic row is plain: the fast path is the one tested.
    expect(plain).toBeGreaterThan(1100);
  });

  it("gives what reading every cell through its reader gives, for cells near the plain ones in every table", () => {
    for (const spec of [AKTIVITETER_TABLE, VARDEN_TABLE, PARTER_TABLE, ATGARDER_TABLE, INDIKATORER_TABLE]) {
      for (let seed = 1; seed <= 6; seed++) sameAsReference(nearSheet(spec, seed, 200), spec);
    }
  });

  it("tests whole rows of the activity table, and reads one of its near misses cell by cell", () => {
    const at = AKTIVITETER_TABLE.columns.map((_, c) => c);
    const readers = cellReaders(AKTIVITETER_TABLE);
    const test = PlainRowTest.of(
      AKTIVITETER_TABLE.columns,
      at,
      AKTIVITETER_TABLE.columns.map((c, k) => readBack(c, readers[k]!)),
    )!;
    const row: Cell[] = [45_800, "Å1", "Träff", "Genomförd", 1, 12, 5, 7, null];
    expect(test.test(row)).toBe(true);
    const misses: [number, Cell][] = [
      [0, 45_800.5],
      [0, null],
      [1, "Å1 – Namn"],
      [1, "KOM-1"],
      [2, "#N/A"],
      [2, "Träff "],
      [3, "genomförd"],
      [4, -1],
      [5, "12"],
      [8, ""],
    ];
    for (const [c, cell] of misses) {
      const line = [...row];
      line[c] = cell;
      expect([c, cell, test.test(line)]).toEqual([c, cell, false]);
    }
    // A table without the optional comment column: its rows are still tested whole; one without a date is not.
    expect(
      PlainRowTest.of(
        AKTIVITETER_TABLE.columns,
        [...at.slice(0, 8), -1],
        [null, null, null, ["Genomförd"], null, null, null, null, null],
      )!.test(row),
    ).toBe(true);
    expect(PlainRowTest.of(AKTIVITETER_TABLE.columns, [-1, ...at.slice(1)], [])).toBeNull();
    // A column with no plain form (a period, a list) leaves every row to be read cell by cell.
    expect(
      PlainRowTest.of(
        VARDEN_TABLE.columns,
        VARDEN_TABLE.columns.map((_, c) => c),
        [],
      ),
    ).toBeNull();
    // With every column optional, a line of blanks would pass for a row: such a table is read cell by cell.
    const optional = { header: "Not", kind: "text", required: false, width: 10 } as const;
    expect(PlainRowTest.of([optional], [0], [null])).toBeNull();
  });

  it("tests an activity line as the groups' test does, with the columns in any place on the sheet", () => {
    const readers = cellReaders(AKTIVITETER_TABLE);
    const choices = AKTIVITETER_TABLE.columns.map((c, k) => readBack(c, readers[k]!));
    const next = random(29);
    const pick = () => NEAR[Math.floor(next() * NEAR.length)]!;
    const plain = PLAIN_ROW.aktiviteter!;
    let passed = 0;
    for (let round = 0; round < 40; round++) {
      // The table's columns at places of their own among 14 grid columns (a values table or notes beside them).
      const places = Array.from({ length: 14 }, (_, k) => k).sort(() => next() - 0.5);
      const at = AKTIVITETER_TABLE.columns.map((_, c) => places[c]!);
      const own = PlainRowTest.of(AKTIVITETER_TABLE.columns, at, choices)!;
      const grouped = PlainRowTest.grouped(AKTIVITETER_TABLE.columns, at, choices)!;
      expect(own).not.toBeInstanceOf(PlainRowTest);
      for (let r = 0; r < 200; r++) {
        const line: Cell[] = Array.from({ length: 14 }, () => (next() < 0.5 ? pick() : null));
        at.forEach((a, c) => (line[a] = plain[c]!));
        // Plain lines with one to three cells from NEAR, lines cut short (missing cells), and plain lines as they are.
        if (r % 4 !== 0) for (let k = 0; k <= r % 3; k++) line[at[Math.floor(next() * at.length)]!] = pick();
        if (r % 7 === 0) line.length = Math.floor(next() * 14);
        const [a, b] = [own.test(line), grouped.test(line)];
        expect([round, r, line, a]).toEqual([round, r, line, b]);
        if (a) passed++;
      }
    }
    // Both answers are met often enough to matter.
    expect(passed).toBeGreaterThan(1000);
    expect(passed).toBeLessThan(7000);
    // A table of another shape, or the activity table without a column, is tested kind by kind.
    const at = AKTIVITETER_TABLE.columns.map((_, c) => c);
    expect(PlainRowTest.of(AKTIVITETER_TABLE.columns, [...at.slice(0, 8), -1], choices)).toBeInstanceOf(PlainRowTest);
    expect(
      PlainRowTest.of(
        PARTER_TABLE.columns,
        PARTER_TABLE.columns.map((_, c) => c),
        [],
      ),
    ).toBeInstanceOf(PlainRowTest);
  });

  it("settles a choice without its reader only where the reader gives that spelling back", () => {
    // Two allowed spellings of one word: the reader gives the first for both, so the second is not its own value.
    const col = { header: "Svar", kind: "choice", required: true, width: 5, allowed: ["Ja", "JA", "Nej"] } as const;
    expect(readBack(col, (cell) => readChoice(cell, col.allowed))).toEqual(["Ja", "Nej"]);
    expect(readBack({ header: "Not", kind: "text", required: false, width: 5 }, () => null)).toBeNull();
  });
});

describe("a values table beside the activities, read where its lines end", () => {
  /**
   * A partner tab as the template lays it out: 600 activity rows, the values table beside them (one empty column
   * between), its rows few; blank and whitespace-only cells (and a formula's '') fill its columns on the other lines.
   */
  function partnerTab(): { sheet: SheetGrid; lone: number; far: number } {
    const source = syntheticRegister(1, 8).sheets[4]!;
    const header = source.values[2]!;
    const activity = source.values[3]!.slice(0, 9);
    const valueRow = (r: number) => source.values[3 + (r % 3)]!.slice(10, 16);
    const blanks: Cell[][] = [
      [null, null, null, null, null, null],
      ["", "", "", "", "", ""],
      [" ", "\t", "\u3000", "\u00a0", "", null],
    ];
    const values: Cell[][] = [["Flik"], [], header];
    const far = 600 + 300;
    const lone = 3 + 40;
    for (let r = 0; r < far + 60; r++) {
      const left = r < 600 ? activity : Array<Cell>(9).fill(r % 7 === 0 ? "" : null);
      let right: Cell[] = blanks[r % 3]!;
      if (r < 3 || r === 10) right = valueRow(r); // rows, then blank lines inside the table, then a row
      if (r === lone) right = [null, "", " ", 12, "", null]; // one value alone after blank lines: a row with findings
      if (r === far) right = ["", null, "", "", "", "Notering"]; // far below the last activity, after 300 blank lines
      values.push([...left, r % 5 === 0 ? "" : null, ...right]);
    }
    return { sheet: { name: "Flik P001", values, top: 4 }, lone: 3 + lone, far: 3 + far };
  }

  it("reads the same rows as every line through its readers, up to a lone value far below the activities", () => {
    const { sheet, lone, far } = partnerTab();
    sameAsReference(sheet, VARDEN_TABLE);
    sameAsReference(sheet, AKTIVITETER_TABLE);
    const { data, findings } = readTable(sheet, VARDEN_TABLE);
    // Three rows, the one after the blank lines inside the table, the lone value, the note far below: six rows.
    expect(Array.from({ length: data.length }, (_, i) => data.row(i) - 4)).toEqual([3, 4, 5, 13, lone, far]);
    expect([data.hasError(4), data.hasError(5)]).toEqual([true, true]);
    expect(findings.some((f) => parseA1(f.cell!).row === far + 4)).toBe(true);
    // With the table's last line taken away, its rows end at the lone value.
    const cut = { ...sheet, values: sheet.values.map((l, r) => (r === far ? [...l.slice(0, 10), "", " ", null, "", "", "\t"] : l)) };
    const short = readTable(cut, VARDEN_TABLE).data;
    expect(short.row(short.length - 1) - 4).toBe(lone);
    expect(short.length).toBe(5);
  });
});
