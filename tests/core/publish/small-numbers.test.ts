import fc from "fast-check";
import { isSafe, protectSplit, protectSum, shownCount, shownText, valueText, type Shown } from "../../../src/core/publish/small-numbers";
import { revealsNothing } from "./reveals";

const MIN = fc.integer({ min: 1, max: 12 });
const count = (max = 60) => fc.integer({ min: 0, max });

describe("a count as published", () => {
  it('reads "färre än N" below the threshold, zero included, and the number from it', () => {
    expect(shownText(shownCount(4, 5))).toBe("färre än 5");
    expect(shownText(shownCount(0, 5))).toBe("färre än 5");
    expect(shownText(shownCount(5, 5))).toBe("5");
    expect(shownText(shownCount(1230, 5))).toBe("1 230");
  });

  it("applies to Antal indicators only: percentages and indexes are not counts", () => {
    expect(valueText("Antal", 3, 0, 5)).toBe("färre än 5");
    expect(valueText("Procent", 3, 1, 5)).toBe("3,0 %");
    expect(valueText("Index", 2.5, 1, 5)).toBe("2,5");
    // The reports keep the real figures.
    expect(valueText("Antal", 3, 0, null)).toBe("3");
  });
});

describe("a sum whose total is shown", () => {
  it("hides the other part of a two-part sum when one part is small", () => {
    expect(protectSum(43, [3, 40], 5)).toEqual({
      total: { kind: "value", value: 43 },
      parts: [{ kind: "fewer", than: 5 }, { kind: "hidden" }],
    });
  });

  it("withholds the breakdown when no hiding keeps a small part from being worked out", () => {
    // 3 + 3 = 6: both "färre än 5", yet each must be at least 2.
    expect(protectSum(6, [3, 3], 5).parts).toBeNull();
    // 3 + 5 = 8: hiding the 5 (a reader knows it is at least 5) still says the 3 is at most 3.
    expect(protectSum(8, [3, 5], 5).parts).toBeNull();
  });

  it("hides the smallest part that protects, keeping the rest", () => {
    const out = protectSum(100, [2, 9, 30, 59], 5);
    expect(out.parts).toEqual([{ kind: "fewer", than: 5 }, { kind: "hidden" }, { kind: "value", value: 30 }, { kind: "value", value: 59 }]);
  });

  it("shows every part when none is small", () => {
    expect(protectSum(30, [10, 20], 5).parts).toEqual([
      { kind: "value", value: 10 },
      { kind: "value", value: 20 },
    ]);
  });

  it("a small total is itself färre än N, and so is every part", () => {
    expect(protectSum(4, [1, 3], 5)).toEqual({
      total: { kind: "fewer", than: 5 },
      parts: [
        { kind: "fewer", than: 5 },
        { kind: "fewer", than: 5 },
      ],
    });
  });

  it("property: no published part is below the threshold, and none can be subtracted out", () => {
    fc.assert(
      fc.property(MIN, fc.array(count(), { minLength: 1, maxLength: 7 }), (min, parts) => {
        const total = parts.reduce((a, b) => a + b, 0);
        const out = protectSum(total, parts, min);
        if (out.total.kind === "value") expect(out.total.value).toBeGreaterThanOrEqual(min);
        if (out.parts === null) return;
        out.parts.forEach((p, i) => {
          if (p.kind === "value") {
            expect(p.value).toBe(parts[i]);
            expect(p.value).toBeGreaterThanOrEqual(min);
          }
          if (p.kind === "fewer") expect(parts[i]).toBeLessThan(min);
        });
        if (out.total.kind === "value") {
          expect(revealsNothing(total, out.parts, parts, min)).toBe(true);
          expect(isSafe(total, out.parts, min)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a women/men split", () => {
  it("with a known total, protects the parts as a sum", () => {
    expect(protectSplit(43, 3, 40, 5)).toEqual({
      total: { kind: "value", value: 43 },
      women: { kind: "fewer", than: 5 },
      men: { kind: "hidden" },
    });
  });

  it("without a total that they add up to, a small part hides the other", () => {
    expect(protectSplit(null, 40, 2, 5)).toEqual({ total: null, women: { kind: "hidden" }, men: { kind: "fewer", than: 5 } });
    expect(protectSplit(60, 40, 2, 5).women).toEqual({ kind: "hidden" });
  });

  it("property: no part below the threshold is published, and a shown total never gives a part away", () => {
    fc.assert(
      fc.property(MIN, count(), count(), fc.boolean(), (min, women, men, withTotal) => {
        const total = withTotal ? women + men : null;
        const out = protectSplit(total, women, men, min);
        for (const [s, real] of [
          [out.women, women],
          [out.men, men],
        ] as const) {
          if (s.kind === "value") expect(real).toBeGreaterThanOrEqual(min);
          if (s.kind === "fewer") expect(real).toBeLessThan(min);
        }
        // One part shown and the other not: only safe when nothing adds them up.
        if (out.women.kind === "value" || out.men.kind === "value") {
          expect(out.women.kind === "value" && out.men.kind === "value").toBe(true);
        }
        if (total !== null && out.total?.kind === "value")
          expect(revealsNothing(total, [out.women, out.men], [women, men], min)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
