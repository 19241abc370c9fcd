/**
 * Stale dropdown lists on a partner tab refreshed through Office.js (issue 14 item 6):
 * the tab made by "Lägg till flikar för parter", then a measure added on Åtgärder; the
 * report (and the Kontroll sheet) rewrites the tab's list, line and dropdown in the same
 * write, in the same round trips, clearing the old rule before setting the new one.
 */
import { addPartnerTabs } from "../../src/app/register";
import { pledgePeriods } from "../../src/core/pledge-calendar";
import { periodLabel } from "../../src/core/period";
import { readRegister } from "../../src/core/register/read-register";
import { partnerReports } from "../../src/core/template/partner-reports";
import { partnerTabPlan } from "../../src/core/template/partner-tab-plan";
import { makeTertialReport, writeKontroll } from "../../src/app/report";
import { cellAt, setCell } from "../support/memory-workbook";
import { baseGrids, T2_2025 } from "../support/register-builder";
import { portOnFake, sheetNamed } from "./harness";

const NOW = new Date("2025-09-05T12:32:00Z");

/** A register whose Polisen tab the add-in made in Excel, then a measure added for the police on Åtgärder (row 4). */
async function staleInExcel() {
  const grids = baseGrids();
  grids.sheets = grids.sheets.filter((s) => s.name !== "Polisen");
  const { fake, port } = portOnFake({}, grids);
  expect(await addPartnerTabs(port)).toEqual(["Polisen"]);
  const atgarder = sheetNamed(fake, "Åtgärder");
  ["Å3", "Nattvandring", "Trygghet och trivsel", "POL", null, null, null, "I1", "Pågår"].forEach((v, c) => setCell(atgarder, 3, c, v));
  fake.resetStats();
  return { fake, port };
}

const dropdown = (fake: Awaited<ReturnType<typeof staleInExcel>>["fake"]) =>
  sheetNamed(fake, "Polisen").validations.find((v) => v.range === "B6:B1005");

describe("a partner tab's stale lists, refreshed by a write through Office.js", () => {
  it("the tab made by the add-in starts with the list of the measures it had", async () => {
    const { fake } = await staleInExcel();
    expect(cellAt(sheetNamed(fake, "Polisen"), "R8")).toBeNull();
    expect(dropdown(fake)?.rule).toEqual({ list: { source: "='Polisen'!$R$6:$R$7", inCellDropDown: true } });
  });

  it("a report writes the new list, line and dropdown in its three round trips, the old rule cleared first", async () => {
    const { fake, port } = await staleInExcel();
    const out = await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(out.plans.map((p) => p.name)).toEqual(["Rapport T2 2025", "Kontroll", "Rapportlogg", "Polisen"]);
    const polisen = sheetNamed(fake, "Polisen");
    expect(["R6", "R7", "R8"].map((a) => cellAt(polisen, a))).toEqual([
      "Å1 – Trygghetsvandringar",
      "Å2 – Medborgardialog",
      "Å3 – Nattvandring",
    ]);
    expect(cellAt(polisen, "A2")).toMatch(/; Å3 – Nattvandring \(ansvarig\)\.$/);
    expect(dropdown(fake)).toMatchObject({
      rule: { list: { source: "='Polisen'!$R$6:$R$8", inCellDropDown: true } },
      prompt: { showPrompt: true, title: "Åtgärd-ID" },
    });
    expect(polisen.validationClears).toBe(1);
    // The tables' cells are as they were: the header row and the empty first data row.
    expect(cellAt(polisen, "B5")).toBe("Åtgärd-ID");
    expect(cellAt(polisen, "B6")).toBeNull();

    // Made again: nothing on the tab is stale any more, and nothing is written to it.
    fake.resetStats();
    const again = await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    expect(again.plans.map((p) => p.name)).not.toContain("Polisen");
    expect(sheetNamed(fake, "Polisen").validationClears).toBe(1);
  });

  it("writing the Kontroll sheet refreshes them too, in the same write", async () => {
    const { fake, port } = await staleInExcel();
    await writeKontroll(port, { now: NOW });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(cellAt(sheetNamed(fake, "Polisen"), "R8")).toBe("Å3 – Nattvandring");
    expect(dropdown(fake)?.rule).toEqual({ list: { source: "='Polisen'!$R$6:$R$8", inCellDropDown: true } });
  });
});

