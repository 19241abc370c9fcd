import { packByBudget, readCellsPerRequest, rowSpansByBytes, rowSpansByCells } from "../../src/excel/chunk";
import { toRectangle, textFormats } from "../../src/excel/cell-values";

describe("chunking", () => {
  it("packs items in order without passing the budget, an oversize item alone", () => {
    expect(packByBudget([3, 3, 3, 9, 1], (n) => n, 6)).toEqual([[3, 3], [3], [9], [1]]);
  });

  it("splits rows by bytes and by cells", () => {
    expect(rowSpansByBytes([4, 4, 4, 4, 4], 8)).toEqual([
      { start: 0, count: 2 },
      { start: 2, count: 2 },
      { start: 4, count: 1 },
    ]);
    expect(rowSpansByCells(25, 10, 100)).toEqual([
      { start: 0, count: 10 },
      { start: 10, count: 10 },
      { start: 20, count: 5 },
    ]);
  });

  it("reads 62 500 cells a request under a 4 MB budget at 64 bytes a cell", () => {
    expect(readCellsPerRequest(4_000_000)).toBe(62_500);
  });
});

describe("cell values for Office.js", () => {
  it("pads ragged rows to one rectangle, an empty string being an empty cell", () => {
    expect(toRectangle([["a", ""], [], [1, 2, 3]]).values).toEqual([
      ["a", null, null],
      [null, null, null],
      [1, 2, 3],
    ]);
  });

  it("formats as text every string Excel would reinterpret, and leaves other cells alone", () => {
    expect(textFormats([["=A1", 3, null, true, "Polisen"]])).toEqual([["@", null, null, null, null]]);
    expect(textFormats([[1, null, "Trygghetsvandring"]])).toBeNull();
  });
});
