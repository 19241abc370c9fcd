import { promisesKept } from "../../../../src/core/report/model/promises-kept";
import { finalReportModel } from "../../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../../src/core/report/model/tertial-report-model";
import { register, tertial } from "../../trends/factories";
import { context, promisesRegister } from "../report-fixture";

const T2_2025 = tertial("T2 2025");

describe("promises kept for a tertial", () => {
  const rows = promisesKept(promisesRegister(), T2_2025);

  it("puts each measure's status beside what was done in the tertial", () => {
    expect(
      rows.map((r) => [r.id, r.status, r.figures.activities, r.figures.completed, r.figures.occasions, r.figures.participants]),
    ).toEqual([
      ["Å1", "Pågår", 2, 1, 3, 25],
      ["Å2", "Pågår", 0, 0, 0, 0],
      ["Å3", "Genomförd", 0, 0, 0, 0],
      ["Å4", "Avbruten", 0, 0, 0, 0],
    ]);
  });

  it("gives a verdict a reader takes in at a glance", () => {
    expect(rows.map((r) => r.verdict.text)).toEqual([
      "Pågår – 2 aktiviteter i tertialen",
      "Pågår men ingen aktivitet i tertialen",
      "Genomförd",
      "Avbruten",
    ]);
    expect(rows.map((r) => r.verdict.tone)).toEqual(["good", "attention", "good", "bad"]);
  });

  it("names the indicators a measure should move, once each, with their status words", () => {
    expect(rows[0]!.indicators).toEqual([
      { id: "I3", name: "Anmälda brott", status: "on-track", statusWord: "Enligt plan" },
      { id: "I2", name: "Otrygga ute sent", status: "no-target", statusWord: "Mål saknas" },
    ]);
    expect(rows[2]!.indicators).toEqual([]);
  });

  it("keeps an indicator the figures do not hold by its ID, without a status", () => {
    expect(rows[1]!.indicators).toEqual([{ id: "I9", name: "I9", status: null, statusWord: null }]);
  });

  it("is what the tertial report's measures table shows", () => {
    expect(tertialReportModel(context(promisesRegister()), T2_2025).measures).toEqual(rows);
  });
});

describe("promises kept over the whole pledge", () => {
  const rows = promisesKept(promisesRegister(), "pledge");

  it("counts every pledge tertial and judges the pledge as a whole", () => {
    expect(rows.map((r) => [r.id, r.figures.activities, r.verdict.text])).toEqual([
      ["Å1", 2, "Pågår – 2 aktiviteter under löftet"],
      ["Å2", 1, "Pågår – 1 aktivitet under löftet"],
      ["Å3", 1, "Genomförd"],
      ["Å4", 0, "Avbruten"],
    ]);
  });

  it("gives the indicators' final status, as the Slutrapport does", () => {
    const final = finalReportModel(context(promisesRegister()));
    expect(final.measures.map(({ perTertial: _, ...row }) => row)).toEqual(rows);
    expect(final.measures[0]!.perTertial).toEqual([0, 0, 0, 2, 0]);
    expect(rows[0]!.indicators[0]).toEqual({
      id: "I3",
      name: "Anmälda brott",
      status: "improved",
      statusWord: "Förbättrat, ej nått målet",
    });
  });

  it("is empty for a register without a pledge or measures", () => {
    expect(promisesKept(register({ pledge: null }), "pledge")).toEqual([]);
    expect(promisesKept(register(), T2_2025)).toEqual([]);
  });
});
