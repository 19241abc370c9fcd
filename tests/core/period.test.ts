import { parsePeriod, periodLabel, tertialFromIndex, tertialIndex } from "../../src/core/period";

const label = (s: unknown) => {
  const p = parsePeriod(s);
  return p ? periodLabel(p) : null;
};

describe("periods", () => {
  it.each([
    "T2 2025",
    "t2 2025",
    "2025 T2",
    "2025-T2",
    "T2-2025",
    "Tertial 2 2025",
    "tertial 2 2025",
    "  T2   2025 ",
    "2025 t2",
    "TERTIAL 2 2025",
  ])("reads %p as T2 2025", (s) => expect(label(s)).toBe("T2 2025"));
  it("reads a year as an annual period, as text or number", () => {
    expect(label("2024")).toBe("2024");
    expect(label(2024)).toBe("2024");
  });
  it.each(["T4 2025", "T0 2025", "T2", "2025", "Q2 2025", "T22025", "maj 2025", "T2 25", "", "2025-05"])(
    "rejects %p (except plain years)",
    (s) => {
      if (s === "2025") return expect(label(s)).toBe("2025");
      expect(label(s)).toBeNull();
    },
  );
  it("rejects non-integer numbers and booleans", () => {
    expect(label(2024.5)).toBeNull();
    expect(label(true)).toBeNull();
  });
  it("numbers tertials consecutively across the year", () => {
    expect(tertialIndex({ year: 2025, tertial: 1 }) - tertialIndex({ year: 2024, tertial: 3 })).toBe(1);
    expect(periodLabel(tertialFromIndex(tertialIndex({ year: 2024, tertial: 3 }) + 1))).toBe("T1 2025");
  });
});
