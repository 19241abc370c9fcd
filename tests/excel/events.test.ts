import { createExcelPort } from "../../src/excel/excel-port";
import { createStrictFake } from "./strict-fake";

function setup(apiVersion = 1.9) {
  const fake = createStrictFake(
    { sheets: [{ name: "Parter", values: [["Part-ID"]] }, { name: "Polisen", values: [["Datum"]] }] },
    { apiVersion },
  );
  return { fake, port: createExcelPort(fake.run, { isSetSupported: fake.isSetSupported }) };
}

describe("workbook events", () => {
  it("names the sheet a person is looking at", async () => {
    const { fake, port } = setup();
    expect(await port.activeSheet()).toBe("Parter");
    await fake.fireActivated("Polisen");
    expect(await port.activeSheet()).toBe("Polisen");
  });

  it("calls back with the edited sheet's name and stops after unsubscribing", async () => {
    const { fake, port } = setup();
    const seen: string[] = [];
    const unsubscribe = await port.onChanged((sheet) => seen.push(sheet));
    await fake.fireChanged("Polisen", "B7");
    fake.resetStats();
    await fake.fireChanged("Parter");
    expect(fake.syncCount).toBe(0); // names come from the map, not from Excel
    await unsubscribe();
    await fake.fireChanged("Polisen");
    expect(seen).toEqual(["Polisen", "Parter"]);
    expect(fake.handlerCount().changed).toBe(0);
  });

  it("knows a sheet added after subscribing", async () => {
    const { fake, port } = setup();
    const seen: string[] = [];
    await port.onChanged((sheet) => seen.push(sheet));
    fake.wb.sheets.push({ ...fake.wb.sheets[0]!, id: "{new}", name: "Stångåstaden" });
    await fake.fireChanged("Stångåstaden");
    expect(seen).toEqual(["Stångåstaden"]);
  });

  it("calls back with the new tab on activation, by its current name", async () => {
    const { fake, port } = setup();
    const seen: string[] = [];
    const unsubscribe = await port.onActivated((sheet) => seen.push(sheet));
    fake.wb.sheets[1]!.name = "Polisen (ny)";
    await fake.fireActivated("Polisen (ny)");
    await unsubscribe();
    await fake.fireActivated("Parter");
    expect(seen).toEqual(["Polisen (ny)"]);
    expect(fake.handlerCount().activated).toBe(0);
  });

  it("listens to nothing on a host without ExcelApi 1.9 change events", async () => {
    const { fake, port } = setup(1.8);
    const seen: string[] = [];
    const unsubscribe = await port.onChanged((sheet) => seen.push(sheet));
    await fake.fireChanged("Parter");
    await unsubscribe();
    expect(seen).toEqual([]);
    expect(fake.syncCount).toBe(0);
  });
});

describe("selectCell", () => {
  it("shows the sheet and selects the cell in one round trip", async () => {
    const { fake, port } = setup();
    await port.selectCell("Polisen", "C12");
    expect(fake.wb.activeSheetId).toBe(fake.wb.sheets[1]!.id);
    expect(fake.wb.sheets[1]!.selection).toBe("C12");
    expect(fake.syncCount).toBe(1);
  });
});
