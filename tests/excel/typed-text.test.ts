/**
 * Range.values parses a string as typing would. The adapter gives the Text
 * format ("@") exactly to the strings Excel would reinterpret, so what a
 * partner typed stays what they typed, and long texts stay readable in older
 * Excel (a Text-formatted cell over 255 characters shows ####).
 */
import fc from "fast-check";
import { emptyPlan } from "../../src/core/plan/sheet-plan";
import { excelWouldReinterpret } from "../../src/excel/cell-values";
import { cellAt, numberFormatAt } from "../support/memory-workbook";
import { parseTyped } from "./fake/rules";
import { portOnFake as setup, sheetNamed as sheet } from "./harness";
import { createStrictFake } from "./strict-fake";

describe("what Excel would read as something other than the text", () => {
  it.each([
    "=SUM(A1)",
    "+46 70 123 45 67",
    "-",
    " =1",
    "1 200",
    "1\u00a0200",
    "3,5",
    "41,5 %",
    "38%",
    "2025-03-14",
    "maj 2025",
    "14 mars",
    "14/3",
    "1/2",
    "12:30",
    "100 kr",
    "1e5",
    "(5)",
    "SANT",
    "false",
    "#N/A",
    "#SAKNAS!",
    "'Polisen",
  ])("%j gets the Text format", (text) => expect(excelWouldReinterpret(text)).toBe(true));

  it.each(["Polisen", "Trygghetsvandring på torget", "T2 2025 enligt plan", "Å4 – Polisiär närvaro", "", "Kvinnor 12 st"])(
    "%j does not",
    (text) => expect(excelWouldReinterpret(text)).toBe(false),
  );

  it("covers everything the strict fake's Excel parses (any string it leaves alone stays text)", () => {
    const alphabet = fc.constantFrom(..."0123456789 ,.:/-+%'=@#()\u00a0\u202fabekrmajSANTFLsv".split(""));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 12 }), (text) => {
        if (excelWouldReinterpret(text)) return;
        const typed = parseTyped(text);
        expect(typed).toEqual({ value: text });
      }),
      { numRuns: 5000 },
    );
  });
});

describe("the strict fake types text as Excel does", () => {
  it('reads "41,5 %" as 0.415 with a percent format and "1 200" as a number', async () => {
    const fake = createStrictFake({ sheets: [{ name: "Polisen", values: [] }] }, { formulaText: "parse" });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Polisen").getRange("A1:D1").values = [["41,5 %", "1 200", "3,5", "SANT"]];
      await ctx.sync();
    });
    const s = sheet(fake, "Polisen");
    expect([cellAt(s, "A1"), cellAt(s, "B1"), cellAt(s, "C1"), cellAt(s, "D1")]).toEqual([0.415, 1200, 3.5, true]);
    expect(numberFormatAt(s, "A1")).toBe("0.0%");
  });
});

describe("writing text", () => {
  it("keeps a partner's typed 1 200, 41,5 % and maj 2025 as the text they are", async () => {
    const { fake, port } = setup();
    await port.writeSheets([{ ...emptyPlan("Kontroll", "kontroll"), values: [["1 200", "41,5 %", "maj 2025", "SANT"]] }]);
    const s = sheet(fake, "Kontroll");
    expect([cellAt(s, "A1"), cellAt(s, "B1"), cellAt(s, "C1"), cellAt(s, "D1")]).toEqual(["1 200", "41,5 %", "maj 2025", "SANT"]);
  });

  it("gives a long comment no Text format, so older Excel does not show it as ####", async () => {
    const comment = `Trygghetsvandring med föräldrar och fältgruppen den 14 mars. ${"Vi gick runt torget och pratade med de boende. ".repeat(6)}`;
    expect(comment.length).toBeGreaterThan(255);
    const { fake, port } = setup();
    await port.writeSheets([{ ...emptyPlan("Rapport T2 2025", "rapport"), values: [[comment, "=ingen formel"]] }]);
    const s = sheet(fake, "Rapport T2 2025");
    expect(cellAt(s, "A1")).toBe(comment);
    expect(numberFormatAt(s, "A1")).toBe("General");
    expect(numberFormatAt(s, "B1")).toBe("@");
  });
});
