/**
 * `tertialDays` gives a tertial's days as a range of serials, which the figures and the fingerprint compare each
 * row's date with instead of looking up its tertial (`tertialIndexOf`, the reference). A day is in the range
 * exactly when `tertialIndexOf` puts it in that tertial, for whole days and times of day, at every tertial's edges,
 * around Excel's 1900 leap-year day (serial 60), at the ends of the serials, and for what is not a day at all.
 */
import fc from "fast-check";
import { serialFromYMD } from "../../src/core/date";
import { tertialIndex } from "../../src/core/period";
import { tertialDays, tertialIndexOf } from "../../src/core/pledge-calendar";

/** Whether the day is in the range of tertial `index` (none for a tertial without serials). */
const inRange = (index: number, day: number): boolean => {
  const days = tertialDays(index);
  return days !== null && day >= days.from && day < days.until;
};

/** For a day, its own tertial and the two beside it (those with serials; the callers look the others up). */
function agrees(day: number): void {
  const own = tertialIndexOf(day);
  for (const index of [own - 1, own, own + 1]) {
    if (tertialDays(index) === null) continue;
    expect([day, index, inRange(index, day)]).toEqual([day, index, tertialIndexOf(day) === index]);
  }
}

describe("tertialDays", () => {
  it("is T2 2025's four months, 1 May to 31 August", () => {
    expect(tertialDays(tertialIndex({ year: 2025, tertial: 2 }))).toEqual({
      from: serialFromYMD(2025, 5, 1),
      until: serialFromYMD(2025, 8, 31)! + 1,
    });
  });

  it("holds every day from 1900 to 2100 and the last days of 9999 where tertialIndexOf does", () => {
    const last = serialFromYMD(9999, 12, 31)!;
    const days = [
      ...Array.from({ length: serialFromYMD(2100, 12, 31)! }, (_, k) => k + 1),
      ...Array.from({ length: 400 }, (_, k) => last - k),
    ];
    const own = days.filter((day) => !inRange(tertialIndexOf(day), day));
    const beside = days.filter((day) => inRange(tertialIndexOf(day) - 1, day) || inRange(tertialIndexOf(day) + 1, day));
    expect(days.length).toBeGreaterThan(73_000);
    expect({ own, beside }).toEqual({ own: [], beside: [] });
  });

  it("places a time of day as its day, at the edges of tertials and around 1900-02-29", () => {
    const edges = [
      1,
      59,
      60,
      61,
      62,
      serialFromYMD(1900, 5, 1)!,
      serialFromYMD(2024, 9, 1)!,
      serialFromYMD(2025, 1, 1)!,
      serialFromYMD(2025, 5, 1)!,
    ];
    for (const edge of edges)
      for (const day of [edge - 1, edge - 0.5, edge - 1e-9, edge, edge + 1e-9, edge + 0.5, edge + 0.999]) agrees(day);
    fc.assert(fc.property(fc.double({ min: 1, max: 2_958_465, noNaN: true }), (day) => agrees(day)));
  });

  it("has no days for a tertial without serials; what is not a day is in no tertial", () => {
    expect(tertialDays(tertialIndex({ year: 1899, tertial: 3 }))).toBeNull();
    expect(tertialDays(tertialIndex({ year: 10000, tertial: 1 }))).toBeNull();
    expect(tertialDays(tertialIndex({ year: 9999, tertial: 3 }))).not.toBeNull();
    const t = tertialIndex({ year: 2025, tertial: 3 });
    for (const day of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect([day, inRange(t, day)]).toEqual([day, tertialIndexOf(day) === t]);
    }
  });
});
