/**
 * The fingerprint of a register read from a workbook hashes its activities straight from the partner tabs'
 * grid lines (`mixRow` in fingerprint.ts); the same register with its activities as objects is hashed
 * through the cursor (`activityFields`). The two must give the same fingerprint for every register.
 */
import { checkRegister } from "../../../../src/core/check-register";
import { activitiesOf } from "../../../../src/core/register/activity-source";
import { TabsSource } from "../../../../src/core/register/tabs-source";
import type { Register } from "../../../../src/core/register/types";
import { dataFingerprint } from "../../../../src/core/report/model/fingerprint";
import { demoRegister } from "../../../../src/demo/demo-register";
import { syntheticRegister } from "../../../../scripts/bench/synthetic-register";
import { mixedWorkbook } from "../../register/mixed-workbook";

/** The fingerprint through the grid lines, then through the cursor over the same register's activity objects. */
function bothWays(register: Register): [string, string] {
  expect(activitiesOf(register)).toBeInstanceOf(TabsSource);
  const fromLines = dataFingerprint(register);
  // Reading `activities` makes the objects; the copy is then read through the objects' cursor.
  const withObjects: Register = { ...register, activities: register.activities };
  expect(activitiesOf(withObjects)).not.toBeInstanceOf(TabsSource);
  return [fromLines, dataFingerprint(withObjects)];
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
      const register = checkRegister(mixedWorkbook(seed), { today: 46_037 }).register;
      // The rows are a mix: some left out, some with a value kept apart from the cell, most plain.
      expect(register.excludedRows).toBeGreaterThan(0);
      const [fromLines, throughCursor] = bothWays(register);
      expect(fromLines).toBe(throughCursor);
    }
  });

  it("changes when one cell of one row changes, as through the cursor", () => {
    const grids = mixedWorkbook(5);
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
