/** Which errors the pane shows as they are, and which as "Något gick fel: …". */
import { createPaneHost, ShownError } from "../../src/taskpane/host";
import { stringsFor } from "../../src/taskpane/strings";
import { errorText } from "../../src/taskpane/use-task";
import { PaneWorkbook } from "../support/pane-workbook";
import { baseGrids } from "../support/register-builder";

const strings = stringsFor("sv");

function pane(grids = baseGrids()) {
  const workbook = new PaneWorkbook(grids);
  return { workbook, host: createPaneHost(workbook, { language: "sv", now: () => new Date(2025, 8, 5, 14, 32) }) };
}

describe("errors the pane shows as they are", () => {
  it("a Flik Excel cannot name a sheet: the partner, the reason and what to do, not 'Något gick fel'", async () => {
    const grids = baseGrids();
    grids.sheets.find((s) => s.name === "Parter")!.values.push(["KOM", "Linköpings kommun", "Kommun", "Kommun: Säkerhetsenheten"]);
    const error = await pane(grids)
      .host.addPartnerTabs()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShownError);
    expect(errorText(error, strings)).toBe(
      "Fliken för Linköpings kommun kan inte skapas: Ett fliknamn får inte innehålla något av tecknen [ ] : * ? / \\. " +
        "Rätta namnet i kolumnen Flik på fliken Parter och försök igen. Inga flikar har lagts till.",
    );
  });

  it("a register where there is one already", async () => {
    const error = await pane()
      .host.createRegister()
      .catch((e: unknown) => e);
    expect(errorText(error, strings)).toMatch(/^Arbetsboken har redan flikarna Löfte, Parter, Åtgärder, Indikatorer\. /);
  });

  it("a report without a readable pledge", async () => {
    const error = await pane({ sheets: [{ name: "Blad1", values: [] }] })
      .host.makeFinalReport()
      .catch((e: unknown) => e);
    expect(errorText(error, strings)).toMatch(/^Registret saknar ett läsbart löfte/);
  });

  it("a sheet someone else made while the Kontroll sheet was written", async () => {
    const { workbook, host } = pane();
    const read = workbook.readAll.bind(workbook);
    workbook.readAll = async () => {
      const grids = await read();
      workbook.setSheet("Kontroll", [["Kollegans kontroll"]]);
      return grids;
    };
    const error = await host.writeKontroll().catch((e: unknown) => e);
    expect(errorText(error, strings)).toBe(
      "Fliken Kontroll gjordes av någon annan medan kontrollen skrevs, så tillägget skriver inte över den. Försök igen: kontrollen får då ett annat namn.",
    );
  });
});

describe("errors that are not written for people", () => {
  it("are shown as 'Något gick fel' with their first line", async () => {
    const { workbook, host } = pane();
    workbook.readAll = async () => {
      throw new Error("Cannot read properties of undefined\n    at readAll (memory-port.ts:1)");
    };
    const error = await host.check().catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ShownError);
    expect(errorText(error, strings)).toBe("Något gick fel: Cannot read properties of undefined");
  });
});
