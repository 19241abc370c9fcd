import { combinedValues, pointAt } from "../../../src/core/trends/series";
import { indicator, period, value } from "./factories";

const all = (): boolean => true;

describe("combining reported values for one period", () => {
  it("sums the partners' values for a Summa indicator", () => {
    const ind = indicator("I1", { aggregation: "Summa" });
    const combined = combinedValues(
      ind,
      [value("I1", "T2 2025", 10, { partnerId: "POL" }), value("I1", "T2 2025", 5, { partnerId: "STG" })],
      all,
    );
    expect(pointAt(combined, period("T2 2025"))).toEqual({ period: period("T2 2025"), value: 15, women: null, men: null, reports: 2 });
  });

  it("takes the arithmetic mean for a Medel indicator", () => {
    const ind = indicator("I1", { aggregation: "Medel", unit: "Procent" });
    const rows = [
      value("I1", "T2 2025", 40),
      value("I1", "T2 2025", 50, { partnerId: "STG" }),
      value("I1", "T2 2025", 66, { partnerId: "KOM" }),
    ];
    expect(pointAt(combinedValues(ind, rows, all), period("T2 2025")).value).toBe(52);
  });

  it("rounds away float noise (0.1 + 0.2 reads 0.3)", () => {
    const ind = indicator("I1", { aggregation: "Summa", unit: "Index" });
    const rows = [value("I1", "T2 2025", 0.1), value("I1", "T2 2025", 0.2, { partnerId: "STG" })];
    expect(pointAt(combinedValues(ind, rows, all), period("T2 2025")).value).toBe(0.3);
  });

  it("combines women and men only over the rows that carry them", () => {
    const ind = indicator("I1", { aggregation: "Medel", genderSplit: true, unit: "Procent" });
    const rows = [
      value("I1", "T2 2025", 40, { women: 50, men: 30 }),
      value("I1", "T2 2025", 20, { partnerId: "STG" }),
      value("I1", "T2 2025", 30, { partnerId: "KOM", women: 40, men: null }),
    ];
    expect(pointAt(combinedValues(ind, rows, all), period("T2 2025"))).toEqual({
      period: period("T2 2025"),
      value: 30,
      women: 45,
      men: 30,
      reports: 3,
    });
  });

  it("gives no women and men for an indicator that is not split by gender, even where a partner typed them", () => {
    const ind = indicator("I1", { aggregation: "Summa", genderSplit: false });
    const rows = [value("I1", "T2 2025", 30, { women: 10, men: 20 })];
    expect(pointAt(combinedValues(ind, rows, all), period("T2 2025"))).toEqual({
      period: period("T2 2025"),
      value: 30,
      women: null,
      men: null,
      reports: 1,
    });
  });

  it("gives an empty point when nobody reported", () => {
    expect(pointAt(combinedValues(indicator("I1"), [], all), period("T1 2025"))).toEqual({
      period: period("T1 2025"),
      value: null,
      women: null,
      men: null,
      reports: 0,
    });
  });

  it("leaves out values whose period kind does not match the frequency", () => {
    const ind = indicator("I1", { frequency: "Tertial" });
    const combined = combinedValues(ind, [value("I1", "2025", 99), value("I1", "T1 2025", 3)], all);
    expect([...combined.values()].map((p) => p.period)).toEqual([period("T1 2025")]);
  });

  it("matches indicator IDs after trimming, case-insensitively", () => {
    const combined = combinedValues(indicator("I1"), [value(" i1 ", "T1 2025", 3), value("I2", "T1 2025", 7)], all);
    expect(pointAt(combined, period("T1 2025")).value).toBe(3);
  });

  it("keeps only the periods the filter accepts", () => {
    const combined = combinedValues(
      indicator("I1"),
      [value("I1", "T1 2025", 3), value("I1", "T2 2025", 4)],
      (p) => p.kind === "tertial" && p.tertial === 1,
    );
    expect([...combined.values()].map((p) => p.period)).toEqual([period("T1 2025")]);
  });
});
