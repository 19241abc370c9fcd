import { MemoryPort } from "../../src/app/memory-port";
import { PersonSheetError } from "../../src/app/person-sheet-error";
import { ShownError } from "../../src/app/shown-error";
import { emptyPlan, type SheetPlan } from "../../src/core/plan/sheet-plan";

const plan = (name: string, kind: SheetPlan["kind"] = "rapport", text = "ny"): SheetPlan => ({ ...emptyPlan(name, kind), values: [[text]] });

function workbook(): MemoryPort {
  return new MemoryPort({
    sheets: [
      { name: "Löfte", values: [["Fält", "Värde"]] },
      { name: "Kontroll", values: [["min egen kontroll"]] },
      { name: "Rapport T1 2025", values: [["gammal rapport"]], generated: true },
    ],
  });
}

describe("MemoryPort.writeSheets", () => {
  it("writes nothing when a plan further down the list would replace a person's sheet", async () => {
    const port = workbook();
    const before = await port.readAll();
    const write = port.writeSheets([plan("Rapport T1 2025"), plan("Slutrapport", "slutrapport"), plan("kontroll", "kontroll")]);
    await expect(write).rejects.toBeInstanceOf(PersonSheetError);
    expect(await port.readAll()).toEqual(before);
    expect(port.written.size).toBe(0);
  });

  it("says in Swedish which tab someone else made and what to do, as a message shown as it is", async () => {
    const error = await workbook()
      .writeSheets([plan("KONTROLL", "kontroll")])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShownError);
    expect((error as Error).message).toBe(
      "Fliken Kontroll gjordes av någon annan medan kontrollen skrevs, så tillägget skriver inte över den. Försök igen: kontrollen får då ett annat namn.",
    );
  });

  it("refuses two plans of one name in one write, before writing either", async () => {
    const port = workbook();
    await expect(port.writeSheets([plan("Slutrapport", "slutrapport"), plan("slutrapport", "slutrapport")])).rejects.toThrow(
      /två flikar med namnet slutrapport/,
    );
    expect((await port.readAll()).sheets.map((s) => s.name)).toEqual(["Löfte", "Kontroll", "Rapport T1 2025"]);
  });

  it("replaces the add-in's own sheets and adds new ones when nothing is in the way", async () => {
    const port = workbook();
    await port.writeSheets([plan("Rapport T1 2025", "rapport", "ny rapport"), plan("Slutrapport", "slutrapport")], { activate: "Slutrapport" });
    const sheets = (await port.readAll()).sheets;
    expect(sheets.map((s) => [s.name, s.values[0]![0], s.generated ?? false])).toEqual([
      ["Löfte", "Fält", false],
      ["Kontroll", "min egen kontroll", false],
      ["Rapport T1 2025", "ny rapport", true],
      ["Slutrapport", "ny", true],
    ]);
    expect(port.active).toBe("Slutrapport");
  });
});
