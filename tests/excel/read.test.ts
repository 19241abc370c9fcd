import type { SheetGrid } from "../../src/core/cell";
import { createExcelPort } from "../../src/excel/excel-port";
import type { ExcelStats } from "../../src/excel/session";
import { createStrictFake } from "./strict-fake";

function sheetOf(name: string, rows: number, cols: number, cell: (r: number, c: number) => string | number): SheetGrid {
  return { name, values: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(r, c))) };
}

function portOn(fake: ReturnType<typeof createStrictFake>, stats: ExcelStats[] = []) {
  return createExcelPort(fake.run, { isSetSupported: fake.isSetSupported, onStats: (s) => stats.push(s) });
}

describe("readAll", () => {
  it("reads three sheets in two round trips: the sheet list, then every used range at once", async () => {
    const fake = createStrictFake({
      sheets: [
        { name: "Löfte", values: [["Fält", "Värde"], ["Namn", "Skäggetorp"]] },
        { name: "Parter", values: [["Part-ID", "Namn"], ["POL", "Polisen"]] },
        { name: "Polisen", values: [["Datum"], [45500]] },
      ],
    });
    const grids = await portOn(fake).readAll();
    expect(fake.syncCount).toBe(2);
    expect(grids.sheets.map((s) => s.name)).toEqual(["Löfte", "Parter", "Polisen"]);
    expect(grids.sheets[1]!.values).toEqual([["Part-ID", "Namn"], ["POL", "Polisen"]]);
  });

  // 60 × 1 000 × 3 cells: values and (on people's sheets) number formats come to about 3 MB, one response.
  it("needs the same two round trips for 60 sheets of 1 000 rows", async () => {
    const sheets = Array.from({ length: 60 }, (_, i) => sheetOf(`Part ${i + 1}`, 1000, 3, (r, c) => r * 3 + c));
    const fake = createStrictFake({ sheets });
    const stats: ExcelStats[] = [];
    const grids = await portOn(fake, stats).readAll();
    expect(fake.syncCount).toBe(2);
    expect(stats[0]).toMatchObject({ operation: "readAll", syncs: 2, chunks: 0 });
    expect(grids.sheets).toHaveLength(60);
    expect(grids.sheets[59]!.values[999]).toEqual([2997, 2998, 2999]);
    expect(Math.max(...fake.stats.responseBytesPerSync)).toBeLessThan(5_000_000);
  });

  it("gives the top-left of a used range that does not start at A1", async () => {
    const fake = createStrictFake({ sheets: [{ name: "Polisen", top: 3, left: 2, values: [["Datum", "Åtgärd-ID"], [45500, "Å1"]] }] });
    const [sheet] = (await portOn(fake).readAll()).sheets;
    expect(sheet).toMatchObject({ top: 3, left: 2, values: [["Datum", "Åtgärd-ID"], [45500, "Å1"]] });
  });

  it("reads empty cells as null and an empty sheet as no rows", async () => {
    const fake = createStrictFake({ sheets: [{ name: "A", values: [["x", null, "y"]] }, { name: "Tom", values: [] }] });
    const grids = await portOn(fake).readAll();
    expect(grids.sheets[0]!.values).toEqual([["x", null, "y"]]);
    expect(grids.sheets[1]).toMatchObject({ name: "Tom", values: [], generated: false });
  });

  it("marks the sheets named by an MLofteGen_ name as generated", async () => {
    const fake = createStrictFake({
      sheets: [
        { name: "Parter", values: [["Part-ID"]] },
        { name: "Rapport T2 2025", values: [["Rapport"]], generated: true },
        { name: "Kontroll", values: [["Kontroll"]], generated: true },
      ],
    });
    const grids = await portOn(fake).readAll();
    expect(grids.sheets.map((s) => [s.name, s.generated])).toEqual([
      ["Parter", false],
      ["Rapport T2 2025", true],
      ["Kontroll", true],
    ]);
  });

  it("follows a marked sheet through a rename, since the name refers to the sheet", async () => {
    const fake = createStrictFake({ sheets: [{ name: "Kontroll", values: [["x"]], generated: true }] });
    fake.wb.sheets[0]!.name = "Kontroll (gammal)";
    const [sheet] = (await portOn(fake).readAll()).sheets;
    expect(sheet).toMatchObject({ name: "Kontroll (gammal)", generated: true });
  });
});

