import { Workbook } from "@cj-tech-master/excelts";
import { utils, write } from "@e965/xlsx";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { UnreadableWorkbookError } from "../../src/xlsx/errors";
import { minimalXlsx } from "./minimal-package";
import { entryText, makeZip, zipEntries } from "./zip-entries";

async function excelts(build: (wb: Workbook) => void): Promise<Uint8Array> {
  const wb = new Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readWorkbook on a workbook written by excelts", () => {
  it("gives numbers, text, booleans and dates as Excel serials, from A1", async () => {
    const bytes = await excelts((wb) => {
      const ws = wb.addWorksheet("Aktiviteter");
      ws.getCell("A1").value = "Datum";
      ws.getCell("B1").value = "Deltagare";
      ws.getCell("A2").value = new Date(Date.UTC(2025, 2, 14));
      ws.getCell("A2").numFmt = "yyyy-mm-dd";
      ws.getCell("B2").value = 12.5;
      ws.getCell("C2").value = true;
      ws.getCell("D2").value = "007";
    });
    const { sheets } = await readWorkbook(bytes);
    expect(sheets).toEqual([
      {
        name: "Aktiviteter",
        top: 0,
        left: 0,
        values: [
          ["Datum", "Deltagare", null, null],
          [45730, 12.5, true, "007"],
        ],
      },
    ]);
  });

  it("gives formula cells their cached result and errors as their text", async () => {
    const bytes = await excelts((wb) => {
      const ws = wb.addWorksheet("Blad1");
      ws.getCell("A1").value = 3;
      ws.getCell("B1").value = { formula: "A1*2", result: 6 };
      ws.getCell("C1").value = { formula: 'A1&"x"', result: "3x" };
      ws.getCell("D1").value = { error: "#N/A" };
      ws.getCell("E1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("F1").value = { error: "#REF!" };
    });
    const { sheets } = await readWorkbook(bytes);
    expect(sheets[0]!.values).toEqual([[3, 6, "3x", "#N/A", "#DIV/0!", "#REF!"]]);
  });

  it("gives a number with a percent format as the cell shows it", async () => {
    const bytes = await excelts((wb) => {
      const ws = wb.addWorksheet("Blad1");
      ws.getCell("A1").value = 0.415;
      ws.getCell("A1").numFmt = "0.0%";
      ws.getCell("B1").value = 0.38;
      ws.getCell("B1").numFmt = "0 %";
      ws.getCell("C1").value = 0.415;
      ws.getCell("C1").numFmt = "0.000";
      ws.getCell("D1").value = 0.5;
      ws.getCell("D1").numFmt = '0.0"%"';
    });
    expect((await readWorkbook(bytes)).sheets[0]!.values).toEqual([[41.5, 38, 0.415, 0.5]]);
  });

  it("flattens rich text", async () => {
    const bytes = await excelts((wb) => {
      wb.addWorksheet("Blad1").getCell("A1").value = { richText: [{ text: "Fet ", font: { bold: true } }, { text: "och vanlig" }] };
    });
    expect((await readWorkbook(bytes)).sheets[0]!.values).toEqual([["Fet och vanlig"]]);
  });

  it("keeps a merged area's value in its top-left cell only", async () => {
    const bytes = await excelts((wb) => {
      const ws = wb.addWorksheet("Blad1");
      ws.getCell("A1").value = "Rubrik";
      ws.mergeCells("A1:C2");
      ws.getCell("A3").value = 1;
    });
    // B and C are empty once the merge is blanked, so they are trimmed like any empty column.
    expect((await readWorkbook(bytes)).sheets[0]!.values).toEqual([["Rubrik"], [null], [1]]);
  });

  it("pads ragged rows, keeps leading empties and trims trailing empty rows and columns", async () => {
    const bytes = await excelts((wb) => {
      const ws = wb.addWorksheet("Blad1");
      ws.getCell("C3").value = "x";
      ws.getCell("B4").value = 2;
      ws.getCell("H20").numFmt = "0.0"; // formatted but empty: not part of the values
    });
    expect((await readWorkbook(bytes)).sheets[0]!.values).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, "x"],
      [null, 2, null],
    ]);
  });

  it("lists every sheet in tab order, an empty one as an empty grid", async () => {
    const bytes = await excelts((wb) => {
      wb.addWorksheet("Löfte").getCell("A1").value = "Fält";
      wb.addWorksheet("Tom");
      wb.addWorksheet("Parter").getCell("A1").value = "Part-ID";
    });
    const { sheets } = await readWorkbook(bytes);
    expect(sheets.map((s) => [s.name, s.values.length])).toEqual([
      ["Löfte", 1],
      ["Tom", 0],
      ["Parter", 1],
    ]);
  });

  it("reads rows where their r says, also rows written self-closing, and counts rows written without r", async () => {
    const read = async (sheetData: string) =>
      (await readWorkbook(await minimalXlsx({ sheets: [{ name: "Blad1", sheetData }] }))).sheets[0]!.values;
    // Excel writes a formatted empty row self-closing, with r.
    expect(
      await read('<row r="1"><c r="A1"><v>1</v></c></row><row r="2" ht="30" customHeight="1"/><row r="3"><c r="A3"><v>3</v></c></row>'),
    ).toEqual([[1], [null], [3]]);
    expect(await read('<row r="1"><c><v>1</v></c></row><row r="2" ht="30" customHeight="1"/><row r="3"><c><v>3</v></c></row>')).toEqual([
      [1],
      [null],
      [3],
    ]);
    // Rows and cells without r are counted in order (an empty row written open and closed counts).
    expect(await read("<row><c><v>1</v></c><c/><c><v>2</v></c></row><row></row><row><c><v>3</v></c></row>")).toEqual([
      [1, null, 2],
      [null, null, null],
      [3, null, null],
    ]);
    // A self-closing empty row without r counts too (SheetJS missed it and read the rows below one higher).
    expect(await read("<row><c><v>1</v></c></row><row/><row><c><v>3</v></c></row>")).toEqual([[1], [null], [3]]);
    // SpreadsheetML with a prefix, as some .NET writers give it.
    expect(
      await read('<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="2"><x:c r="B2"><x:v>7</x:v></x:c></x:row>'),
    ).toEqual([
      [null, null],
      [null, 7],
    ]);
  });

  it("marks sheets a MLofteGen_ defined name refers to as generated", async () => {
    const bytes = await minimalXlsx({
      sheets: ["Parter", "Rapport T2 2025", "Bob's", "Kontroll"].map((name) => ({
        name,
        sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>',
      })),
      definedNames:
        '<definedName name="MLofteGen_1">&apos;Rapport T2 2025&apos;!$A$1</definedName>' +
        '<definedName name="MLofteGen_2">&apos;Bob&apos;&apos;s&apos;!$A$1</definedName>' +
        '<definedName name="mloftegen_7">Kontroll!$A$1</definedName>' +
        '<definedName name="Annat_namn">Parter!$A$1</definedName>',
    });
    const { sheets } = await readWorkbook(bytes);
    expect(sheets.map((s) => [s.name, s.generated === true])).toEqual([
      ["Parter", false],
      ["Rapport T2 2025", true],
      ["Bob's", true],
      ["Kontroll", true],
    ]);
  });
});

