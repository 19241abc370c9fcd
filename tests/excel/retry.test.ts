import { emptyPlan } from "../../src/core/plan/sheet-plan";
import { createExcelPort } from "../../src/excel/excel-port";
import { ExcelBusyError } from "../../src/excel/retry";
import { cellAt, sheetByName } from "../support/memory-workbook";
import { createStrictFake } from "./strict-fake";

function setup() {
  const fake = createStrictFake({ sheets: [{ name: "Parter", values: [["Part-ID"], ["POL"]] }] });
  const pauses: number[] = [];
  const port = createExcelPort(fake.run, {
    isSetSupported: fake.isSetSupported,
    sleep: async (ms) => void pauses.push(ms),
  });
  return { fake, port, pauses };
}

describe("while a person is typing in a cell", () => {
  it("retries the whole read and succeeds after two refusals, pausing longer each time", async () => {
    const { fake, port, pauses } = setup();
    fake.failNextSyncs(2);
    const grids = await port.readAll();
    expect(grids.sheets[0]!.values).toEqual([["Part-ID"], ["POL"]]);
    expect(pauses).toEqual([250, 500]);
    expect(fake.syncCount).toBe(2 + 2);
  });

  it("retries a write and writes it once", async () => {
    const { fake, port } = setup();
    fake.failNextSyncs(2);
    await port.writeSheets([{ ...emptyPlan("Kontroll", "kontroll"), values: [["ok"]] }]);
    expect(cellAt(sheetByName(fake.wb, "Kontroll")!, "A1")).toBe("ok");
    expect(fake.wb.names).toHaveLength(1);
  });

  it("gives up with a Swedish ExcelBusyError after five refusals", async () => {
    const { fake, port, pauses } = setup();
    fake.failNextSyncs(5);
    const error = await port.readAll().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelBusyError);
    expect((error as Error).message).toBe("Excel är upptaget med att redigera en cell. Tryck Enter i cellen och försök igen.");
    expect(pauses).toEqual([250, 500, 1000, 2000]);
  });

  it("does not retry other errors", async () => {
    const { fake, port, pauses } = setup();
    fake.failNextSyncs(1, "AccessDenied");
    await expect(port.readAll()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(pauses).toEqual([]);
  });
});