describe("readSheets", () => {
  it("reads only the named sheets, in tab order, leaving out missing ones", async () => {
    const fake = createStrictFake({
      sheets: [
        { name: "Parter", values: [["Part-ID"]] },
        { name: "Polisen", values: [["Datum"]] },
        { name: "Svenska kyrkan", values: [["Period"]] },
      ],
    });
    const grids = await portOn(fake).readSheets(["svenska kyrkan", "Finns inte", "Polisen"]);
    expect(grids.sheets.map((s) => s.name)).toEqual(["Polisen", "Svenska kyrkan"]);
    expect(fake.syncCount).toBe(2);
  });
});

describe("reading more than Excel on the web returns at once", () => {
  it("falls back to row chunks under the budget when the response is too large", async () => {
    // 20 000 rows × 10 columns of 30-character texts: about 6.6 MB of values.
    const text = "x".repeat(27);
    const fake = createStrictFake({ sheets: [sheetOf("Stor", 20_000, 10, (_r, c) => `${text}${c}`), { name: "Liten", values: [["a"]] }] });
    const stats: ExcelStats[] = [];
    const grids = await portOn(fake, stats).readAll();
    // First 4 000 000 / 64 = 62 500 cells → 6 250 rows of 10; those cost 33 bytes a cell, planned at
    // 33 × 1.1 → 110 192 cells → 11 019 rows; the last 2 731 rows and "Liten" make the third chunk.
    expect(stats[0]).toMatchObject({ chunks: 3, syncs: 2 + 1 + 3 });
    expect(Math.max(...fake.stats.responseBytesPerSync.slice(3))).toBeLessThan(5_000_000);
    expect(grids.sheets[0]!.values).toHaveLength(20_000);
    expect(grids.sheets[0]!.values[19_999]![9]).toBe(`${text}9`);
    expect(grids.sheets[1]!.values).toEqual([["a"]]);
  });

  it("halves a chunk that still overflows", async () => {
    // 400-character texts break the 64-bytes-a-cell assumption.
    const fake = createStrictFake({ sheets: [sheetOf("Långa texter", 12_500, 10, () => "y".repeat(400))] });
    const stats: ExcelStats[] = [];
    const grids = await portOn(fake, stats).readAll();
    expect(grids.sheets[0]!.values).toHaveLength(12_500);
    expect(grids.sheets[0]!.values[12_499]![9]).toBe("y".repeat(400));
    // The first 6 250-row request (25 MB) is halved three times to 781 rows of ~3 MB; then the
    // rows are planned at 403 × 1.1 bytes a cell → 901 rows a request: 1 + 14 chunks, 3 refused.
    expect(stats[0]!.chunks).toBe(15);
    expect(stats[0]!.syncs).toBe(3 + 15 + 3);
  });
});

describe("large reads as Excel on the web and the five-million-cell limit answer them", () => {
  it("falls back to row chunks when Excel on the web says GeneralException for a response too large", async () => {
    const text = "x".repeat(27);
    const fake = createStrictFake({ sheets: [sheetOf("Stor", 20_000, 10, (_r, c) => `${text}${c}`)] }, { platform: "web" });
    const grids = await portOn(fake).readAll();
    expect(grids.sheets[0]!.values).toHaveLength(20_000);
    expect(grids.sheets[0]!.values[19_999]![9]).toBe(`${text}9`);
  });

  it("falls back to row chunks when Excel gives the values of a range past its cell limit as null", async () => {
    // A limit of 50 000 cells stands in for five million: a 6 000 × 10 sheet reads back null in one get.
    const fake = createStrictFake({ sheets: [sheetOf("Stor", 6_000, 10, (r, c) => r * 10 + c), { name: "Liten", values: [["a"]] }] }, { readCellLimit: 50_000 });
    const stats: ExcelStats[] = [];
    const grids = await portOn(fake, stats).readAll();
    expect(grids.sheets[0]!.values).toHaveLength(6_000);
    expect(grids.sheets[0]!.values[5_999]).toEqual(Array.from({ length: 10 }, (_, c) => 59_990 + c));
    expect(grids.sheets[1]!.values).toEqual([["a"]]);
    expect(stats[0]!.chunks).toBeGreaterThan(0);
  });

  it("says what happened when a single row is too large even on the web", async () => {
    const fake = createStrictFake({ sheets: [sheetOf("Bred", 1, 3, () => "y".repeat(30_000))] }, { platform: "web", responseLimit: 50_000 });
    await expect(portOn(fake).readAll()).rejects.toThrow(/^En rad i arbetsboken är större än de 5 MB som Excel på webben skickar på en gång/);
  });
});
