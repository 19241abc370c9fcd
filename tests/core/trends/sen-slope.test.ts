import { tertialIndex } from "../../../src/core/period";
import { senSlope } from "../../../src/core/trends/sen-slope";
import { tertial } from "./factories";

const at = (label: string, value: number) => ({ index: tertialIndex(tertial(label)), value });

describe("Sen's slope", () => {
  it("is the slope of a straight line", () => {
    expect(
      senSlope([
        { index: 0, value: 10 },
        { index: 1, value: 12 },
        { index: 2, value: 14 },
      ]),
    ).toBe(2);
  });

  it("takes the median slope, so one odd tertial does not swing it", () => {
    // pair slopes: 1, 20, 1, 39, 1, −37 → median 1
    const points = [
      { index: 0, value: 10 },
      { index: 1, value: 11 },
      { index: 2, value: 50 },
      { index: 3, value: 13 },
    ];
    expect(senSlope(points)).toBe(1);
  });

  it("averages the two middle slopes for an even count", () => {
    // pair slopes: 2, 1, 3, 0, 3.5, 7 → sorted 0, 1, 2, 3, 3.5, 7 → (2 + 3)/2
    const points = [
      { index: 0, value: 0 },
      { index: 1, value: 2 },
      { index: 2, value: 2 },
      { index: 3, value: 9 },
    ];
    expect(senSlope(points)).toBe(2.5);
  });

  it("numbers tertials across the year boundary and counts a gap", () => {
    // T3 2024 → T1 2025 is one step; T2 2025 is missing, so T3 2025 is three steps from T3 2024.
    // pair slopes: 2, (16 − 10)/3 = 2, (16 − 12)/2 = 2
    expect(senSlope([at("T3 2024", 10), at("T1 2025", 12), at("T3 2025", 16)])).toBe(2);
    // Had the gap not counted, the slopes would be 2, 3, 4 → 3.
  });

  it("gives no trend for two values", () => {
    expect(senSlope([at("T1 2025", 1), at("T2 2025", 5)])).toBeNull();
    expect(senSlope([])).toBeNull();
  });
});
