import { checkRegister } from "../../../src/core/check-register";
import { serialFromYMD } from "../../../src/core/date";
import { activityFigures } from "../../../src/core/figures/activity-figures";
import { activitiesOf, activityObjects } from "../../../src/core/register/activity-source";
import type { Register } from "../../../src/core/register/types";
import { dataFingerprint } from "../../../src/core/report/model/fingerprint";
import { demoRegister } from "../../../src/demo/demo-register";

const T2_2025 = { kind: "tertial", year: 2025, tertial: 2 } as const;
const read = (): Register => checkRegister(demoRegister(), { today: serialFromYMD(2025, 9, 5)!, tertial: T2_2025 }).register;

describe("a register's activities read from a workbook", () => {
  it("are the usable rows as objects when first read, each with its place on its tab", () => {
    const grids = demoRegister();
    const register = checkRegister(grids, { today: serialFromYMD(2025, 9, 5)!, tertial: T2_2025 }).register;
    for (const a of [register.activities[0]!, register.activities.at(-1)!]) {
      const sheet = grids.sheets.find((s) => s.name === a.ref.sheet)!;
      const line = sheet.values[a.ref.row - (sheet.top ?? 0)]!;
      const left = sheet.left ?? 0;
      expect(Math.floor(line[a.ref.columns["Datum"]! - left] as number)).toBe(a.date);
      expect(String(line[a.ref.columns["Aktivitet"]! - left]).trim()).toBe(a.title);
      expect(Object.keys(a)).toEqual([
        "partnerId",
        "date",
        "measureId",
        "title",
        "status",
        "occasions",
        "participants",
        "women",
        "men",
        "comment",
        "ref",
      ]);
    }
    expect(register.activities).toBe(register.activities);
    expect(register.activities.length + register.values.length + register.excludedRows).toBe(register.totalRows);
  });

  it("give the same fingerprint and figures whether or not their objects were made", () => {
    const unread = read();
    const made = read();
    const objects = [...made.activities];
    expect(dataFingerprint(unread)).toBe(dataFingerprint(made));
    expect(activityFigures(unread, T2_2025)).toEqual(activityFigures(made, T2_2025));
    expect(activityObjects(activitiesOf(unread))).toEqual(objects);
    // A copy of the register holds the objects; nothing is read from the sheets any more.
    expect(dataFingerprint({ ...read() })).toBe(dataFingerprint(made));
  });

  it("can be replaced, and then the new ones count", () => {
    const register = read();
    const before = activityFigures(register, T2_2025).total.activities;
    register.activities = register.activities.slice(1);
    expect(activitiesOf(register).length).toBe(register.activities.length);
    expect(activityFigures(register, T2_2025).total.activities).toBeLessThanOrEqual(before);
    expect(JSON.parse(JSON.stringify(register)).activities).toHaveLength(register.activities.length);
  });
});
