/**
 * The activity checks read a row's values from its grid line where the row has no typed value kept apart
 * (`TableData.plainLine`), and through `TableData.value` where it has. The same tabs checked with every row read
 * through `value` must give the same findings, in the same order, and leave the same rows marked with errors.
 */
import type { Cell, WorkbookGrids } from "../../../src/core/cell";
import { checkActivities } from "../../../src/core/checks/activity-checks";
import { checkContext } from "../../../src/core/checks/context";
import { checkMasterSheets } from "../../../src/core/checks/master-checks";
import { ACTIVITY_COLUMN } from "../../../src/core/register/activity-rows";
import { readRegister } from "../../../src/core/register/read-register";
import type { TableData } from "../../../src/core/register/read-table";
import { demoRegister } from "../../../src/demo/demo-register";
import { syntheticRegister } from "../../../scripts/bench/synthetic-register";
import { mixedWorkbook } from "../register/mixed-workbook";

const TODAY = 46_037;

/** The same table, but no row is read from its grid line: every value goes through `value`. */
function throughValues(data: TableData): TableData {
  return Object.create(data, { plainLine: { value: () => null } }) as TableData;
}

function check(grids: WorkbookGrids, slow: boolean) {
  const draft = readRegister(grids);
  if (slow) for (const tab of draft.tabs) tab.activities = throughValues(tab.activities);
  const ctx = checkContext(draft, TODAY);
  checkMasterSheets(ctx);
  for (const tab of draft.tabs) checkActivities(ctx, tab);
  const errors = draft.tabs.map((t) => Array.from({ length: t.activities.length }, (_, i) => t.activities.hasError(i)));
  return { findings: ctx.findings, errors };
}

function bothWays(grids: WorkbookGrids) {
  const fast = check(grids, false);
  const slow = check(grids, true);
  expect(fast.findings).toEqual(slow.findings);
  expect(fast.errors).toEqual(slow.errors);
  return fast;
}

/** Free text with personal data, a count typed wrong and a split too large, put into some rows of each partner tab. */
function withPersonalData(grids: WorkbookGrids): WorkbookGrids {
  const C = ACTIVITY_COLUMN;
  const texts: Cell[] = ["Ring Anna på 070-123 45 67", "anna.berg@example.se", 701_234_567, "Möte 19850505-1234"];
  return {
    sheets: grids.sheets.map((s, k) => {
      if (k < 4) return s;
      const values = s.values.map((line) => [...line]);
      for (let r = 4; r < values.length; r += 5) {
        const line = values[r]!;
        if (line.length < 9) continue;
        line[(r / 5) % 2 < 1 ? C.title : C.comment] = texts[r % texts.length]!;
        if (r % 3 === 0) line[C.women] = 99;
      }
      return { ...s, values };
    }),
  };
}

describe("the activity checks from the tabs' grid lines", () => {
  it("find what they find through the typed values, for the demo register", () => {
    expect(bothWays(demoRegister()).findings.length).toBeGreaterThan(0);
  });

  it("find what they find through the typed values, for the benchmark's synthetic register", () => {
    const { findings } = bothWays(syntheticRegister(20, 200));
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(["planned-in-past", "parts-exceed-total"]));
  });

  it("find what they find through the typed values, for rows typed every which way", () => {
    for (let seed = 1; seed <= 12; seed++) bothWays(mixedWorkbook(seed));
  });

  it("find personal data and wrong splits in the same rows both ways", () => {
    // The synthetic register's rows are nearly all read from their lines; the mixed ones nearly all through values.
    for (const grids of [syntheticRegister(10, 100), ...[1, 2, 3].map(mixedWorkbook)]) {
      const { findings } = bothWays(withPersonalData(grids));
      const codes = new Set(findings.map((f) => f.code));
      expect(codes.has("personal-data")).toBe(true);
      expect(codes.has("parts-exceed-total")).toBe(true);
      expect(findings.some((f) => f.code === "personal-data" && f.params.column === "Kommentar")).toBe(true);
      expect(findings.some((f) => f.code === "personal-data" && f.params.column === "Aktivitet")).toBe(true);
    }
  });
});
