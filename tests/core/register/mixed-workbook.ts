/**
 * A workbook of the synthetic register's sheets with three partner tabs of rows typed every which way: text read
 * as numbers, spaces, other cases, errors, a missing column (tab 2), empty lines inside the table (tab 3), the
 * tabs not starting at the sheet's first row. The same rows for the same seed.
 */
import type { Cell, WorkbookGrids } from "../../../src/core/cell";
import { AKTIVITETER_TABLE, VARDEN_TABLE } from "../../../src/core/register/layout";
import { syntheticRegister } from "../../../scripts/bench/synthetic-register";
import { seededRandom } from "../../support/seeded-random";

const random = seededRandom;

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

export function mixedWorkbook(seed: number): WorkbookGrids {
  const base = syntheticRegister(3, 5);
  const tabs = base.sheets.slice(4);
  return {
    sheets: [
      ...base.sheets.slice(0, 4),
      ...tabs.map((t, k) => ({ name: t.name, values: partnerGrid(seed * 10 + k, 60, k === 1, k === 2), top: k, left: 0 })),
    ],
  };
}
