import { checkRegister } from "../../../src/core/check-register";
import { isoFromSerial } from "../../../src/core/date";
import { finding } from "../../../src/core/messages/catalogue";
import type { WorkbookGrids } from "../../../src/core/cell";
import { baseGrids, d, T2_2025, TODAY, withCell, withRow } from "../../support/register-builder";

const T3_2025 = { kind: "tertial", year: 2025, tertial: 3 } as const;
const check = (g: WorkbookGrids, today = TODAY, tertial: typeof T2_2025 | typeof T3_2025 = T2_2025) => checkRegister(g, { today, tertial });
const of = (g: WorkbookGrids, code: string, today = TODAY, tertial: typeof T2_2025 | typeof T3_2025 = T2_2025) =>
  check(g, today, tertial).findings.filter((f) => f.code === code);

describe("planned-in-past", () => {
  it("names the Status cell of an activity still Planerad after its day, and says what to type", () => {
    const g = withCell(baseGrids(), "Polisen", "D4", "Planerad");
    const f = of(g, "planned-in-past");
    expect(f).toEqual([expect.objectContaining({ severity: "warning", sheet: "Polisen", cell: "D4" })]);
    expect(f[0]!.message).toContain("2025-05-14");
    expect(f[0]!.message).toMatch(/Genomförd/);
    expect(f[0]!.message).toMatch(/Inställd/);
  });
  it("reads Planerad in any case", () => {
    expect(of(withCell(baseGrids(), "Polisen", "D4", " planerad "), "planned-in-past")).toHaveLength(1);
  });
  it("is not given for a Planerad activity today or later", () => {
    const today = withCell(withCell(baseGrids(), "Polisen", "D4", "Planerad"), "Polisen", "A4", TODAY);
    expect(of(today, "planned-in-past")).toEqual([]);
    const later = withCell(withCell(baseGrids(), "Polisen", "D4", "Planerad"), "Polisen", "A4", TODAY + 3);
    expect(of(later, "planned-in-past")).toEqual([]);
  });
  it("is given the day after", () => {
    const g = withCell(withCell(baseGrids(), "Polisen", "D4", "Planerad"), "Polisen", "A4", TODAY - 1);
    expect(of(g, "planned-in-past").map((f) => f.cell)).toEqual(["D4"]);
  });
  it("is the same finding as made for its own cell, row by row and check by check, when rows share a date", () => {
    const g = withCell(withCell(withCell(baseGrids(), "Polisen", "D4", "Planerad"), "Polisen", "A4", TODAY - 1), "Polisen", "A5", TODAY - 1);
    const h = withCell(g, "Polisen", "D5", "Planerad");
    const expected = (cell: string) => finding("planned-in-past", "Polisen", cell, { date: isoFromSerial(TODAY - 1) });
    const first = of(h, "planned-in-past");
    expect(first).toEqual([expected("D4"), expected("D5")]);
    // Each its own params, as every finding has.
    expect(first[0]!.params).not.toBe(first[1]!.params);
    // A check later, with another date on one row: each row its own date in its message.
    const later = of(withCell(h, "Polisen", "A5", TODAY - 2), "planned-in-past");
    expect(later).toEqual([expected("D4"), finding("planned-in-past", "Polisen", "D5", { date: isoFromSerial(TODAY - 2) })]);
  });
  it("is not given for Genomförd or Inställd, nor for a date that cannot be read", () => {
    expect(of(withCell(baseGrids(), "Polisen", "D4", "Inställd"), "planned-in-past")).toEqual([]);
    expect(of(baseGrids(), "planned-in-past")).toEqual([]);
    const bad = withCell(withCell(baseGrids(), "Polisen", "D4", "Planerad"), "Polisen", "A4", "igår");
    expect(of(bad, "planned-in-past")).toEqual([]);
  });
});

describe("measure-without-activity", () => {
  it("names the Åtgärd-ID cell of a Pågår measure with no activity in the ended tertial", () => {
    // Å2's only activity moves to T1 2025.
    const g = withCell(baseGrids(), "Polisen", "A4", d(2025, 3, 10));
    const f = of(g, "measure-without-activity");
    expect(f).toEqual([expect.objectContaining({ severity: "info", sheet: "Åtgärder", cell: "A3" })]);
    expect(f[0]!.message).toContain("Å2");
    expect(f[0]!.message).toContain("T2 2025");
    expect(f[0]!.message).toContain("Polisen");
    expect(f[0]!.message).toMatch(/ändra Status/);
  });
  it("counts an activity by any partner on the measure, of any status", () => {
    const g = withCell(withCell(baseGrids(), "Polisen", "A4", d(2025, 3, 10)), "Polisen", "A5", d(2025, 7, 1));
    const h = withCell(
      withCell(withCell(withCell(g, "Polisen", "B5", "Å2"), "Polisen", "C5", "Möte"), "Polisen", "D5", "Inställd"),
      "Polisen",
      "E5",
      0,
    );
    expect(of(h, "measure-without-activity")).toEqual([]);
  });
  it("is not given for a measure whose status is not Pågår", () => {
    const g = withCell(withCell(baseGrids(), "Polisen", "A4", d(2025, 3, 10)), "Åtgärder", "I3", "Försenad");
    expect(of(g, "measure-without-activity")).toEqual([]);
    const blank = withCell(withCell(baseGrids(), "Polisen", "A4", d(2025, 3, 10)), "Åtgärder", "I3", null);
    expect(of(blank, "measure-without-activity")).toEqual([]);
  });
  it("waits until the tertial has ended", () => {
    const g = withCell(baseGrids(), "Polisen", "A4", d(2025, 3, 10));
    expect(of(g, "measure-without-activity", d(2025, 8, 31))).toEqual([]);
    expect(of(g, "measure-without-activity", d(2025, 9, 1)).map((f) => f.cell)).toEqual(["A3"]);
    // T3 2025 holds today: not judged yet, though neither measure has an activity in it.
    expect(of(baseGrids(), "measure-without-activity", TODAY, T3_2025)).toEqual([]);
    expect(of(baseGrids(), "measure-without-activity", d(2026, 1, 2), T3_2025).map((f) => f.cell)).toEqual(["A2", "A3"]);
  });
  it("reads an activity's Åtgärd-ID with its name after a dash", () => {
    const g = withRow(withCell(baseGrids(), "Polisen", "A4", d(2025, 3, 10)), "Polisen", [
      d(2025, 6, 1),
      "å2 – Medborgardialog",
      "Dialog",
      "Genomförd",
      1,
      10,
      5,
      5,
      null,
    ]);
    expect(of(g, "measure-without-activity")).toEqual([]);
  });
});

describe("measure-without-activity after one missing sheet", () => {
  it("is not given when Parter is missing (no partner tab is known)", () => {
    const g: WorkbookGrids = { sheets: baseGrids().sheets.filter((s) => s.name !== "Parter") };
    expect(of(g, "measure-without-activity")).toEqual([]);
  });
});
