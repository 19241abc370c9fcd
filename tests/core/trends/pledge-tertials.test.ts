import { periodLabel } from "../../../src/core/period";
import { elapsedShare, pledgeTertials } from "../../../src/core/trends/pledge-tertials";
import { tertialIndex } from "../../../src/core/period";
import { pledge, tertial } from "./factories";

describe("pledgeTertials", () => {
  it("lists every tertial that overlaps the Skäggetorp pledge", () => {
    expect(pledgeTertials(pledge("2024-08-01", "2025-12-31")).map(periodLabel)).toEqual([
      "T2 2024",
      "T3 2024",
      "T1 2025",
      "T2 2025",
      "T3 2025",
    ]);
  });

  it("counts a tertial touched by a single day", () => {
    expect(pledgeTertials(pledge("2024-04-30", "2024-05-01")).map(periodLabel)).toEqual(["T1 2024", "T2 2024"]);
  });

  it("gives one tertial for a pledge inside one tertial", () => {
    expect(pledgeTertials(pledge("2025-09-01", "2025-12-31")).map(periodLabel)).toEqual(["T3 2025"]);
  });

  it("gives none when the pledge ends before it starts", () => {
    expect(pledgeTertials(pledge("2025-12-31", "2024-08-01"))).toEqual([]);
  });
});

describe("elapsedShare", () => {
  const tertials = pledgeTertials(pledge());
  it("is 3/5 at T1 2025 of a five-tertial pledge", () => {
    expect(elapsedShare(tertials, tertialIndex(tertial("T1 2025")))).toBeCloseTo(0.6, 12);
  });
  it("is 0 before the pledge and 1 after it", () => {
    expect(elapsedShare(tertials, tertialIndex(tertial("T1 2024")))).toBe(0);
    expect(elapsedShare(tertials, tertialIndex(tertial("T1 2026")))).toBe(1);
  });
});
