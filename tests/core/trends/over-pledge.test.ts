import { overPledge } from "../../../src/core/trends/over-pledge";
import { computeTrends } from "../../../src/core/trends/trends";
import { indicator, period, register, tertial, value } from "./factories";

const last = tertial("T3 2025");

function judged(ind: ReturnType<typeof indicator>, values: ReturnType<typeof value>[]) {
  const trend = computeTrends(register({ indicators: [ind], values }), last).indicators[0]!;
  return overPledge(trend, ind);
}

describe("an indicator over the whole pledge", () => {
  const crimes = indicator("I1", { direction: "Lägre är bättre", baseline: 200, target: 150 });

  it("takes the latest value reported, also when the last tertial has none", () => {
    const r = judged(crimes, [value("I1", "T2 2024", 210), value("I1", "T1 2025", 160)]);
    expect(r.latest).toEqual({ period: period("T1 2025"), value: 160 });
    expect(r).toMatchObject({ change: -40, direction: "improving", noise: false });
  });

  it("gives a verdict on the latest value, whatever its period", () => {
    expect(judged(crimes, [value("I1", "T1 2025", 160)]).status).toBe("improved");
    expect(judged(crimes, [value("I1", "T2 2024", 140)]).status).toBe("met");
    expect(judged(crimes, [value("I1", "T3 2025", 210)]).status).toBe("not-met");
  });

  it("places a year's value in the last pledge tertial of that year", () => {
    const annual = indicator("I2", { frequency: "År", baseline: 3, target: 4 });
    const r = judged(annual, [value("I2", "2024", 3.5)]);
    expect(r.latest).toEqual({ period: period("2024"), value: 3.5 });
  });

  it("has no latest value, direction or change without values", () => {
    expect(judged(crimes, [])).toMatchObject({ latest: null, change: null, direction: "unknown", status: "no-data" });
  });

  it("counts noise for counts against the baseline", () => {
    const counts = indicator("I3", { unit: "Antal", baseline: 100 });
    expect(judged(counts, [value("I3", "T3 2025", 101)]).noise).toBe(true);
  });
});