/**
 * A register whose Polisen tab an older version made: the same tab, but Värde, Kvinnor and
 * Män hold ">= 0" only (the rule before 11b67fe for a partner whose indicators mix Procent
 * and Antal; `unitLookup: null` makes that rule today), and rows typed into it.
 */
async function olderTabInExcel(apiVersion = 1.9) {
  const grids = baseGrids();
  grids.sheets = grids.sheets.filter((s) => s.name !== "Polisen");
  const { fake, port } = portOnFake({}, grids, apiVersion);
  const draft = readRegister(grids);
  const old = partnerTabPlan({ name: "Polisen", tab: "Polisen", reports: partnerReports(draft, "POL") }, 1, {
    periods: draft.pledge ? pledgePeriods(draft.pledge).map(periodLabel) : [],
    validity: draft.pledge,
    unitLookup: null,
  });
  await port.writeSheets([old]);
  const polisen = sheetNamed(fake, "Polisen");
  // A volunteer's rows: an activity and two values, one of them 150 (kept: the rule never judges what a cell holds).
  ["2025-03-14", "Å2", "Trygghetsvandring", "Genomförd", 2, 30].forEach((v, c) => setCell(polisen, 5, c, v));
  [["T1 2025", "I1 – Anmälda brott", 12], ["T1 2025", "I2 – Otrygga ute sent på kvällen", 150]].forEach((row, r) =>
    row.forEach((v, c) => setCell(polisen, 5 + r, 10 + c, v)),
  );
  fake.resetStats();
  return { fake, port, old };
}

/** The rules a tab made today gets, as the strict fake holds them. */
async function todaysRules() {
  const grids = baseGrids();
  grids.sheets = grids.sheets.filter((s) => s.name !== "Polisen");
  const { fake, port } = portOnFake({}, grids);
  await addPartnerTabs(port);
  return sheetNamed(fake, "Polisen").validations;
}

