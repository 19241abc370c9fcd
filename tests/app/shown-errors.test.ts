/**
 * Errors shown to people are codes with parameters: the CLI and a Swedish pane
 * show the Swedish text (the message), an English pane the English one.
 */
import { MemoryPort } from "../../src/app/memory-port";
import { PersonSheetError } from "../../src/app/person-sheet-error";
import { createRegister, NotEmptyError } from "../../src/app/register";
import { NoPledgeError } from "../../src/app/report";
import { finding } from "../../src/core/messages/catalogue";
import { ShownError } from "../../src/app/shown-error";
import { ExcelBusyError } from "../../src/excel/retry";
import { errorText } from "../../src/taskpane/use-task";
import { stringsFor } from "../../src/taskpane/strings";

describe("errors shown to people", () => {
  it("keep the Swedish text as their message and render English from the same code", () => {
    const e = new NoPledgeError();
    expect(e.message).toMatch(/^Registret saknar ett läsbart löfte/);
    expect(e.messageCode).toBe("no-pledge");
    expect(e.textIn("en")).toMatch(/^The register has no readable pledge/);
  });

  it("no-pledge names the setting of Löfte that cannot be read, its cell and what to type (issue 15)", () => {
    const e = new NoPledgeError([finding("invalid-setting", "Löfte", "B7", { field: "Giltig från", kind: "date" })]);
    expect(e.message).toBe(
      "Registret saknar ett läsbart löfte. Giltig från på fliken Löfte (B7) går inte att läsa som ett datum: skriv till exempel 2024-08-01.",
    );
    expect(e.textIn("en")).toBe(
      "The register has no readable pledge. Giltig från on the Löfte sheet (B7) cannot be read as a date: type e.g. 2024-08-01.",
    );
  });

  it("carry their parameters into both languages", async () => {
    const port = new MemoryPort({ sheets: [{ name: "Parter", values: [] }] });
    const error = (await createRegister(port).catch((e: unknown) => e)) as NotEmptyError;
    expect(error).toBeInstanceOf(NotEmptyError);
    expect(error.message).toBe("Arbetsboken har redan flikarna Parter. Skapa registret i en tom arbetsbok, eller byt namn på dem först.");
    expect(error.textIn("en")).toBe(
      "The workbook already has the sheets Parter. Create the register in an empty workbook, or rename them first.",
    );
  });

  it("are shown by the English pane in English and by the Swedish pane in Swedish", () => {
    const e = new PersonSheetError("Kontroll", "kontroll");
    expect(errorText(e, stringsFor("sv"))).toBe(e.message);
    expect(errorText(e, stringsFor("sv"))).toMatch(/medan kontrollen skrevs/);
    expect(errorText(e, stringsFor("en"))).toMatch(/^Someone else made the sheet Kontroll while the check was being written/);
    expect(errorText(new ExcelBusyError(), stringsFor("en"))).toBe("Excel is busy editing a cell. Press Enter in the cell and try again.");
  });

  it("given as Swedish text only (not yet in the catalogue), show that text in either pane", () => {
    const e = new ShownError("Bara svenska.");
    expect(errorText(e, stringsFor("en"))).toBe("Bara svenska.");
  });
});