describe("readWorkbook on workbooks from other programs", () => {
  it("reads a SheetJS-written workbook with errors and text that looks like numbers", async () => {
    const ws = utils.aoa_to_sheet([
      ["Id", "Värde"],
      ["0012", 3.5],
    ]);
    ws["C2"] = { t: "e", v: 0x2a };
    ws["!ref"] = "A1:C2";
    const wb = utils.book_new();
    utils.book_append_sheet(wb, ws, "Indikatorvärden");
    const bytes = new Uint8Array(write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    expect((await readWorkbook(bytes)).sheets[0]!.values).toEqual([
      ["Id", "Värde", null],
      ["0012", 3.5, "#N/A"],
    ]);
  });

  it("reads an openpyxl-style workbook whose table part is referenced by an absolute path", async () => {
    const original = await excelts((wb) => {
      wb.addWorksheet("Parter").addTable({
        name: "Parter",
        ref: "A1",
        columns: [{ name: "Part-ID" }, { name: "Namn" }],
        rows: [["POL", "Polisen"]],
      });
    });
    const entries = await zipEntries(original);
    const rels = entryText(entries, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(rels).toContain('Target="../tables/table1.xml"');
    entries.set(
      "xl/worksheets/_rels/sheet1.xml.rels",
      new TextEncoder().encode(rels.replace('Target="../tables/table1.xml"', 'Target="/xl/tables/table1.xml"')),
    );
    expect(entries.has("xl/tables/table1.xml")).toBe(true);
    const rewritten = await makeZip(entries);
    expect((await readWorkbook(rewritten)).sheets[0]!.values).toEqual([
      ["Part-ID", "Namn"],
      ["POL", "Polisen"],
    ]);
  });

  it("reads LibreOffice-style inline strings and a package without a styles part (as Google Sheets may write)", async () => {
    const bytes = await minimalXlsx({
      sheets: [
        {
          name: "Blad1",
          sheetData:
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Namn</t></is></c><c r="B1" t="inlineStr"><is><r><t>Rik</t></r><r><t> text</t></r></is></c></row>' +
            '<row r="2"><c r="A2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="B2" t="e"><v>#VALUE!</v></c><c r="C2" t="b"><v>0</v></c><c r="D2"><v>45730</v></c></row>',
        },
      ],
    });
    expect((await readWorkbook(bytes)).sheets[0]!.values).toEqual([
      ["Namn", "Rik text", null, null],
      ["ab", "#VALUE!", false, 45730],
    ]);
  });

  it("reads every Excel error text", async () => {
    const errors = ["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"];
    const cells = errors.map((e, i) => `<c r="${String.fromCharCode(65 + i)}1" t="e"><v>${e}</v></c>`).join("");
    const bytes = await minimalXlsx({ sheets: [{ name: "Fel", sheetData: `<row r="1">${cells}</row>` }] });
    expect((await readWorkbook(bytes)).sheets[0]!.values).toEqual([errors]);
  });

  it("reads shared strings, ISO date cells and values left in merged cells", async () => {
    const bytes = await minimalXlsx({
      sharedStrings: ["Rubrik", "dold"],
      sheets: [
        {
          name: "Blad1",
          sheetData:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
            '<row r="2"><c r="A2" t="d"><v>2025-03-14T00:00:00</v></c></row>',
          after: '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
        },
      ],
    });
    expect((await readWorkbook(bytes)).sheets[0]!.values).toEqual([["Rubrik"], [45730]]);
  });

  it("converts dates of a 1904 workbook to 1900 serials", async () => {
    const bytes = await minimalXlsx({
      date1904: true,
      dateStyle: true,
      // 44268 days after 1904-01-01 is 2025-03-14; B1 is a plain number and stays as it is.
      sheets: [{ name: "Blad1", sheetData: '<row r="1"><c r="A1" s="1"><v>44268</v></c><c r="B1"><v>5</v></c></row>' }],
    });
    expect((await readWorkbook(bytes)).sheets[0]!.values).toEqual([[45730, 5]]);
  });
});

describe("readWorkbook refuses what is not a workbook", () => {
  const refused = async (bytes: Uint8Array): Promise<unknown> =>
    readWorkbook(bytes).then(
      () => "read",
      (e: unknown) => e,
    );

  it.each([
    ["an empty file", new Uint8Array(0)],
    ["random bytes", Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)],
    ["a plain text file", new TextEncoder().encode("Det här är ingen arbetsbok.\n")],
    ["a .csv file", new TextEncoder().encode("Part-ID;Namn\nPOL;Polisen\n")],
    [
      "an encrypted workbook (a CFB container)",
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]),
    ],
  ])("throws UnreadableWorkbookError for %s", async (_label, bytes) => {
    const error = await refused(bytes);
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect((error as Error).message).toBe(
      "Filen går inte att läsa som en Excel-arbetsbok (.xlsx). Spara den som Excel-arbetsbok och försök igen.",
    );
  });

  it("throws UnreadableWorkbookError for a truncated (corrupted) workbook", async () => {
    const good = await excelts((wb) => (wb.addWorksheet("Blad1").getCell("A1").value = "x"));
    expect(await refused(good.slice(0, Math.floor(good.length / 2)))).toBeInstanceOf(UnreadableWorkbookError);
  });

  it("throws UnreadableWorkbookError for a zip without a workbook", async () => {
    const bytes = await makeZip([["readme.txt", "hej"]]);
    expect(await refused(bytes)).toBeInstanceOf(UnreadableWorkbookError);
  });
});
