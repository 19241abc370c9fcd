/**
 * Excel on the web's 5 MB is a limit on bytes, and Office.js sends JSON in
 * UTF-8: "ä" is two bytes, "€" three. Register text is Swedish, so a request
 * planned by string length (UTF-16 code units) can be half again too large.
 */
import type { SheetGrid } from "../../src/core/cell";
import { emptyPlan } from "../../src/core/plan/sheet-plan";
import { estimateBytes, utf8Length } from "../../src/excel/chunk";
import { createExcelPort } from "../../src/excel/excel-port";
import type { ExcelStats } from "../../src/excel/session";
import { cellAt, sheetByName } from "../support/memory-workbook";
import { createStrictFake } from "./strict-fake";

// 198 characters, 360 bytes: a comment field written the way people write when they lean on å, ä and ö.
const swedish = `Trygghetsvandring på torget ${"åäö".repeat(56)}`;

describe("UTF-8 bytes", () => {
  it.each([
    ["abc", 3],
    ["åäö", 6],
    ["€", 3],
    ["😀", 4],
    ["a\u00a0b", 4],
  ])("counts %j as %i bytes", (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });

  it("estimates a request by the bytes of its JSON", () => {
    expect(estimateBytes(["åäö"], 0)).toBe(new TextEncoder().encode('["åäö"]').length);
  });
});

describe("a write of Swedish text", () => {
  it("stays under the 5 MB limit counted in UTF-8 bytes", async () => {
    const values = Array.from({ length: 1800 }, (_, r) => Array.from({ length: 10 }, () => `${r} ${swedish}`));
    expect(JSON.stringify(values).length).toBeLessThan(4_000_000);
    expect(utf8Length(JSON.stringify(values))).toBeGreaterThan(5_000_000);
    const fake = createStrictFake({ sheets: [{ name: "Blad1", values: [] }] });
    const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported });
    await port.writeSheets([{ ...emptyPlan("Kontroll", "kontroll"), values }]);
    expect(Math.max(...fake.bytesPerSync)).toBeLessThanOrEqual(4_000_000);
    expect(cellAt(sheetByName(fake.wb, "Kontroll")!, "J1800")).toBe(`1799 ${swedish}`);
  });
});

describe("a chunked read of Swedish text", () => {
  it("plans its requests by the bytes the rows cost, so none is refused after the first", async () => {
    const sheet: SheetGrid = { name: "Polisen", values: Array.from({ length: 12_000 }, () => Array.from({ length: 10 }, () => swedish)) };
    const fake = createStrictFake({ sheets: [sheet] });
    const stats: ExcelStats[] = [];
    const grids = await createExcelPort(fake.run, { isSetSupported: fake.isSetSupported, onStats: (s) => stats.push(s) }).readAll();
    expect(grids.sheets[0]!.values).toHaveLength(12_000);
    // Refused: the one-shot read, then the first chunk (planned at 64 bytes a cell) until halved small enough;
    // after that every chunk is planned by what the rows read so far cost in bytes, and fits.
    // Responses: the listing, the one-shot read, the size probe, then the chunks.
    const chunks = fake.stats.responseBytesPerSync.slice(3);
    const firstAccepted = chunks.findIndex((b) => b <= 5_000_000);
    expect(firstAccepted).toBeGreaterThan(0);
    expect(chunks.slice(firstAccepted).every((b) => b <= 5_000_000)).toBe(true);
    expect(stats[0]!.chunks).toBeGreaterThan(2);
  });
});
