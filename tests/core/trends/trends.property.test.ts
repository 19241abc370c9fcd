import fc from "fast-check";
import { periodLabel, tertialFromIndex, tertialIndex } from "../../../src/core/period";
import type { Indicator, IndicatorValue, Register } from "../../../src/core/register/types";
import { computeTrends, type Direction } from "../../../src/core/trends/trends";
import { indicator, register, tertial, value } from "./factories";

/** A fixed seed keeps failures reproducible; fast-check prints the counterexample. */
const RUNS = { seed: 20250901, numRuns: 150 };

const FIRST = tertialIndex(tertial("T1 2024"));
const LAST = tertialIndex(tertial("T3 2025"));

const arbIndicator = (id: string): fc.Arbitrary<Indicator> =>
  fc
    .record({
      unit: fc.constantFrom("Antal" as const, "Procent" as const, "Index" as const),
      direction: fc.constantFrom("Högre är bättre" as const, "Lägre är bättre" as const),
      aggregation: fc.constantFrom("Summa" as const, "Medel" as const),
      frequency: fc.constantFrom("Tertial" as const, "År" as const),
      genderSplit: fc.boolean(),
      baseline: fc.option(fc.integer({ min: 0, max: 100 })),
      target: fc.option(fc.integer({ min: 0, max: 100 })),
    })
    .map((over) => indicator(id, over));

/** Values with at most one decimal, so sums do not depend on the order of addition beyond rounding. */
const arbNumber = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);

const arbPeriodLabel = (from: number, to: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.integer({ min: from, max: to }).map((i) => periodLabel(tertialFromIndex(i))),
    fc.integer({ min: Math.floor(from / 3) - 1, max: Math.floor(to / 3) }).map(String),
  );

const arbValues = (ids: readonly string[], from: number, to: number): fc.Arbitrary<IndicatorValue[]> =>
  fc.array(
    fc
      .record({
        id: fc.constantFrom(...ids),
        period: arbPeriodLabel(from, to),
        v: arbNumber,
        partnerId: fc.constantFrom("POL", "STG", "KOM"),
        women: fc.option(arbNumber),
        men: fc.option(arbNumber),
      })
      .map((r) => value(r.id, r.period, r.v, { partnerId: r.partnerId, women: r.women, men: r.men })),
    { maxLength: 40 },
  );

const arbRegister: fc.Arbitrary<Register> = fc
  .tuple(arbIndicator("I1"), arbIndicator("I2"), arbValues(["I1", "I2"], FIRST, LAST))
  .map(([a, b, values]) => register({ indicators: [a, b], values }));

const arbTertial = fc.integer({ min: FIRST, max: LAST }).map((i) => tertialFromIndex(i));

describe("trend properties", () => {
  it("never reads a strictly improving series as worsening", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Högre är bättre" as const, "Lägre är bättre" as const),
        fc.constantFrom("Antal" as const, "Procent" as const, "Index" as const),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 5, maxLength: 5 }),
        (dir, unit, steps) => {
          const sign = dir === "Högre är bättre" ? 1 : -1;
          let level = 1000;
          const labels = ["T2 2024", "T3 2024", "T1 2025", "T2 2025", "T3 2025"];
          const values = labels.map((label, i) => {
            level += sign * steps[i]!;
            return value("I1", label, level);
          });
          const reg = register({ indicators: [indicator("I1", { direction: dir, unit })], values });
          for (const label of labels) {
            const trend = computeTrends(reg, tertial(label)).indicators[0]!;
            expect(trend.direction).not.toBe("worsening");
            if (trend.slopePerTertial !== null) expect(sign * trend.slopePerTertial).toBeGreaterThan(0);
          }
        },
      ),
      RUNS,
    );
  });

  it("does not depend on the order of the value rows", () => {
    const arb = fc
      .tuple(arbRegister, arbTertial)
      .chain(([reg, t]) => fc.shuffledSubarray(reg.values, { minLength: reg.values.length }).map((shuffled) => ({ reg, t, shuffled })));
    fc.assert(
      fc.property(arb, ({ reg, t, shuffled }) => {
        expect(computeTrends({ ...reg, values: shuffled }, t)).toEqual(computeTrends(reg, t));
      }),
      RUNS,
    );
  });

  it("does not change when values after the tertial are added", () => {
    const arb = fc.tuple(arbRegister, arbTertial).chain(([reg, t]) => {
      const after = tertialIndex(t) + 1;
      return arbValues(["I1", "I2"], after, after + 6).map((later) => ({ reg, t, later }));
    });
    fc.assert(
      fc.property(arb, ({ reg, t, later }) => {
        const onlyLater = later.filter((v) =>
          v.period.kind === "year" ? v.period.year > t.year : tertialIndex(v.period) > tertialIndex(t),
        );
        expect(computeTrends({ ...reg, values: [...reg.values, ...onlyLater] }, t)).toEqual(computeTrends(reg, t));
      }),
      RUNS,
    );
  });

  it("flips improving and worsening when Riktning is swapped", () => {
    const flip: Record<Direction, Direction> = { improving: "worsening", worsening: "improving", stable: "stable", unknown: "unknown" };
    fc.assert(
      fc.property(arbRegister, arbTertial, (reg, t) => {
        const swapped: Register = {
          ...reg,
          indicators: reg.indicators.map((i) => ({
            ...i,
            direction: i.direction === "Högre är bättre" ? ("Lägre är bättre" as const) : ("Högre är bättre" as const),
          })),
        };
        const before = computeTrends(reg, t).indicators;
        const after = computeTrends(swapped, t).indicators;
        after.forEach((trend, i) => {
          expect(trend.direction).toBe(flip[before[i]!.direction]);
          expect(trend.womenDirection).toBe(flip[before[i]!.womenDirection]);
          expect(trend.changeFromPrevious).toBe(before[i]!.changeFromPrevious);
        });
      }),
      RUNS,
    );
  });
});
