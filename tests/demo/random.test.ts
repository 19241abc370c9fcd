import { createRng, mulberry32 } from "../../src/demo/random";

describe("createRng", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(new Set(xs).size).toBe(5);
  });

  it("gives a different sequence for another seed", () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });

  it("keeps whole numbers within both bounds and reaches each of them", () => {
    const rng = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const n = rng.int(3, 6);
      expect(Number.isInteger(n)).toBe(true);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it("keeps fractions in [0, 1)", () => {
    const rng = createRng(9);
    for (let i = 0; i < 500; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it("refuses to pick from an empty list", () => {
    expect(() => createRng(1).pick([])).toThrow();
  });
});
