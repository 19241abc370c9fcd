/**
 * The activity checks' measure, date and personal-data findings, against a reference worked out row by row here: each
 * row's ID looked up in the measures by its key (`unknown-measure`, `not-involved`), its date compared with the
 * pledge, today and the measure's start and end, each free text screened whole by `findPersonalData`
 * (`personal-data`). The checks compare a row's ID with the first IDs a tab met before their map of them, and call
 * the screen's first test themselves; tabs here name more IDs than they compare (typed in other cases, with spaces,
 * unknown, repeated late), dates at each edge of the pledge, today and the measures, and personal data as text and
 * as numbers.
 */
import type { Cell, WorkbookGrids } from "../../../src/core/cell";
import { ACTIVITY_COLUMN } from "../../../src/core/register/activity-rows";
import { syntheticRegister } from "../../../scripts/bench/synthetic-register";
import { mixedWorkbook } from "../register/mixed-workbook";
import { ACTIVITY_CODES, checkedFindings, referenceFindings } from "./activity-reference";

const TODAY = 46_037;
const C = ACTIVITY_COLUMN;

/** IDs as people type them: known and unknown, other case, spaces around, one named on no tab's measures. */
const IDS: readonly Cell[] = ["Å1", "Å2", "Å3", "Å4", "Å5", "Å6", "Å7", "Å8", "Å99", "å6", " Å11", "Å1 ", "Å6", "Å12", "Å2"];
/** Free texts with and without personal data, as text and as a number. */
const TEXTS: readonly Cell[] = [
  "Ring Anna på 070-123 45 67",
  "anna.berg@example.se",
  198_112_189_876,
  "Möte 19811218-9876",
  "Träff 12, 14 deltagare, 3 ledare",
  12_345,
  "Läxhjälp",
  null,
];

/** The synthetic register's pledge (serials of 2024-08-01 and 2025-12-31), and days at the edges of it, of today and of the measures. */
const [FROM, TO] = [45_505, 46_022];
const DAYS = [FROM - 1, FROM, FROM + 99, FROM + 100, FROM + 200, FROM + 201, FROM + 300, FROM + 301, TO, TO + 1, TODAY, TODAY + 1];
/** Start and Slut of some measures (by the row of Åtgärder): both, only an end, only a start, a start after the end. */
const SPANS: Record<number, [Cell, Cell]> = {
  1: [FROM + 100, FROM + 200],
  2: [null, FROM + 300],
  3: [FROM + 50, null],
  6: [FROM + 201, FROM + 200],
};

/**
 * The synthetic register's partner tabs with their IDs, texts and some dates replaced, line by line (the first
 * tabs' lines as they are), and some measures given a start and an end.
 */
function withIds(grids: WorkbookGrids, step: number): WorkbookGrids {
  return {
    sheets: grids.sheets.map((s, k) => {
      if (s.name === "Åtgärder") {
        const values = s.values.map((line) => [...line]);
        for (const [row, [start, end]] of Object.entries(SPANS)) {
          if (!values[Number(row)]) continue;
          values[Number(row)]![5] = start;
          values[Number(row)]![6] = end;
        }
        return { ...s, values };
      }
      if (k < 4) return s;
      const values = s.values.map((line) => [...line]);
      for (let r = 0; r < values.length; r++) {
        const line = values[r]!;
        if (typeof line[C.date] !== "number") continue;
        line[C.measureId] = IDS[Math.floor((r * step + k) / 3) % IDS.length]!;
        if (r % 5 === 0) line[C.title] = TEXTS[(r + k) % TEXTS.length]!;
        if (r % 7 === 0) line[C.comment] = TEXTS[(r * 3 + k) % TEXTS.length]!;
        if (r % 3 === 0) line[C.date] = DAYS[(r + k) % DAYS.length]!;
      }
      return { ...s, values };
    }),
  };
}

const CODES = new Set(ACTIVITY_CODES);
const checked = (grids: WorkbookGrids) => checkedFindings(grids, TODAY, CODES);
const reference = (grids: WorkbookGrids) => referenceFindings(grids, TODAY, CODES);

describe("the activity checks' IDs and free texts, against a row-by-row reference", () => {
  it("find each unknown ID, each measure the partner is not on and each personal datum, where more IDs are named than compared", () => {
    for (const step of [1, 4, 11]) {
      const grids = withIds(syntheticRegister(4, 160), step);
      const found = checked(grids);
      expect(found).toEqual(reference(grids));
      const codes = found.map((f) => f.code);
      for (const code of CODES) expect([step, code, codes.includes(code)]).toEqual([step, code, true]);
      expect(codes).toContain("unknown-measure");
      expect(codes).toContain("not-involved");
      expect(found.filter((f) => f.code === "personal-data").map((f) => f.what)).toEqual(
        expect.arrayContaining(["telefon", "e-post", "personnummer"]),
      );
    }
  });

  it("find the same without a pledge to judge the dates by", () => {
    const grids = withIds(syntheticRegister(3, 120), 2);
    const without = { sheets: grids.sheets.filter((s) => s.name !== "Löfte") };
    const found = checked(without);
    expect(found).toEqual(reference(without));
    expect(found.some((f) => f.code === "date-in-future")).toBe(true);
    expect(found.some((f) => f.code === "date-outside-pledge")).toBe(false);
  });

  it("find the same in rows typed every which way", () => {
    for (let seed = 1; seed <= 6; seed++) {
      const grids = withIds(mixedWorkbook(seed), 3);
      expect(checked(grids)).toEqual(reference(grids));
    }
  });
});
