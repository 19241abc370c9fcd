/**
 * Stale dropdown lists on a partner tab refreshed through Office.js (issue 14 item 6):
 * the tab made by "Lägg till flikar för parter", then a measure added on Åtgärder; the
 * report (and the Kontroll sheet) rewrites the tab's list, line and dropdown in the same
 * write, in the same round trips, clearing the old rule before setting the new one.
 */
import { addPartnerTabs } from "../../src/app/register";
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
