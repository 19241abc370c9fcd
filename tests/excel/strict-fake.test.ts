/** The fake must fail where Office.js fails, or the adapter tests prove nothing. */
import { cellAt, sheetByName } from "../support/memory-workbook";
import { createStrictFake } from "./strict-fake";

const seed = { sheets: [{ name: "Parter", values: [["Part-ID", "Namn"], ["POL", "Polisen"]] }] };

describe("the strict Office.js fake", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const fake = createStrictFake(seed);
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Parter").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([["Part-ID", "Namn"], ["POL", "Polisen"]]);
      expect(() => range.rowIndex).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("rejects values whose shape differs from the range", async () => {
    const fake = createStrictFake(seed);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Parter").getRange("A1:B2").values = [["a", "b"], ["c"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      ctx.workbook.worksheets.getItem("Parter").getRange("A1:B2").numberFormat = [["@", "@"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("parses a string like typing unless the cell is formatted as text", async () => {
    const fake = createStrictFake(seed, { formulaText: "parse" });
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Parter");
      sheet.getRange("A5:C5").values = [["=SUM(A1)", "2025-03-14", "12"]];
      sheet.getRange("A6").numberFormat = [["@"]];
      sheet.getRange("A6").values = [["=SUM(A1)"]];
      await ctx.sync();
    });
    const parter = sheetByName(fake.wb, "Parter")!;
    expect(parter.formulas.get("4,0")).toBe("=SUM(A1)");
    expect(cellAt(parter, "B5")).toBe(45730);
    expect(cellAt(parter, "C5")).toBe(12);
    expect(cellAt(parter, "A6")).toBe("=SUM(A1)");
  });

  it.each([["=SUM(A1)"], ["+46 70 123 45 67"], ["-x"], ["@here"], ["\t=1+1"]])("refuses %j in a cell not formatted as text, as a formula would be", async (text) => {
    const fake = createStrictFake(seed);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Parter").getRange("A5").values = [[text]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(sheetByName(fake.wb, "Parter")!.formulas.size).toBe(0);
  });

  it.each([["x".repeat(32)], ["A[1]"], ["Q?"], ["parter"]])("refuses to add a sheet named %j", async (name) => {
    const fake = createStrictFake(seed);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add(name);
      await expect(ctx.sync()).rejects.toMatchObject({ code: expect.stringMatching(/InvalidArgument|ItemAlreadyExists/) });
    });
    expect(fake.wb.sheets).toHaveLength(1);
  });

  it("refuses API sets above the host's version", async () => {
    const fake = createStrictFake(seed, { apiVersion: 1.8 });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Parter").pageLayout.orientation = "Landscape";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
    expect(fake.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.9")).toBe(false);
  });

  it("refuses a request over 5 MB and counts syncs and bytes", async () => {
    const fake = createStrictFake(seed);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Parter").getRange("A1:A300000").values = Array.from({ length: 300_000 }, () => ["x".repeat(20)]);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.bytesPerSync[0]).toBeGreaterThan(5_000_000);
  });

  it("complains when a batch leaves operations unsynced", async () => {
    const fake = createStrictFake(seed);
    await expect(fake.run(async (ctx) => void ctx.workbook.worksheets.getItem("Parter").activate())).rejects.toThrow(/never synced/);
  });
});
