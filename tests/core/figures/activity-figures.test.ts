import { activityFigures } from "../../../src/core/figures/activity-figures";
import { activity, indicator, measure, partner, register, tertial, value } from "../trends/factories";

const reg = register({
  partners: [partner("POL"), partner("STG"), partner("WIL")],
  measures: [measure("Å1"), measure("Å2"), measure("Å3")],
  indicators: [
    indicator("I1", { sources: ["POL"] }),
    indicator("I2", { sources: ["POL", "STG"], frequency: "År", aggregation: "Medel", unit: "Index" }),
    indicator("I3", { sources: ["WIL"] }),
  ],
  activities: [
    activity("POL", "Å1", "2025-05-10", { status: "Genomförd", occasions: 2, participants: 30, women: 12, men: 18 }),
    activity("STG", "Å1", "2025-08-31", { status: "Planerad", occasions: 1, participants: 10 }),
    activity("POL", "Å2", "2025-06-01", { status: "Inställd" }),
    activity("POL", "Å1", "2025-09-01", { participants: 100 }), // T3
    activity("STG", "Å2", "2025-04-30", { participants: 100 }), // T1
  ],
  values: [
    value("I1", "T2 2025", 5, { partnerId: "POL" }),
    value("I2", "2025", 3.1, { partnerId: "POL" }),
    value("I1", "T2 2025", 2, { partnerId: "STG" }), // not a source: still a value it reported
    value("I1", "T1 2025", 9, { partnerId: "POL" }),
    value("I2", "2024", 3.3, { partnerId: "STG" }),
    value("I1", "2025", 9, { partnerId: "STG" }), // a year for a tertial indicator is not used
  ],
});

describe("activityFigures", () => {
  const figures = activityFigures(reg, tertial("T2 2025"));

  it("counts the activities dated in the tertial, from 1 May to 31 August", () => {
    expect(figures.total).toEqual({
      activities: 3,
      completed: 1,
      occasions: 3,
      participants: 40,
      women: 12,
      men: 18,
      womenShare: 0.4,
    });
  });

  it("lists every measure, with zeros where nothing happened", () => {
    expect(figures.byMeasure).toEqual([
      { measureId: "Å1", activities: 2, completed: 1, occasions: 3, participants: 40, women: 12, men: 18, womenShare: 0.4 },
      { measureId: "Å2", activities: 1, completed: 0, occasions: 0, participants: 0, women: 0, men: 0, womenShare: null },
      { measureId: "Å3", activities: 0, completed: 0, occasions: 0, participants: 0, women: 0, men: 0, womenShare: null },
    ]);
  });

  it("tells per partner what was reported and which expected indicators are missing", () => {
    const byId = Object.fromEntries(figures.byPartner.map((p) => [p.partnerId, p]));
    expect(byId.POL).toMatchObject({ activities: 2, values: 2, expectedValues: 2, missingIndicators: [], reported: true });
    // I2 is annual: STG's 2025 value is not due before T3 2025 (as the check's missing-value).
    expect(byId.STG).toMatchObject({
      activities: 1,
      participants: 10,
      values: 1,
      expectedValues: 0,
      missingIndicators: [],
      reported: true,
    });
    expect(byId.WIL).toMatchObject({ activities: 0, values: 0, expectedValues: 1, missingIndicators: ["I3"], reported: false });
    expect(figures.byPartner.map((p) => p.partnerId)).toEqual(["POL", "STG", "WIL"]);
  });

  it("counts an annual value in every tertial of its year", () => {
    const t3 = activityFigures(reg, tertial("T3 2025")).byPartner[0]!;
    expect(t3).toMatchObject({ partnerId: "POL", activities: 1, participants: 100, values: 1, missingIndicators: ["I1"] });
    const t1 = activityFigures(reg, tertial("T1 2025")).byPartner[0]!;
    expect(t1).toMatchObject({ values: 2, missingIndicators: [] });
  });

  it("expects an annual value in its year's last tertial, and counts one given earlier", () => {
    const stg = (t: string) => activityFigures(reg, tertial(t)).byPartner[1]!;
    expect(stg("T2 2025")).toMatchObject({ partnerId: "STG", expectedValues: 0, missingIndicators: [] });
    expect(stg("T3 2025")).toMatchObject({ partnerId: "STG", expectedValues: 1, missingIndicators: ["I2"] });
    // POL gave its 2025 value already: in T2 it is both expected and there.
    expect(activityFigures(reg, tertial("T2 2025")).byPartner[0]).toMatchObject({ expectedValues: 2, missingIndicators: [] });
  });

  it("counts a partner that only reported values as reported", () => {
    const onlyValues = activityFigures({ ...reg, activities: [] }, tertial("T2 2025")).byPartner[0]!;
    expect(onlyValues).toMatchObject({ activities: 0, values: 2, reported: true });
  });

  it("matches partner and measure IDs after trimming, case-insensitively", () => {
    const loose = { ...reg, activities: [activity(" pol ", "å1", "2025-05-10", { participants: 7 })] };
    const result = activityFigures(loose, tertial("T2 2025"));
    expect(result.byPartner[0]).toMatchObject({ partnerId: "POL", participants: 7 });
    expect(result.byMeasure[0]).toMatchObject({ measureId: "Å1", participants: 7 });
  });

  it("has no women's share when neither women nor men were counted", () => {
    expect(activityFigures(register(), tertial("T2 2025")).total).toEqual({
      activities: 0,
      completed: 0,
      occasions: 0,
      participants: 0,
      women: 0,
      men: 0,
      womenShare: null,
    });
  });
});
