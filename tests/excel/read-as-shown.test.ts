/**
 * "A number counts as the cell shows it" (the contract): a partner types
 * 41,5 % and Excel stores 0.415 with a percent format; the Office.js reader
 * gives 41.5, as the .xlsx reader does (both call `shownNumber`). A workbook in
 * the 1904 date system (Excel for Mac's old default) has its date serials
 * 1 462 days lower; the reader gives the 1900 serials the core counts in.
 * Both come with no round trip of their own.
 */
import { createExcelPort } from "../../src/excel/excel-port";
import type { ExcelStats } from "../../src/excel/session";
import { createStrictFake } from "./strict-fake";
import { sheetNamed } from "./harness";

const register = {
  sheets: [
    { name: "Indikatorer", values: [["Indikator-ID", "Utgångsvärde", "Målvärde"], ["I4", null, 60]] },
    { name: "Polisen", values: [["Datum", "Deltagare", "Period", "Värde"], [44_000, 12, "T2 2025", null]] },
    { name: "Kontroll", values: [["Andel", 0.415]], generated: true },
  ],
};

function setup(options: Parameters<typeof createStrictFake>[1] = {}) {
  const fake = createStrictFake(register, { formulaText: "parse", ...options });
  const stats: ExcelStats[] = [];
  const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported, onStats: (s) => stats.push(s) });
  return { fake, port, stats };
}

/** A partner types into the sheet, as in Excel: the fake parses the text and gives the cell its format. */
async function type(fake: ReturnType<typeof createStrictFake>, sheet: string, address: string, text: string): Promise<void> {
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).values = [[text]];
    await ctx.sync();
  });
  fake.resetStats();
}

describe("numbers as the cells show them, through Office.js", () => {
  it("reads 41,5 % typed by a partner as 41.5 and 85 % as 85, in the same two round trips", async () => {
    const { fake, port } = setup();
    await type(fake, "Indikatorer", "B2", "41,5 %");
    await type(fake, "Polisen", "D2", "85 %");
    const grids = await port.readAll();
    expect(grids.sheets[0]!.values[1]).toEqual(["I4", 41.5, 60]);
    expect(grids.sheets[1]!.values[1]).toEqual([44_000, 12, "T2 2025", 85]);
    expect(fake.syncCount).toBe(2);
  });

  it("leaves the add-in's own sheets as written (their formats are not loaded)", async () => {
    const { fake, port } = setup();
    sheetNamed(fake, "Kontroll").numberFormats.set("0,1", "0.0%");
    const grids = await port.readAll();
    expect(grids.sheets[2]!.values).toEqual([["Andel", 0.415]]);
  });

  it("reads percent formats in the chunked read of a workbook too large for one response", async () => {
    const big = {
      sheets: [{ name: "Polisen", values: Array.from({ length: 3000 }, (_, r) => [`Aktivitet ${r} `.padEnd(40, "x"), r, 0.5]) }],
    };
    const fake = createStrictFake(big, { responseLimit: 100_000, requestLimit: 100_000 });
    const s = sheetNamed(fake, "Polisen");
    for (let r = 0; r < 3000; r++) s.numberFormats.set(`${r},2`, "0%");
    const stats: ExcelStats[] = [];
    const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported, readBudgetBytes: 80_000, onStats: (x) => stats.push(x) });
    const grids = await port.readAll();
    expect(stats[0]!.chunks).toBeGreaterThan(1);
    expect(grids.sheets[0]!.values.every((row) => row[2] === 50)).toBe(true);
    expect(Math.max(...fake.stats.responseBytesPerSync.slice(3))).toBeLessThanOrEqual(100_000);
  });
});

describe("a workbook in the 1904 date system", () => {
  it("gives date-formatted serials as the 1900 serials of the same days, and counts as they are", async () => {
    const { fake, port } = setup();
    fake.wb.date1904 = true;
    sheetNamed(fake, "Polisen").numberFormats.set("1,0", "yyyy-mm-dd");
    const grids = await port.readAll();
    expect(grids.sheets[1]!.values[1]).toEqual([44_000 + 1462, 12, "T2 2025", null]);
    expect(fake.syncCount).toBe(2);
  });

  it("leaves a 1900 workbook's dates alone", async () => {
    const { fake, port } = setup();
    sheetNamed(fake, "Polisen").numberFormats.set("1,0", "yyyy-mm-dd");
    const grids = await port.readSheets(["Polisen"]);
    expect(grids.sheets[0]!.values[1]![0]).toBe(44_000);
  });
});
