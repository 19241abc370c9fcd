import { finalReportModel } from "../../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../../src/core/report/model/tertial-report-model";
import { indicator, partner, period, register, value } from "../../trends/factories";
import { context, emptyRegister, smallRegister, T2_2025 } from "../report-fixture";

describe("the tertial report model", () => {
  const model = tertialReportModel(context(), T2_2025);

  it("names the tertial, its months and whom it is for", () => {
    expect(model.head.subtitle).toBe("Tertialrapport T2 2025 · maj–augusti 2025 · till Trygghetsrådet");
    expect(model.tertial).toBe("T2 2025");
    expect(model.previousTertial).toBe("T1 2025");
  });

  it("says when it was made, in Swedish time, and from how much data", () => {
    // Two activities and three values (I3, I6 for T2 and I2 for 2025) in T2 2025, from all three partners.
    expect(model.head.created).toBe("2025-09-05 14:32");
    expect(model.head.rowsUsed).toBe(5);
    expect(model.head.partnersReported).toBe(3);
    expect(model.head.createdLine).toBe(
      `Skapad 2025-09-05 14:32 · underlag 5 rader från 3 av 3 parter · 7 rader utelämnade (fel) · data ${model.head.fingerprint}`,
    );
    expect(model.head.fingerprint).toMatch(/^[0-9a-f]{6}$/);
  });

  it("scores a fall of a lower-is-better indicator as better", () => {
    const crimes = model.indicators.find((i) => i.id === "I3")!;
    expect(crimes.change).toBe(-68);
    expect(crimes.score).toBe(3);
    expect(crimes.note).toBe("bättre");
  });

  it("scores a change within normal variation as stable and says so", () => {
    const reg = register({
      indicators: [indicator("I3", { direction: "Lägre är bättre" })],
      values: [value("I3", "T1 2025", 188), value("I3", "T2 2025", 180)],
    });
    const row = tertialReportModel(context(reg), T2_2025).indicators[0]!;
    expect(row.score).toBe(2);
    expect(row.note).toBe("inom normal variation");
  });

  it("shows an annual indicator with its year and its women and men", () => {
    const unsafe = model.indicators.find((i) => i.id === "I2")!;
    expect(unsafe.annual).toBe(true);
    expect(unsafe.current).toEqual({ period: period("2025"), value: 38.5 });
    expect(unsafe.previous).toEqual({ period: period("2024"), value: 41.5 });
    expect(model.women).toEqual([expect.objectContaining({ id: "I2", women: 45, men: 32, difference: 13, score: 3 })]);
  });

  it("gives status words and a missing-data status", () => {
    expect(model.indicators.map((i) => i.statusWord)).toEqual(["Uppnått", "Risk", "Risk"]);
    const none = tertialReportModel(context(register({ indicators: [indicator("I9", { baseline: 1, target: 2 })] })), T2_2025);
    expect(none.indicators[0]!.statusWord).toBe("Saknar data");
  });

  it("counts a measure's activities and names its responsible partner", () => {
    expect(model.measures).toEqual([
      expect.objectContaining({ label: "Å1 Trygghetsvandringar", responsible: "Part KOM", status: "Pågår" }),
    ]);
    expect(model.measures[0]!.figures).toMatchObject({ activities: 2, participants: 1230, women: 540, men: 690 });
  });

  it("reports per partner what came in and what is missing", () => {
    expect(model.partners.map((p) => [p.id, p.activities, p.valuesText, p.missing, p.reported])).toEqual([
      ["KOM", 2, null, [], true],
      ["POL", 0, "2 av 2", [], true],
      ["STG", 0, "1 av 1", [], true],
    ]);
  });

  it("names, never codes, the indicators a partner has not reported", () => {
    const reg = register({
      partners: [partner("POL")],
      indicators: [indicator("I9", { name: "Förtroende för polisen", sources: ["POL"] })],
    });
    const model = tertialReportModel(context(reg), T2_2025);
    expect(model.partners[0]!.missing).toEqual(["Förtroende för polisen"]);
  });

  it("charts each tertial indicator in its own unit, with its target", () => {
    expect(model.chart.categories).toEqual(["T2 2024", "T3 2024", "T1 2025", "T2 2025"]);
    expect(model.chart.charts.map((s) => s.id)).toEqual(["I3", "I6"]);
    const i3 = model.indicators.find((i) => i.id === "I3")!;
    const chart = model.chart.charts[0]!;
    expect(chart.values.slice(0, 2)).toEqual([null, null]);
    // Values as reported, not indexed: the last is the indicator table's current value.
    expect(chart.values[3]).toBe(i3.current?.value);
    expect(chart.target).toBe(i3.target);
  });
});