describe("a partner tab's value rules, renewed by a write through Office.js", () => {
  it("reads the rules in the read's own round trip: a report with its log row is still at most three", async () => {
    const { fake, port } = await olderTabInExcel();
    await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    const bare = await olderTabInExcel(1.7);
    await makeTertialReport(bare.port, { now: NOW, tertial: T2_2025 });
    expect(fake.syncCount).toBe(bare.fake.syncCount);
  });

  it("renews an older tab's >= 0 rule on Värde, Kvinnor and Män to today's 0–100 per percent row, and nothing else", async () => {
    const { fake, port } = await olderTabInExcel();
    const before = sheetNamed(fake, "Polisen");
    expect(before.validations.find((v) => v.range === "M6:M1005")?.rule).toEqual({
      decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
    const cellsBefore = JSON.stringify(before.cells);
    const out = await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    const plan = out.plans.find((p) => p.name === "Polisen")!;
    expect(plan.validations.map((v) => v.range)).toEqual(["M6:M1005", "N6:N1005", "O6:O1005"]);
    expect(plan.values.flat().filter((v) => v !== null && v !== undefined)).toEqual([]);

    const polisen = sheetNamed(fake, "Polisen");
    const today = await todaysRules();
    for (const range of ["M6:M1005", "N6:N1005", "O6:O1005"]) {
      expect(polisen.validations.find((v) => v.range === range)).toEqual(today.find((v) => v.range === range));
    }
    expect(polisen.validations.find((v) => v.range === "M6:M1005")?.rule).toMatchObject({
      custom: { formula: expect.stringContaining('<>"Procent"') },
    });
    // Cleared first, then set: one clear per renewed column.
    expect(polisen.validationClears).toBe(3);
    // Every cell as it was, the 150 a volunteer typed too.
    expect(JSON.stringify(polisen.cells)).toBe(cellsBefore);
    expect(cellAt(polisen, "M7")).toBe(150);

    // Made again: the rules are today's, nothing is written to the tab.
    const again = await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    expect(again.plans.map((p) => p.name)).not.toContain("Polisen");
    expect(sheetNamed(fake, "Polisen").validationClears).toBe(3);
  });

  it("renews the Datum rule when the pledge's dates changed after the tab was made", async () => {
    const { fake, port } = await olderTabInExcel();
    await writeKontroll(port, { now: NOW });
    const lofte = sheetNamed(fake, "Löfte");
    expect(cellAt(lofte, "A7")).toBe("Giltig till");
    setCell(lofte, 6, 1, 46387); // 2026-12-31
    await writeKontroll(port, { now: NOW });
    const datum = sheetNamed(fake, "Polisen").validations.find((v) => v.range === "A6:A1005");
    expect(datum?.rule).toEqual({ date: { formula1: "2024-08-01", formula2: "2026-12-31", operator: "Between" } });
    expect(datum?.errorAlert).toMatchObject({ style: "Warning", message: expect.stringContaining("2024-08-01–2026-12-31") });
  });

  it("puts back a rule a paste cleared from part of a column (Excel reads the column as MixedCriteria)", async () => {
    const { fake, port } = await olderTabInExcel();
    await writeKontroll(port, { now: NOW });
    const polisen = sheetNamed(fake, "Polisen");
    const clears = polisen.validationClears ?? 0;
    // What pasting plain cells over E6:E20 does to their rule, modelled as a later record without one over part of the column.
    const whole = polisen.validations.find((v) => v.range === "E6:E1005")!;
    polisen.validations = polisen.validations.filter((v) => v !== whole);
    polisen.validations.push({ ...whole, range: "E21:E1005" });
    await writeKontroll(port, { now: NOW });
    expect(polisen.validations.find((v) => v.range === "E6:E1005")).toEqual({ ...whole, range: "E6:E1005" });
    expect(polisen.validationClears).toBe(clears + 1);
  });

  it("on a host without ExcelApi 1.8 reads no rules and writes none", async () => {
    const { fake, port } = await olderTabInExcel(1.7);
    const out = await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    expect(out.plans.map((p) => p.name)).not.toContain("Polisen");
    expect(sheetNamed(fake, "Polisen").validations).toEqual([]);
  });
});

describe("a host that refuses the rule reads", () => {
  it("reads the values once more without them: the report is made, the tab left as it was", async () => {
    const { fake, port } = await olderTabInExcel();
    // The listing passes; the request with the values and the rule reads is refused.
    fake.engine.failNextSyncs(1, "NotImplemented", "DataValidation.type", 1);
    const out = await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    expect(out.plans.map((p) => p.name)).not.toContain("Polisen");
    expect(cellAt(sheetNamed(fake, "Rapport T2 2025"), "A1")).not.toBeNull();
    // One round trip more, only in this case.
    expect(fake.syncCount).toBe(4);
    expect(sheetNamed(fake, "Polisen").validations.find((v) => v.range === "M6:M1005")?.rule).toEqual({
      decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
  });

  it("without rule reads queued (ExcelApi 1.7) the same refusal fails the read as before", async () => {
    const { fake, port } = await olderTabInExcel(1.7);
    fake.engine.failNextSyncs(1, "NotImplemented", undefined, 1);
    await expect(makeTertialReport(port, { now: NOW, tertial: T2_2025 })).rejects.toBeDefined();
    // No second try: the listing and the refused read, nothing written.
    expect(fake.syncCount).toBe(2);
    expect(() => sheetNamed(fake, "Rapport T2 2025")).toThrow();
  });
});
