/**
 * When a write meets a workbook that changed since it was read: only a sheet
 * added, removed or renamed by someone else is worth one more try with a fresh
 * listing; anything else (a table name taken, a protected workbook) is told to
 * the person in Swedish, with what to do, and never tried in a loop.
 */
import { ShownError } from "../../src/app/shown-error";
import { emptyPlan, type SheetPlan } from "../../src/core/plan/sheet-plan";
import { ExcelRefusedError } from "../../src/excel/failure-messages";
import { cellAt } from "../support/memory-workbook";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { portOnFake, sheetNamed } from "./harness";

const kontroll = (text = "ny"): SheetPlan => ({ ...emptyPlan("Kontroll", "kontroll"), values: [[text]] });

/** A partner tab with its activities table, as "Lägg till flikar" writes it. */
const partnerTab = (table: string): SheetPlan => ({
  ...emptyPlan("Polisen", "register"),
  values: [["Datum", "Aktivitet"]],
  tables: [{ name: table, range: "A1:B2", headers: ["Datum", "Aktivitet"], style: "TableStyleLight9" }],
});

/** Runs `change` as a co-author would, between the port's read and its write. */
async function coAuthor(fake: ReturnType<typeof portOnFake>["fake"], change: (ctx: Excel.RequestContext) => void): Promise<void> {
  await fake.run(async (ctx) => {
    change(ctx);
    await ctx.sync();
  });
}

const writes = (stats: ReturnType<typeof portOnFake>["stats"]) => stats.filter((s) => s.operation === "writeSheets");

describe("a sheet someone else added, removed or renamed after the read", () => {
  it("a Kontroll the add-in wrote, deleted meanwhile: written again after a fresh look", async () => {
    const { fake, port, stats } = portOnFake();
    await port.readAll();
    await coAuthor(fake, (ctx) => ctx.workbook.worksheets.getItem("Kontroll").delete());
    await port.writeSheets([kontroll()]);
    expect(cellAt(sheetNamed(fake, "Kontroll"), "A1")).toBe("ny");
    expect(writes(stats)).toHaveLength(2);
  });

  it("a sheet by the wanted name, made meanwhile: the fresh look finds a person's sheet and says so", async () => {
    const { fake, port, stats } = portOnFake();
    await port.readAll();
    await coAuthor(fake, (ctx) => {
      ctx.workbook.worksheets.add("Slutrapport").getRange("A1").values = [["min"]];
    });
    const error = await port.writeSheets([{ ...emptyPlan("Slutrapport", "slutrapport"), values: [["x"]] }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShownError);
    expect((error as Error).message).toBe(
      "Fliken Slutrapport gjordes av någon annan medan slutrapporten skrevs, så tillägget skriver inte över den. Försök igen: slutrapporten får då ett annat namn.",
    );
    expect(cellAt(sheetNamed(fake, "Slutrapport"), "A1")).toBe("min");
    expect(writes(stats)).toHaveLength(2);
  });

  it("is tried once more, not again and again, and then told in Swedish", async () => {
    const { fake, port, stats } = portOnFake();
    await port.readAll();
    fake.failNextSyncs(5, "ItemAlreadyExists", "WorksheetCollection.add");
    const error = await port.writeSheets([kontroll()]).catch((e: unknown) => e);
    expect(writes(stats).map((s) => s.syncs)).toEqual([1, 1]);
    expect(error).toBeInstanceOf(ExcelRefusedError);
    expect((error as Error).message).toBe(
      "Någon annan lade till, tog bort eller bytte namn på en flik medan kontrollen skrevs, så skrivningen blev inte klar. Försök igen.",
    );
  });
});

describe("a clash that is not a sheet name", () => {
  it("a table name taken elsewhere in the workbook: not retried; says which table and what to do", async () => {
    const { fake, port, stats } = portOnFake();
    await coAuthor(fake, (ctx) => {
      ctx.workbook.worksheets.getItem("Löfte").tables.add("A1:B1", true).name = "Aktiviteter_1";
    });
    await port.readAll();
    const error = await port.writeSheets([partnerTab("Aktiviteter_1")]).catch((e: unknown) => e);
    expect(writes(stats)).toHaveLength(1);
    expect(error).toBeInstanceOf(ExcelRefusedError);
    expect((error as ExcelRefusedError).code).toBe("ItemAlreadyExists");
    expect((error as Error).message).toBe(
      "Arbetsboken har redan en tabell som heter Aktiviteter_1, och Excel vill att varje tabell har ett eget namn, så skrivningen av flikarna blev inte klar. " +
        "Ta bort fliken Polisen, som inte blev klar. Byt namn på den andra tabellen (klicka i den, Tabelldesign › Tabellnamn) och försök igen.",
    );
  });

  it("a host that does not say where it failed: no retry on a guess", async () => {
    const { fake, port, stats } = portOnFake();
    await port.readAll();
    fake.failNextSyncs(1, "ItemAlreadyExists");
    const error = await port.writeSheets([kontroll()]).catch((e: unknown) => e);
    expect(writes(stats)).toHaveLength(1);
    expect((error as Error).message).toBe(
      "Excel kunde inte skriva kontrollen (felkod ItemAlreadyExists). Försök igen. Om det händer igen: spara arbetsboken, stäng den, öppna den på nytt och försök en gång till.",
    );
  });

  it("a protected workbook: what to unlock", async () => {
    const { fake, port } = portOnFake();
    fake.failNextSyncs(2, "AccessDenied", "WorksheetCollection.add");
    const error = await port.writeSheets([kontroll()]).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^Excel tillät inte ändringen: arbetsboken är skrivskyddad.*Granska › Skydda arbetsbok/);
  });
});

describe("reading and showing a cell", () => {
  it("a read Excel refuses is told in Swedish, with the code kept for the record", async () => {
    const { fake, port } = portOnFake();
    fake.failNextSyncs(1, "GeneralException");
    const error = await port.readAll().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "GeneralException" });
    expect((error as Error).message).toMatch(/^Excel kunde inte läsa arbetsboken \(felkod GeneralException\)\. Försök igen\./);
  });

  it("a finding on a tab that was removed since the check: says so and what to do", async () => {
    const { port } = portOnFake();
    const error = await port.selectCell("Polisen", "A7").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShownError);
    expect((error as Error).message).toBe(
      "Fliken Polisen finns inte längre: den har tagits bort eller bytt namn. Kontrollera registret igen, så visar listan var felen finns nu.",
    );
  });
});

describe("a dropdown list Excel cannot store inline", () => {
  it("stops the write before anything is sent, as on the .xlsx path (one rule: inlineList)", async () => {
    const { fake, port } = portOnFake();
    const plan = { ...emptyPlan("Polisen", "register" as const), values: [["Status"]] };
    plan.validations = [{ range: "A2:A500", list: Array.from({ length: 40 }, (_, i) => `Status nummer ${i + 1}`), errorMessage: "Välj i listan." }];
    await expect(port.writeSheets([plan])).rejects.toThrow(/longer than Excel's 255; use a source range/);
    expect(fake.wb.sheets.map((s) => s.name)).not.toContain("Polisen");
    await expect(renderWorkbook([plan])).rejects.toThrow(/longer than Excel's 255; use a source range/);
  });
});
