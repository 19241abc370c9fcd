import { dataFingerprint } from "../../../src/core/report/fingerprint";
import { smallRegister } from "./report-fixture";

describe("the data fingerprint", () => {
  it("is six hex characters and the same on every run", () => {
    const fp = dataFingerprint(smallRegister());
    expect(fp).toMatch(/^[0-9a-f]{6}$/);
    expect(dataFingerprint(smallRegister())).toBe(fp);
  });

  it("changes when any value changes", () => {
    const fp = dataFingerprint(smallRegister());
    const changedValue = smallRegister();
    changedValue.values[0] = { ...changedValue.values[0]!, value: 189 };
    const changedCount = smallRegister();
    changedCount.activities[0] = { ...changedCount.activities[0]!, participants: 1231 };
    const changedName = smallRegister();
    changedName.partners[0] = { ...changedName.partners[0]!, name: "Kommunen" };
    const changedExcluded = { ...smallRegister(), excludedRows: 8 };
    const prints = [changedValue, changedCount, changedName, changedExcluded].map(dataFingerprint);
    for (const p of prints) expect(p).not.toBe(fp);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it("ignores where rows stand on the sheets, so empty rows inserted above change nothing", () => {
    const moved = smallRegister();
    moved.activities = moved.activities.map((a) => ({ ...a, ref: { ...a.ref, row: a.ref.row + 5 } }));
    expect(dataFingerprint(moved)).toBe(dataFingerprint(smallRegister()));
  });

  it("does not care in which order an object's fields were built", () => {
    const reordered = smallRegister();
    reordered.values = reordered.values.map((v) => {
      const { comment, ...rest } = v;
      return { comment, ...rest };
    });
    expect(dataFingerprint(reordered)).toBe(dataFingerprint(smallRegister()));
  });
});
