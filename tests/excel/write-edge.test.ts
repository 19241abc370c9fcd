import { emptyPlan } from "../../src/core/plan/sheet-plan";
import { cellAt, formatAt, markerNames } from "../support/memory-workbook";
import { createExcelPort } from "../../src/excel/excel-port";
import { heightRuns } from "../../src/excel/format-steps";
import { portOnFake as setup, register, sheetNamed as sheet } from "./harness";
import { createStrictFake } from "./strict-fake";
import { bigPlan, fullReportPlan } from "./plans";

describe("replacing sheets", () => {
  it("replaces a sheet the add-in made, at the same tab, keeping its marker", async () => {
    const { fake, port } = setup();
    await port.writeSheets([{ ...emptyPlan("Kontroll", "kontroll"), values: [["Ny kontroll"]] }]);
    expect(fake.wb.sheets.map((s) => s.name)).toEqual(["Löfte", "Kontroll"]);
    const s = sheet(fake, "Kontroll");
    expect(cellAt(s, "A1")).toBe("Ny kontroll");
    expect(markerNames(fake.wb, s)).toEqual(["MLofteGen_1"]);
    expect(fake.wb.names).toHaveLength(1);
  });

  it("writes a sheet again after a person deleted it, under a new marker (the old one is left as #REF!)", async () => {
    const { fake, port } = setup();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Kontroll").delete();
      await ctx.sync();
    });
    await port.writeSheets([{ ...emptyPlan("Kontroll", "kontroll"), values: [["igen"]] }]);
    expect(cellAt(sheet(fake, "Kontroll"), "A1")).toBe("igen");
    expect(markerNames(fake.wb, sheet(fake, "Kontroll"))).toEqual(["MLofteGen_2"]);
  });

  it("replaces a generated sheet that is the only sheet", async () => {
    const { fake, port } = setup({}, { sheets: [{ name: "Kontroll", values: [["gammal"]], generated: true }] });
    await port.writeSheets([{ ...emptyPlan("Kontroll", "kontroll"), values: [["ny"]] }]);
    expect(fake.wb.sheets.map((s) => [s.name, cellAt(s, "A1")])).toEqual([["Kontroll", "ny"]]);
  });

  it("refuses to replace a sheet a person made, and changes nothing", async () => {
    const { fake, port } = setup();
    await expect(port.writeSheets([{ ...emptyPlan("löfte", "kontroll"), values: [["x"]] }])).rejects.toThrow(
      "Fliken Löfte gjordes av någon annan medan kontrollen skrevs, så tillägget skriver inte över den. Försök igen: kontrollen får då ett annat namn.",
    );
    expect(cellAt(sheet(fake, "Löfte"), "A1")).toBe("Fält");
    expect(fake.syncCount).toBe(1);
  });
});

describe("names Excel would refuse", () => {
  it.each(["Rapport: T2", "x".repeat(32), "'Citat'", "History", "A/B"])("refuses %j before talking to Excel", async (name) => {
    const { fake, port } = setup();
    await expect(port.writeSheets([emptyPlan(name, "kontroll")])).rejects.toThrow(
      /^(Ett fliknamn|Excel använder namnet) .* Inget har skrivits\. Står namnet i kolumnen Flik på fliken Parter, rätta det där och försök igen\.$/,
    );
    expect(fake.syncCount).toBe(0);
  });
});

describe("very large writes", () => {
  // A row is estimated at its JSON (231 bytes), a comma, and ≤ 5 bytes a cell for its "@" formats.
  const rowsPerChunk = (budget: number): number => Math.floor((budget - 65_536) / (231 + 1 + 52));

  it("splits 200 000 cells into requests under the 4 MB budget", async () => {
    const { fake, port, stats } = setup();
    await port.writeSheets([bigPlan("Stor", 20_000, 10)]);
    const chunks = Math.ceil(20_000 / rowsPerChunk(4_000_000));
    expect(chunks).toBe(2);
    expect(stats[0]).toMatchObject({ chunks, syncs: 1 + chunks });
    expect(Math.max(...fake.bytesPerSync)).toBeLessThanOrEqual(4_000_000);
    expect(Math.max(...stats[0]!.requestBytes)).toBeLessThanOrEqual(4_000_000);
    const s = sheet(fake, "Stor");
    expect(cellAt(s, "J20000")).toBe("19999:9".padEnd(20, "."));
  });

  it("uses a smaller budget when given one", async () => {
    const { fake, port, stats } = setup({ writeBudgetBytes: 1_000_000 });
    await port.writeSheets([bigPlan("Stor", 20_000, 10)]);
    // 3 290 rows a piece → 7 pieces; the 260-row tail fits in the sixth request beside a full piece.
    expect(Math.ceil(20_000 / rowsPerChunk(1_000_000))).toBe(7);
    expect(stats[0]).toMatchObject({ chunks: 6, syncs: 7 });
    expect(Math.max(...fake.bytesPerSync)).toBeLessThanOrEqual(1_000_000);
  });
});

describe("row heights of a long Kontroll sheet", () => {
  it("go in runs of equal heights, in requests under the budget, and every row gets its height", async () => {
    const fake = createStrictFake(register, { requestLimit: 250_000, responseLimit: 250_000 });
    const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported, writeBudgetBytes: 200_000 });
    const plan = { ...emptyPlan("Kontroll", "kontroll" as const), values: Array.from({ length: 20_000 }, (_, i) => [`rad ${i + 1}`]) };
    // Two rows of two lines, one of three, and so on: 13 333 runs for 20 000 rows.
    plan.rows = plan.values.map((_, row) => ({ row, height: row % 3 === 2 ? 45 : 30 }));
    expect(heightRuns(plan.rows)).toHaveLength(13_333);
    await port.writeSheets([plan]);
    expect(Math.max(...fake.bytesPerSync)).toBeLessThanOrEqual(250_000);
    const s = sheet(fake, "Kontroll");
    expect(s.rowHeights.size).toBe(20_000);
    expect([s.rowHeights.get(0), s.rowHeights.get(2), s.rowHeights.get(19_999)]).toEqual([30, 45, 30]);
  });
});

describe("hosts with older API sets", () => {
  it("writes values and formats on ExcelApi 1.4 and leaves out what needs more", async () => {
    const { fake, port } = setup({}, register, 1.4);
    await port.writeSheets([fullReportPlan()], { activate: "Rapport T2 2025" });
    const s = sheet(fake, "Rapport T2 2025");
    expect(cellAt(s, "A4")).toBe("=SUM(A1)");
    expect(s.merges).toEqual(["A1:E1"]);
    expect(s.tables).toHaveLength(1);
    expect(s.charts).toEqual([]);
    expect(s.conditionalFormats).toEqual([]);
    expect(s.validations).toEqual([]);
    expect(s.pageLayout).toEqual({});
    expect(s.freeze).toBeUndefined();
    expect(s.tabColor).toBeUndefined();
    expect(formatAt(s, "C2", "indentLevel")).toBeUndefined();
  });
});