describe("the final report model", () => {
  const model = finalReportModel(context());

  it("has a column for every pledge tertial", () => {
    expect(model.tertials).toEqual(["T2 2024", "T3 2024", "T1 2025", "T2 2025", "T3 2025"]);
    expect(model.head.subtitle).toBe("Slutrapport T2 2024–T3 2025 · augusti 2024–december 2025 · till Kommunstyrelsen");
  });

  it("places an annual value in the last tertial of its year", () => {
    const unsafe = model.indicators.find((i) => i.id === "I2")!;
    expect(unsafe.values.map((v) => v?.value ?? null)).toEqual([null, 41.5, null, null, 38.5]);
  });

  it("compares the latest value with the baseline", () => {
    const crimes = model.indicators.find((i) => i.id === "I3")!;
    expect(crimes.latest).toEqual({ period: period("T2 2025"), value: 120 });
    expect(crimes.change).toBe(-92);
    expect(crimes.score).toBe(3);
  });

  it("adds up activities over the whole pledge", () => {
    expect(model.keyFigures.figures.activities).toBe(3);
    expect(model.measures[0]!.perTertial).toEqual([0, 0, 1, 2, 0]);
  });
});

describe("an empty register", () => {
  it("still makes both models without inventing figures", () => {
    const t = tertialReportModel(context(emptyRegister()), T2_2025);
    const f = finalReportModel(context(emptyRegister()));
    for (const m of [t, f]) {
      expect(m.head.title).toBe("Lokalt medborgarlöfte");
      expect(m.kortversion).not.toMatch(/NaN|undefined|null|0 av 0/);
      expect(m.chart.charts).toEqual([]);
    }
    expect(t.head.createdLine).toMatch(/^Skapad 2025-09-05 14:32 · underlag 0 rader · inga rader utelämnade · data [0-9a-f]{6}$/);
  });
});

describe("report data never depends on anything but the register", () => {
  it("gives the same model twice", () => {
    expect(tertialReportModel(context(smallRegister()), T2_2025)).toEqual(tertialReportModel(context(smallRegister()), T2_2025));
  });
});

describe("a value left out by an error, on its row", () => {
  const trust = indicator("I9", { name: "Förtroende för polisen", unit: "Procent", frequency: "År", baseline: 48, target: 55 });
  const reg = register({
    indicators: [trust],
    values: [value("I9", "2024", 51)],
    excludedValues: [{ sheet: "Polisen", indicatorId: "I9", period: period("2025") }],
  });

  it("is marked in the tertial report and the Slutrapport, never shown as if the older value were the latest", () => {
    const row = tertialReportModel(context(reg), { kind: "tertial", year: 2025, tertial: 3 }).indicators[0]!;
    expect(row.current?.value).toBe(51);
    expect(row.leftOut).toBe("2025: utelämnat, fel på fliken Polisen");
    expect(row.note).toContain("2025: utelämnat, fel på fliken Polisen");
    // The verdict is on the latest value there is, and the row says what is missing.
    expect(row.statusWord).toBe("Förbättrat, ej nått målet");
    const final = finalReportModel(context(reg)).indicators[0]!;
    expect(final.leftOut).toBe("2025: utelämnat, fel på fliken Polisen");
    expect(final.note).toContain("utelämnat");
  });

  it("does not call a period's value left out when the period still has one from the other rows", () => {
    // The demo's I1: Polisen typed 2025 as "T2 2025" once (left out) and as 2025 once (shown).
    const twice = register({
      indicators: [trust],
      values: [value("I9", "2024", 51), value("I9", "2025", 53)],
      excludedValues: [{ sheet: "Polisen", indicatorId: "I9", period: period("T2 2025") }],
    });
    const row = tertialReportModel(context(twice), { kind: "tertial", year: 2025, tertial: 3 }).indicators[0]!;
    expect(row.current?.value).toBe(53);
    expect(row.leftOut).toBe("2025: utan en rad med fel på fliken Polisen");
    expect(row.note).not.toContain("utelämnat");
    expect(finalReportModel(context(twice)).indicators[0]!.leftOut).toBe("2025: utan en rad med fel på fliken Polisen");
  });
});
