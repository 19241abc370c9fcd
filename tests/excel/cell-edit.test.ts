/**
 * A person typing in a cell while the add-in reads or writes. Excel fails a
 * batch at once in cell-edit mode unless `Excel.run` is given
 * `{ delayForCellEdit: true }`; hosts that ignore the option still fail it, and
 * then a write of several requests must go on where it was refused.
 */
import { emptyPlan, type SheetPlan } from "../../src/core/plan/sheet-plan";
import { createExcelPort } from "../../src/excel/excel-port";
import { ExcelBusyError } from "../../src/excel/retry";
import { cellAt, sheetByName } from "../support/memory-workbook";
import { createStrictFake } from "./strict-fake";
import { bigPlan } from "./plans";

const seed = { sheets: [{ name: "Parter", values: [["Part-ID"], ["POL"]] }] };

function setup(delaysForCellEdit = true) {
  const fake = createStrictFake(seed, { delaysForCellEdit });
  const pauses: number[] = [];
  const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported, sleep: async (ms) => void pauses.push(ms) });
  return { fake, port, pauses };
}

describe("while a person is typing in a cell", () => {
  it("a read waits until they press Enter instead of failing (delayForCellEdit)", async () => {
    const { fake, port, pauses } = setup();
    fake.startCellEdit();
    const read = port.readAll();
    // Far longer than every retry pause together (3.75 s): the batch waits, it does not retry.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.syncCount).toBe(1);
    fake.endCellEdit();
    expect((await read).sheets[0]!.values).toEqual([["Part-ID"], ["POL"]]);
    expect(pauses).toEqual([]);
    expect(fake.syncCount).toBe(2);
  });

  it("a partner typing row after row never sees Excel busy from the live check", async () => {
    const { fake, port } = setup();
    for (let row = 0; row < 5; row++) {
      fake.startCellEdit();
      const check = port.readSheets(["Parter"]);
      setTimeout(() => fake.endCellEdit(), 5);
      await expect(check).resolves.toMatchObject({ sheets: [{ name: "Parter" }] });
    }
  });

  it("on a host that ignores delayForCellEdit, gives up with the Swedish busy message after the retries", async () => {
    const { fake, port, pauses } = setup(false);
    fake.startCellEdit();
    await expect(port.readAll()).rejects.toBeInstanceOf(ExcelBusyError);
    expect(pauses).toEqual([250, 500, 1000, 2000]);
  });
});

describe("a write of several requests refused half way (a host without delayForCellEdit)", () => {
  // Register sheets belong to people once written: a write that started again from scratch would find
  // its own new tab unmarked and refuse to touch it.
  const registerTab = (name: string): SheetPlan => ({ ...bigPlan(name, 3000, 10), kind: "register" });

  it("resumes at the refused request: the tab is made once and filled to the end", async () => {
    const { fake } = setup(false);
    const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported, sleep: async () => undefined, writeBudgetBytes: 300_000 });
    // The listing and the first request (which creates the tab) succeed; the second is refused twice.
    fake.failNextSyncs(2, undefined, undefined, 2);
    await port.writeSheets([registerTab("Polisen")]);
    const tab = sheetByName(fake.wb, "Polisen")!;
    expect(cellAt(tab, "A1")).toBe("0:0".padEnd(20, "."));
    expect(cellAt(tab, "J3000")).toBe("2999:9".padEnd(20, "."));
    expect(fake.wb.sheets.map((s) => s.name)).toEqual(["Parter", "Polisen"]);
  });

  it("does not repeat the requests Excel already committed", async () => {
    const { fake } = setup(false);
    const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported, sleep: async () => undefined, writeBudgetBytes: 300_000 });
    fake.failNextSyncs(1, undefined, undefined, 3);
    await port.writeSheets([{ ...emptyPlan("Kontroll", "kontroll"), values: bigPlan("x", 3000, 10).values }]);
    // Every request but the refused one ran once: listing, then the write's requests, plus one refusal.
    const withoutRefusal = createStrictFake(seed);
    await createExcelPort(withoutRefusal.run, { isSetSupported: withoutRefusal.isSetSupported, writeBudgetBytes: 300_000 }).writeSheets([
      { ...emptyPlan("Kontroll", "kontroll"), values: bigPlan("x", 3000, 10).values },
    ]);
    expect(fake.syncCount).toBe(withoutRefusal.syncCount + 1);
    expect(fake.wb.names).toHaveLength(1);
  });
});
