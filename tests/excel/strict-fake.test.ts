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

  it("without countBytes (the benchmark's pane host) measures no payload: the same values, 0 bytes, no 5 MB refusal", async () => {
    const fake = createStrictFake(seed, { countBytes: false });
    const read = await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Parter").getRange("A1:A300000").values = Array.from({ length: 300_000 }, () => ["x".repeat(20)]);
      await ctx.sync();
      const range = ctx.workbook.worksheets.getItem("Parter").getRange("A2:A3");
      range.load("values");
      const sheets = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      return { values: range.values, names: sheets.items.map((s) => s.name) };
    });
    expect(read).toEqual({ values: [["x".repeat(20)], ["x".repeat(20)]], names: ["Parter"] });
    expect(fake.syncCount).toBe(2);
    expect(fake.bytesPerSync).toEqual([0, 0]);
    expect(fake.stats.responseBytesPerSync).toEqual([0, 0]);
  });

  it("complains when a batch leaves operations unsynced", async () => {
    const fake = createStrictFake(seed);
    await expect(fake.run(async (ctx) => void ctx.workbook.worksheets.getItem("Parter").activate())).rejects.toThrow(/never synced/);
  });

  it("counts request and response bytes in UTF-8, as Office.js sends JSON", async () => {
    const fake = createStrictFake(seed);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Parter").getRange("A1").values = [["åäö"]];
      await ctx.sync();
    });
    // [["åäö"]]: 6 ASCII bytes and three two-byte letters (9 characters, 12 bytes), plus the object path.
    expect(fake.bytesPerSync[0]).toBe(12 + 40);
  });

  it("fails every batch while a person edits a cell, unless Excel.run asked to wait for them", async () => {
    const fake = createStrictFake(seed);
    fake.startCellEdit();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Parter").load("name");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    let done = false;
    const waiting = fake.run({ delayForCellEdit: true }, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Parter").load("name");
      await ctx.sync();
      done = true;
      return sheet.name;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(done).toBe(false);
    fake.endCellEdit();
    await expect(waiting).resolves.toBe("Parter");
  });

  it("raises WorksheetChanged for values the add-in writes, after the sync, marked as its own from ExcelApi 1.14", async () => {
    for (const apiVersion of [1.9, "1.14"]) {
      const fake = createStrictFake(seed, { apiVersion });
      const seen: unknown[] = [];
      await fake.run(async (ctx) => {
        ctx.workbook.worksheets.onChanged.add(async (args) => void seen.push(args));
        await ctx.sync();
        ctx.workbook.worksheets.getItem("Parter").getRange("A3:B3").values = [["STG", "Stångåstaden"]];
        await ctx.sync();
        expect(seen).toEqual([]);
      });
      await fake.settle();
      expect(seen).toEqual([
        expect.objectContaining({ type: "WorksheetChanged", address: "A3:B3", source: "Local", ...(apiVersion === 1.9 ? {} : { triggerSource: "ThisLocalAddin" }) }),
      ]);
    }
  });

  it.each([
    ["windows", 1],
    ["mac", 1],
    ["web", 0],
  ] as const)("on %s, freezing panes of a sheet that is not active raises %i WorksheetActivated (office-js#3148)", async (platform, count) => {
    const fake = createStrictFake({ sheets: [...seed.sheets, { name: "Polisen", values: [["Datum"]] }] }, { platform });
    const seen: unknown[] = [];
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.onActivated.add(async (args) => void seen.push(args));
      ctx.workbook.worksheets.getItem("Polisen").freezePanes.freezeRows(1);
      ctx.workbook.worksheets.getItem("Parter").freezePanes.freezeRows(1);
      await ctx.sync();
    });
    await fake.settle();
    expect(seen).toHaveLength(count);
    // The sheet on screen stays the same.
    expect(fake.wb.activeSheetId).toBe(fake.wb.sheets[0]!.id);
  });

  it("on the web profile, refuses an oversize response with GeneralException", async () => {
    const big = { sheets: [{ name: "Stor", values: Array.from({ length: 3000 }, () => ["x".repeat(2000)]) }] };
    const fake = createStrictFake(big, { platform: "web" });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Stor").getRange("A1:A3000").load("values");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
    });
  });

  it("gives values as null for a range past the cell limit", async () => {
    const fake = createStrictFake(seed, { readCellLimit: 3 });
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Parter").getRange("A1:B2").load("values");
      await ctx.sync();
      expect(range.values).toBeNull();
    });
  });

  it("refuses to remove an event handler outside Excel.run of the context it was added in", async () => {
    const fake = createStrictFake(seed);
    const result = await fake.run(async (ctx) => {
      const added = ctx.workbook.worksheets.onChanged.add(async () => undefined);
      await ctx.sync();
      return added;
    });
    expect(() => result.remove()).toThrow(/inside Excel.run\(result.context/);
    await fake.run(result.context as Excel.RequestContext, async (ctx) => {
      result.remove();
      await ctx.sync();
    });
    expect(fake.handlerCount().changed).toBe(0);
  });

  it("answers DATE(1904; 1; 1) by the workbook's date system", async () => {
    for (const date1904 of [false, true]) {
      const fake = createStrictFake(seed);
      fake.wb.date1904 = date1904;
      const value = await fake.run(async (ctx) => {
        const result = ctx.workbook.functions.date(1904, 1, 1).load("value");
        await ctx.sync();
        return result.value;
      });
      expect(value).toBe(date1904 ? 0 : 1462);
    }
  });
});
