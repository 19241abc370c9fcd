/**
 * scanA1, the one reader of "F4"-style references on the hot paths (the .xlsx reader's every cell,
 * the sort of a large register's findings): it agrees with parseA1 wherever parseA1 takes the
 * address without `$`, and says what it found otherwise.
 */
import fc from "fast-check";
import { a1, parseA1, scanA1 } from "../../src/core/address";

describe("scanA1", () => {
  it("reads every address a1 writes as parseA1 does (1-based), in either case", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 16_383 }), fc.boolean(), (row, col, lower) => {
        const ref = lower ? a1(row, col).toLowerCase() : a1(row, col);
        const s = { ...scanA1(ref) };
        const p = parseA1(ref);
        expect(s).toEqual({ col: p.col + 1, row: p.row + 1, letters: ref.replace(/\d+$/, "").length, digits: String(row + 1).length, whole: true });
      }),
    );
  });

  it("says what it found in what is not a plain reference", () => {
    expect({ ...scanA1("F") }).toEqual({ col: 6, row: 0, letters: 1, digits: 0, whole: true });
    expect({ ...scanA1("12") }).toEqual({ col: 0, row: 12, letters: 0, digits: 2, whole: true });
    expect({ ...scanA1("$B$2") }).toEqual({ col: 0, row: 0, letters: 0, digits: 0, whole: false });
    expect({ ...scanA1("B2:C3") }).toMatchObject({ col: 2, row: 2, whole: false });
    expect({ ...scanA1("") }).toEqual({ col: 0, row: 0, letters: 0, digits: 0, whole: true });
  });
});
