/**
 * The fingerprint of a register read from a workbook hashes its activities straight from the partner tabs'
 * grid lines (`tabActivities` in fingerprint.ts); the same register with its activities as objects is hashed
 * through the cursor (`activityFields`). The two must give the same fingerprint for every register.
 */
import type { Cell, WorkbookGrids } from "../../../../src/core/cell";
import { checkRegister } from "../../../../src/core/check-register";
import { activitiesOf } from "../../../../src/core/register/activity-source";
import { AKTIVITETER_TABLE, VARDEN_TABLE } from "../../../../src/core/register/layout";
import { TabsSource } from "../../../../src/core/register/tabs-source";
import type { Register } from "../../../../src/core/register/types";
import { dataFingerprint } from "../../../../src/core/report/model/fingerprint";
import { demoRegister } from "../../../../src/demo/demo-register";
import { syntheticRegister } from "../../../../scripts/bench/synthetic-register";

/** The fingerprint through the grid lines, then through the cursor over the same register's activity objects. */
function bothWays(register: Register): [string, string] {
  expect(activitiesOf(register)).toBeInstanceOf(TabsSource);
  const fromLines = dataFingerprint(register);
  // Reading `activities` makes the objects; the copy is then read through the objects' cursor.
  const withObjects: Register = { ...register, activities: register.activities };
  expect(activitiesOf(withObjects)).not.toBeInstanceOf(TabsSource);
  return [fromLines, dataFingerprint(withObjects)];
}

/** A small deterministic generator (the same rows on every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Ways people type an activity row's cells: most as the template expects, some as text the reader types, some unusable. */
const VARIANTS: readonly (readonly Cell[])[] = [
  /* Datum */ [45_600, 45_601, "2025-05-10", " 45602 ", "den 3 maj", null],
  /* Åtgärd-ID */ ["Å1", " Å2", "å3", "Å1 ", null],
  /* Aktivitet */ ["Nattvandring", "  Läxhjälp ", "Möte #3", "Fotboll\u00a0", null],
  /* Status */ ["Genomförd", "genomförd", "Planerad", " Inställd", "klar"],
  /* Tillfällen */ [1, 2, "3", " 4", null, "", "två"],
  /* Deltagare */ [12, "12", "1 200", null, 0, -1],
  /* Varav kvinnor/flickor */ [5, "5", null, 3.5],
  /* Varav män/pojkar */ [7, "7", null, "  "],
  /* Kommentar */ [null, "Bra väder", " Bra väder ", "", "  ", "#N/A"],
];

function partnerGrid(seed: number, rows: number, dropComment: boolean, gaps: boolean): Cell[][] {
  const next = random(seed);
  const headers = AKTIVITETER_TABLE.columns.map((c) => c.header).filter((h) => !(dropComment && h === "Kommentar"));
  const grid: Cell[][] = [[...headers, null, ...VARDEN_TABLE.columns.map((c) => c.header)]];
  for (let r = 0; r < rows; r++) {
    const line = VARIANTS.map((v) => v[Math.floor(next() * v.length)]!);
    if (dropComment) line.pop();
    grid.push([...line, null, ...(r === 0 ? ["T1 2025", "I1", 10, null, null, null] : [])]);
    // An empty line inside the table: later rows are no longer line first + i.
    if (gaps && r % 7 === 3) grid.push([]);
  }
  return grid;
}

function workbook(seed: number): WorkbookGrids {
  const base = syntheticRegister(3, 5);
  const tabs = base.sheets.slice(4);
  return {
    sheets: [
      ...base.sheets.slice(0, 4),
      ...tabs.map((t, k) => ({ name: t.name, values: partnerGrid(seed * 10 + k, 60, k === 1, k === 2), top: k, left: 0 })),
    ],
  };
}

describe("the fingerprint from the tabs' grid lines", () => {
  it("is the cursor's for the demo register", () => {
    const [fromLines, throughCursor] = bothWays(checkRegister(demoRegister(), { today: 45905 }).register);
    expect(fromLines).toBe("3b7679");
    expect(throughCursor).toBe("3b7679");
  });

  it("is the cursor's for the benchmark's synthetic register, with its typing mistakes", () => {
    const [fromLines, throughCursor] = bothWays(checkRegister(syntheticRegister(20, 200), { today: 46_037 }).register);
    expect(fromLines).toBe(throughCursor);
  });

  it("is the cursor's for rows typed every which way: text read as numbers, spaces, other cases, errors, a missing column, empty lines", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const register = checkRegister(workbook(seed), { today: 46_037 }).register;
      // The rows are a mix: some left out, some with a value kept apart from the cell, most plain.
      expect(register.excludedRows).toBeGreaterThan(0);
      const [fromLines, throughCursor] = bothWays(register);
      expect(fromLines).toBe(throughCursor);
    }
  });

  it("changes when one cell of one row changes, as through the cursor", () => {
    const grids = workbook(5);
    const before = dataFingerprint(checkRegister(grids, { today: 46_037 }).register);
    const tab = grids.sheets[4]!.values;
    tab[10] = [45_600, "Å1", "Nattvandring", "Genomförd", 1, 12, 5, 7, null, null];
    const good = dataFingerprint(checkRegister(grids, { today: 46_037 }).register);
    expect(good).not.toBe(before);
    tab[10] = [45_600, "Å1", "Nattvandring", "Genomförd", 1, 13, 5, 7, null, null];
    const after = checkRegister(grids, { today: 46_037 }).register;
    const [fromLines, throughCursor] = bothWays(after);
    expect(fromLines).toBe(throughCursor);
    expect(fromLines).not.toBe(good);
  });
});
