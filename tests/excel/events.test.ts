import { emptyPlan, type SheetPlan } from "../../src/core/plan/sheet-plan";
import { createExcelPort } from "../../src/excel/excel-port";
import { OWN_EVENT_GRACE_MS } from "../../src/excel/own-writes";
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

describe("the add-in's own writes are not a person's edits", () => {
  const partnerTab = (name: string): SheetPlan => ({
    ...emptyPlan(name, "register"),
    values: [["Datum", "Åtgärd-ID", "Aktivitet", "Status"]],
    freeze: { rows: 1, columns: 0 },
  });

  function withClock(options: { apiVersion?: number | string; platform?: "windows" | "mac" | "web" } = {}) {
    const fake = createStrictFake({ sheets: [{ name: "Parter", values: [["Part-ID"]] }] }, options);
    const clock = { now: 1_000_000 };
    const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported, now: () => clock.now });
    return { fake, port, clock };
  }

  it("does not call back for the values the add-in writes", async () => {
    const { fake, port, clock } = withClock();
    const seen: string[] = [];
    await port.onChanged((sheet) => seen.push(sheet));
    await port.writeSheets([partnerTab("Polisen"), partnerTab("Stångåstaden")]);
    await fake.settle();
    expect(seen).toEqual([]);
    // A person's edit of the same tab afterwards is theirs.
    clock.now += OWN_EVENT_GRACE_MS + 1;
    await fake.fireChanged("Polisen", "A2");
    expect(seen).toEqual(["Polisen"]);
  });

  it("hears a co-author's change to a sheet the add-in is writing (source Remote)", async () => {
    const { fake, port } = withClock();
    const seen: string[] = [];
    await port.onChanged((sheet) => seen.push(sheet));
    await port.writeSheets([partnerTab("Polisen")]);
    await fake.fireChanged("Polisen", "B2", "Remote");
    await fake.fireChanged("Polisen", "B3", "Local");
    expect(seen).toEqual(["Polisen"]);
  });

  it.each(["windows", "mac"] as const)(
    "on %s, freezing the panes of new tabs does not move the pane from tab to tab; it hears the tab the write shows",
    async (platform) => {
      const { fake, port } = withClock({ platform });
      const seen: string[] = [];
      await port.onActivated((sheet) => seen.push(sheet));
      await port.writeSheets([partnerTab("Polisen"), partnerTab("Stångåstaden"), partnerTab("Svenska kyrkan")], { activate: "Polisen" });
      await fake.settle();
      expect(seen).toEqual(["Polisen"]);
    },
  );

  it("hears a person switching to another tab while the add-in writes", async () => {
    const { fake, port } = withClock();
    const seen: string[] = [];
    await port.onActivated((sheet) => seen.push(sheet));
    fake.wb.sheets.push({ ...fake.wb.sheets[0]!, id: "{notes}", name: "Anteckningar" });
    const writing = port.writeSheets([partnerTab("Polisen")]);
    await fake.fireActivated("Anteckningar");
    await writing;
    await fake.settle();
    expect(seen).toEqual(["Anteckningar"]);
  });

  it("on ExcelApi 1.14 leaves out the add-in's changes Excel marks as its own, even when they arrive late", async () => {
    const { fake, port, clock } = withClock({ apiVersion: "1.14" });
    const seen: string[] = [];
    await port.onChanged((sheet) => seen.push(sheet));
    await port.writeSheets([partnerTab("Polisen")]);
    clock.now += 60_000;
    await fake.settle();
    expect(seen).toEqual([]);
  });

  it("removes a handler inside Excel.run of the context it was added in", async () => {
    const { fake, port } = withClock();
    const off = await port.onChanged(() => undefined);
    const offActivated = await port.onActivated(() => undefined);
    await off();
    await offActivated();
    expect(fake.handlerCount()).toEqual({ changed: 0, activated: 0 });
  });
});
