/**
 * Review of issue 16's faster strict fake (468a04e: boxOf kept by address, minorOf by version, one box for a load's
 * properties, Range.format made at first use, plain loops in memoryWorkbook/boxValues): the fake is the tests'
 * Excel, so none of these may outlive the cells they stand for. A used range loaded again after a write, in the same
 * batch or the next, sees the new cells; the properties of one load agree; a load that fails leaves nothing behind;
 * ranges of the same address on two sheets are apart; a seeded grid's holes and blanks read as before.
 */
import { minorOf } from "./fake/engine";
import { boxOf } from "./fake/rules";
import { createStrictFake } from "./strict-fake";

const seed = { sheets: [{ name: "Parter", values: [["Part-ID", "Namn"], ["POL", "Polisen"]] }, { name: "Övrigt", values: [[null, "x"]] }] };

describe("the strict fake's kept answers (review of issue 16)", () => {
  it("gives a used range loaded again after a write the new cells, in one batch and the next", async () => {
    const fake = createStrictFake(seed);
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Parter");
      const before = sheet.getUsedRangeOrNullObject(true).load("address,rowCount,columnCount,rowIndex,columnIndex,values");
      sheet.getRange("D4").values = [["ny"]];
      const after = sheet.getUsedRangeOrNullObject(true).load("address,rowCount,columnCount,values");
      await ctx.sync();
      expect([before.address, before.rowCount, before.columnCount, before.rowIndex, before.columnIndex]).toEqual(["Parter!A1:B2", 2, 2, 0, 0]);
      expect(before.values).toEqual([["Part-ID", "Namn"], ["POL", "Polisen"]]);
      expect([after.address, after.rowCount, after.columnCount]).toEqual(["Parter!A1:D4", 4, 4]);
      expect(after.values[3]).toEqual(["", "", "", "ny"]);
      // The same range object loaded again in the next batch, after a cell is cleared and one written further down.
      sheet.getRange("D4").values = [[""]];
      sheet.getRange("A6").values = [["sist"]];
      after.load("address,rowCount,values");
      await ctx.sync();
      expect([after.address, after.rowCount]).toEqual(["Parter!A1:B6", 6]);
      expect(after.values[5]).toEqual(["sist", ""]);
    });
  });

  it("keeps nothing from a load that failed: the range's next load sees the cells as they are then", async () => {
    const fake = createStrictFake(seed);
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Parter");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("values,formulasR1C1Nope");
      await expect(ctx.sync()).rejects.toThrow();
      sheet.getRange("C3").values = [[7]];
      used.load("address,values");
      await ctx.sync();
      expect(used.address).toBe("Parter!A1:C3");
      expect(used.values).toEqual([["Part-ID", "Namn", ""], ["POL", "Polisen", ""], ["", "", 7]]);
    });
  });

  it("reads one address on two sheets apart, and a box given out cannot change the next one", async () => {
    const box = boxOf("B2:C3");
    box.rows = 99;
    box.row = 40;
    expect(boxOf("B2:C3")).toEqual({ row: 1, col: 1, rows: 2, cols: 2 });
    expect(boxOf("A:C")).toEqual(boxOf("a:c"));
    // An invalid address is refused every time it is asked, not only the first.
    expect(() => boxOf("1A")).toThrow();
    expect(() => boxOf("1A")).toThrow();
    const fake = createStrictFake(seed);
    await fake.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem("Parter").getRange("A1:B2").load("values,address");
      const b = ctx.workbook.worksheets.getItem("Övrigt").getRange("A1:B2").load("values,address");
      await ctx.sync();
      expect([a.address, a.values]).toEqual(["Parter!A1:B2", [["Part-ID", "Namn"], ["POL", "Polisen"]]]);
      expect([b.address, b.values]).toEqual(["Övrigt!A1:B2", [["", "x"], ["", ""]]]);
    });
  });

  it("seeds a grid's holes, nulls and short lines as never written: the used range starts at the first value", async () => {
    const holes: (string | number | null)[] = [null, "b"];
    holes[4] = "e";
    const fake = createStrictFake({ sheets: [{ name: "Glest", values: [[], [null, null], holes, ["", 3]], top: 2, left: 1 }] });
    await fake.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("Glest").getUsedRangeOrNullObject(true).load("address,values");
      await ctx.sync();
      // "" is no value either (a used range is where values are); row 5 holds 3 at column C.
      expect(used.address).toBe("Glest!C5:F6");
      expect(used.values).toEqual([["b", "", "", "e"], [3, "", "", ""]]);
    });
  });

  it("compares requirement-set versions part by part, the same every time it is asked", () => {
    for (let k = 0; k < 2; k++) {
      expect([minorOf("1.14"), minorOf(1.9), minorOf("1.9"), minorOf(1.1), minorOf("1")]).toEqual([14, 9, 9, 1, 0]);
      expect(() => minorOf("2.1")).toThrow(TypeError);
    }
  });
});
