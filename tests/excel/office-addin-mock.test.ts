/**
 * The same adapter against Microsoft's office-addin-mock, whose objects return
 * placeholder strings for properties that were not loaded and synced: the
 * assertions on real values fail if the adapter forgets a load or a sync.
 */
import { OfficeMockObject } from "office-addin-mock";
import { createExcelPort, type ExcelRun } from "../../src/excel/excel-port";

function mockExcel(data: Record<string, unknown>): ExcelRun {
  const context = new OfficeMockObject(data);
  return (_options: unknown, batch: (ctx: Excel.RequestContext) => Promise<unknown>) => batch(context as unknown as Excel.RequestContext);
}

describe("the Excel port against office-addin-mock", () => {
  it("reads the active sheet's name after loading and syncing it", async () => {
    const run = mockExcel({
      workbook: {
        worksheets: {
          active: { name: "Polisen" },
          getActiveWorksheet: function (this: { active: unknown }) {
            return this.active;
          },
        },
      },
    });
    const port = createExcelPort(run, { isSetSupported: () => true });
    expect(await port.activeSheet()).toBe("Polisen");
  });

  it("reads a partner's sheet with its used range, top-left and marker state", async () => {
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          polisen: {
            name: "Polisen",
            position: 2,
            used: { values: [["Datum", ""], [45500, "Å1"]], rowIndex: 3, columnIndex: 1 },
            getUsedRangeOrNullObject: function (this: { used: unknown }) {
              return this.used;
            },
          },
          getItemOrNullObject: function (this: Record<string, unknown>, name: string) {
            return this[name.toLowerCase()];
          },
        },
        names: {},
        // DATE(1904; 1; 1) of a workbook in the 1900 date system.
        functions: {
          probe: { value: 1462 },
          date: function (this: { probe: unknown }) {
            return this.probe;
          },
        },
      },
    });
    // The mock models neither collection paths ("items/name") nor isNullObject, which
    // Office.js fills on every *OrNullObject proxy after a sync; set those by hand.
    type Bag = Record<string, unknown>;
    const wb = (context as unknown as { workbook: { names: Bag; worksheets: { polisen: Bag & { used: Bag } } } }).workbook;
    wb.names.load = () => wb.names;
    wb.names.items = [{ name: "MLofteGen_1", type: "Range", value: "Polisen!$A$1" }];
    wb.worksheets.polisen.isNullObject = false;
    wb.worksheets.polisen.used.isNullObject = false;

    const port = createExcelPort(((_options: unknown, batch: (ctx: Excel.RequestContext) => Promise<unknown>) => batch(context as unknown as Excel.RequestContext)) as ExcelRun, { isSetSupported: () => true });
    const grids = await port.readSheets(["Polisen"]);
    expect(grids.sheets).toEqual([
      { name: "Polisen", values: [["Datum", null], [45500, "Å1"]], top: 3, left: 1, generated: true },
    ]);
  });

  it("shows the unloaded placeholder when a name is read without load, which the port never does", async () => {
    const context = new OfficeMockObject({ workbook: { worksheets: { active: { name: "Polisen" } } } });
    const sheet = (context as unknown as { workbook: { worksheets: { active: { name: string } } } }).workbook.worksheets.active;
    expect(sheet.name).not.toBe("Polisen");
  });

  it("activates the sheet and selects the cell of a finding", async () => {
    const calls: string[] = [];
    const run = mockExcel({
      workbook: {
        worksheets: {
          getItem: (name: string) => ({
            activate: () => calls.push(`activate ${name}`),
            getRange: (cell: string) => ({ select: () => calls.push(`select ${cell}`) }),
          }),
        },
      },
    });
    await createExcelPort(run, { isSetSupported: () => true }).selectCell("Polisen", "D12");
    expect(calls).toEqual(["activate Polisen", "select D12"]);
  });
});
