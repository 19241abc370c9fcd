/**
 * The figures of a register read from a workbook are added up from the partner tabs' grid lines (`tallyTab` in
 * activity-figures.ts); the same register with its activities as objects is read through the cursor. Both must
 * give the same figures, for every tertial.
 */
import { checkRegister } from "../../../src/core/check-register";
import { activityFigures } from "../../../src/core/figures/activity-figures";
import type { TertialPeriod } from "../../../src/core/period";
import { activitiesOf } from "../../../src/core/register/activity-source";
import { TabsSource } from "../../../src/core/register/tabs-source";
import type { Register } from "../../../src/core/register/types";
import { demoRegister } from "../../../src/demo/demo-register";
import { syntheticRegister } from "../../../scripts/bench/synthetic-register";
import { mixedWorkbook } from "../register/mixed-workbook";
import { baseGrids, d, TODAY, withRow } from "../../support/register-builder";

const TERTIALS: TertialPeriod[] = [2024, 2025].flatMap((year) =>
  [1, 2, 3].map((tertial) => ({ kind: "tertial", year, tertial }) as TertialPeriod),
);

/** Each tertial's figures from the grid lines, then through the cursor over the same register's activity objects. */
function bothWays(register: Register) {
  expect(activitiesOf(register)).toBeInstanceOf(TabsSource);
  const fromLines = TERTIALS.map((t) => activityFigures(register, t));
  const withObjects: Register = { ...register, activities: register.activities };
  expect(activitiesOf(withObjects)).not.toBeInstanceOf(TabsSource);
  return { fromLines, throughCursor: TERTIALS.map((t) => activityFigures(withObjects, t)) };
}

describe("the activity figures from the tabs' grid lines", () => {
  it("are the cursor's for the demo register", () => {
    const { fromLines, throughCursor } = bothWays(checkRegister(demoRegister(), { today: 45905 }).register);
    expect(fromLines.some((f) => f.total.activities > 0)).toBe(true);
    expect(fromLines).toEqual(throughCursor);
  });

  it("are the cursor's for the benchmark's synthetic register", () => {
    const { fromLines, throughCursor } = bothWays(checkRegister(syntheticRegister(20, 200), { today: 46_037 }).register);
    expect(fromLines.filter((f) => f.total.activities > 0).length).toBeGreaterThan(2);
    expect(fromLines).toEqual(throughCursor);
  });

  it("are the cursor's for rows on a tertial's first and last day, and at a time of those days", () => {
    const days = [d(2025, 4, 30) + 0.99, d(2025, 5, 1), d(2025, 5, 1) + 0.25, d(2025, 8, 31), d(2025, 8, 31) + 0.5, d(2025, 9, 1)];
    let grids = baseGrids();
    for (const [k, day] of days.entries()) grids = withRow(grids, "Polisen", [day, "Å2", "Dialog", "Genomförd", 1, 10 + k, 5, 5, null]);
    const { fromLines, throughCursor } = bothWays(checkRegister(grids, { today: TODAY }).register);
    expect(fromLines).toEqual(throughCursor);
  });

  it("are the cursor's for rows typed every which way", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const { fromLines, throughCursor } = bothWays(checkRegister(mixedWorkbook(seed), { today: 46_037 }).register);
      expect(fromLines).toEqual(throughCursor);
    }
  });
});
