import { renderWorkbook } from "../../src/xlsx/render-plan";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { allPlans, reportPlan } from "./full-plan";
import { cellText, sheetParts, tablePartsOf } from "./package-parts";
import { entryPaths, entryText, zipEntries, type ZipEntries } from "./zip-entries";
import { parseRange, a1 } from "../../src/core/address";

let entries: ZipEntries;
let bytes: Uint8Array;
let parts: Map<string, string>;

beforeAll(async () => {
  bytes = await renderWorkbook(allPlans());
  entries = await zipEntries(bytes);
  parts = sheetParts(entries);
});

const sheetXml = (name: string): string => entryText(entries, parts.get(name)!);

describe("renderWorkbook: the package", () => {
  it("has one sheet per plan, in plan order", () => {
    expect([...parts.keys()]).toEqual(["Rapport T2 2025", "Kontroll", "Parter", "Bob's slutrapport"]);
  });

  it("stores no formula anywhere, so text starting with = + - @ stays text", () => {
    for (const path of entryPaths(entries, /^xl\/worksheets\/sheet\d+\.xml$/)) {
      expect(entryText(entries, path)).not.toMatch(/<f[\s>]/);
    }
    const report = parts.get("Rapport T2 2025")!;
    expect([5, 6, 7, 8].map((r) => cellText(entries, report, `F${r}`))).toEqual(["=SUM(A1)", "+46 70 123 45 67", "-5 kr", "@partner"]);
  });

  it("marks every plan that is not a register with a quoted MLofteGen_<n> defined name", () => {
    const workbook = entryText(entries, "xl/workbook.xml");
    const names = [...workbook.matchAll(/<definedName name="(MLofteGen_\d+)"[^>]*>([^<]*)<\/definedName>/g)].map((m) => [m[1], m[2]]);
    expect(names).toEqual([
      ["MLofteGen_1", "'Rapport T2 2025'!$A$1"],
      ["MLofteGen_2", "'Kontroll'!$A$1"],
      ["MLofteGen_3", "'Bob''s slutrapport'!$A$1"],
    ]);
  });

  it("gives tables valid, unique names and header cells equal to their column names", () => {
    const seen = new Set<string>();
    let tables = 0;
    for (const [, sheetPath] of parts) {
      for (const tablePath of tablePartsOf(entries, sheetPath)) {
        tables++;
        const xml = entryText(entries, tablePath);
        const name = /<table\b[^>]*\bname="([^"]+)"/.exec(xml)![1]!;
        expect(/<table\b[^>]*\bdisplayName="([^"]+)"/.exec(xml)![1]).toBe(name);
        expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
        expect(name).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
        expect(seen.has(name.toLowerCase())).toBe(false);
        seen.add(name.toLowerCase());
        const ref = parseRange(/<table\b[^>]*\bref="([^"]+)"/.exec(xml)![1]!);
        const columns = [...xml.matchAll(/<tableColumn\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1]);
        const headerCells = columns.map((_, i) => cellText(entries, sheetPath, a1(ref.row, ref.col + i)));
        expect(headerCells).toEqual(columns);
      }
    }
    expect(tables).toBe(2);
    expect([...seen]).toEqual(["indikatorer_t2_2025", "parter"]);
  });

  it("sets up printing on A4 landscape, one page wide, with title rows, footer, breaks and margins", () => {
    const xml = sheetXml("Rapport T2 2025");
    const pageSetup = /<pageSetup\b[^>]*>/.exec(xml)![0];
    expect(pageSetup).toMatch(/orientation="landscape"/);
    expect(pageSetup).toMatch(/paperSize="9"/);
    expect(pageSetup).toMatch(/fitToWidth="1"/);
    expect(pageSetup).toMatch(/fitToHeight="0"/);
    expect(xml).toMatch(/<sheetPr>.*<pageSetUpPr fitToPage="1"\/>.*<\/sheetPr>/);
    expect(xml).toContain('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
    expect(xml).toContain("<oddFooter>&amp;LMedborgarlöfte Skäggetorp&amp;CSida &amp;P av &amp;N&amp;RT2 2025</oddFooter>");
    expect(xml).toMatch(/<rowBreaks count="1" manualBreakCount="1"><brk id="8" max="16383" man="1"\/><\/rowBreaks>/);
    expect(entryText(entries, "xl/workbook.xml")).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Rapport T2 2025&apos;!$1:$4</definedName>`,
    );
  });

  it("writes dropdowns inline and from a range, stop or warning", () => {
    const xml = sheetXml("Rapport T2 2025");
    const validations = xml.match(/<dataValidation\b[^>]*>[\s\S]*?<\/dataValidation>/g)!;
    expect(validations).toHaveLength(2);
    expect(validations[0]).toMatch(/type="list"/);
    expect(validations[0]).toMatch(/sqref="G5:G8"/);
    expect(validations[0]).toMatch(/error="Välj Ja eller Nej\."/);
    expect(validations[0]).not.toMatch(/errorStyle="warning"/);
    expect(validations[0]).toContain("<formula1>&quot;Ja,Nej&quot;</formula1>");
    expect(validations[1]).toMatch(/errorStyle="warning"/);
    expect(validations[1]).toContain("<formula1>Parter!$A$2:$A$500</formula1>");
  });

  it("writes icon sets keyed 1-3 and a text-equals rule with a fill", () => {
    const xml = sheetXml("Rapport T2 2025");
    expect(xml).toMatch(
      /<conditionalFormatting sqref="D5:D8"><cfRule type="iconSet"[^>]*><iconSet iconSet="3Arrows" showValue="0"><cfvo type="num" val="0"\/><cfvo type="num" val="2"\/><cfvo type="num" val="3"\/><\/iconSet>/,
    );
    expect(xml).toMatch(/<conditionalFormatting sqref="C5:C8"><cfRule type="iconSet"[^>]*><iconSet iconSet="3TrafficLights1">/);
    const rule =
      /<conditionalFormatting sqref="E5:E8"><cfRule type="cellIs" dxfId="(\d+)"[^>]*operator="equal"><formula>&quot;Uppnått&quot;<\/formula>/.exec(
        xml,
      );
    expect(rule).not.toBeNull();
    const dxfs = entryText(entries, "xl/styles.xml").match(/<dxf>[\s\S]*?<\/dxf>/g)!;
    const dxf = dxfs[Number(rule![1])]!;
    expect(dxf).toContain('<color rgb="FF006100"/>');
    expect(dxf).toContain('<bgColor rgb="FFC6EFCE"/>');
  });

  it("adds a line chart with title, axis title, alt text, over the planned cells", () => {
    const chartPaths = entryPaths(entries, /^xl\/charts\/chart\d+\.xml$/);
    expect(chartPaths).toHaveLength(1);
    const chart = entryText(entries, chartPaths[0]!);
    expect(chart).toContain("<c:lineChart>");
    expect(chart).toContain("<a:t>Trygghet över tid</a:t>");
    expect(chart).toContain("<a:t>Andel (%)</a:t>");
    expect(chart).toContain("<c:f>&apos;Rapport T2 2025&apos;!$B$5:$B$8</c:f>");
    expect(chart).toContain("<c:f>&apos;Rapport T2 2025&apos;!$C$5:$C$8</c:f>");
    const drawing = entryText(entries, entryPaths(entries, /^xl\/drawings\/drawing\d+\.xml$/)[0]!);
    expect(drawing).toMatch(/<xdr:cNvPr id="\d+" name="Chart 1" descr="Linjediagram: trygghet per tertial"\/>/);
    // H2 → N16 inclusive: from column 7 row 1 to the corner after N16 (column 14, row 16), 0-based.
    expect(drawing).toMatch(/<xdr:from><xdr:col>7<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>1<\/xdr:row>/);
    expect(drawing).toMatch(/<xdr:to><xdr:col>14<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>16<\/xdr:row>/);
  });

  it("links to a cell on another sheet by location", () => {
    expect(sheetXml("Rapport T2 2025")).toMatch(/<hyperlink ref="F2" location="&apos;Kontroll&apos;!A7"[^>]*\/>/);
  });

  it("applies merges, widths, heights, tab colour, freeze, selection and auto filter", () => {
    const xml = sheetXml("Rapport T2 2025");
    expect(xml).toMatch(/<mergeCells count="2"><mergeCell ref="A1:F1"\/><mergeCell ref="A10:C10"\/><\/mergeCells>/);
    // Planned 28 and 30 characters; the file's width includes the 5 px padding (OOXML), as Excel writes it.
    expect(xml).toMatch(/<col min="1" max="1" width="28.7109375"/);
    expect(xml).toMatch(/<col min="6" max="6" width="30.7109375"/);
    expect(xml).toMatch(/<row r="1"[^>]*ht="24" customHeight="1"/);
    expect(xml).toMatch(/<row r="4"[^>]*ht="30" customHeight="1"/);
    expect(xml).toContain('<tabColor rgb="FF1F4E79"/>');
    expect(xml).toMatch(/<pane xSplit="1" ySplit="4" topLeftCell="B5" activePane="bottomRight" state="frozen"\/>/);
    expect(xml).toMatch(/<selection pane="bottomRight" activeCell="B5" sqref="B5"\/>/);
    expect(xml).toContain('<autoFilter ref="A12:B14"/>');
  });

  it("applies fonts, fills, alignment, indent, borders and number formats", () => {
    const styles = entryText(entries, "xl/styles.xml");
    const xml = sheetXml("Rapport T2 2025");
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.match(/<xf\b[\s\S]*?(?:\/>|<\/xf>)/g)!;
    const xfOf = (address: string): string => xfs[Number(new RegExp(`<c r="${address}" s="(\\d+)"`).exec(xml)![1])]!;
    const fonts = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1]!.match(/<font>[\s\S]*?<\/font>/g)!;
    const fills = /<fills[^>]*>([\s\S]*?)<\/fills>/.exec(styles)![1]!.match(/<fill>[\s\S]*?<\/fill>/g)!;
    const borders = /<borders[^>]*>([\s\S]*?)<\/borders>/.exec(styles)![1]!.match(/<border>[\s\S]*?<\/border>|<border\/>/g)!;
    const idx = (xf: string, key: string): number => Number(new RegExp(`${key}="(\\d+)"`).exec(xf)![1]);

    const title = xfOf("A1");
    expect(fonts[idx(title, "fontId")]).toMatch(/<b\/>.*<sz val="16"\/>.*<color rgb="FF1F4E79"\/>.*<name val="Calibri"\/>/);
    const header = xfOf("B4");
    expect(fills[idx(header, "fillId")]).toContain('<fgColor rgb="FFDDEBF7"/>');
    expect(header).toMatch(/<alignment horizontal="center" vertical="center" wrapText="1"\/>/);
    expect(borders[idx(header, "borderId")]).toMatch(/<left style="thin"><color rgb="FFBFBFBF"\/><\/left>/);
    const indented = xfOf("A5");
    expect(indented).toMatch(/indent="1"/);
    expect(fonts[idx(indented, "fontId")]).toContain("<i/>");
    expect(borders[idx(xfOf("C8"), "borderId")]).toMatch(/<bottom style="medium"><color rgb="FF000000"\/><\/bottom>/);
    expect(borders[idx(xfOf("C7"), "borderId")]).toMatch(/<bottom style="thin">/);
    const numFmts = /<numFmts[^>]*>([\s\S]*?)<\/numFmts>/.exec(styles)![1]!;
    const fmtCode = (address: string): string =>
      new RegExp(`<numFmt numFmtId="${idx(xfOf(address), "numFmtId")}" formatCode="([^"]*)"`).exec(numFmts)?.[1] ??
      `builtin ${idx(xfOf(address), "numFmtId")}`;
    expect(fmtCode("B2")).toBe("yyyy-mm-dd");
    expect(fmtCode("C5")).toBe("# ##0.0");
    expect(idx(xfOf("F5"), "numFmtId")).toBe(49); // "@", Excel's built-in text format
  });
});

describe("renderWorkbook: read back", () => {
  it("round-trips every plan's values and marks the generated sheets", async () => {
    const plans = allPlans();
    const { sheets } = await readWorkbook(bytes);
    expect(sheets.map((s) => s.name)).toEqual(plans.map((p) => p.name));
    sheets.forEach((sheet, i) => {
      expect(sheet.values).toEqual(plans[i]!.values);
      expect(sheet.generated === true).toBe(plans[i]!.kind !== "register");
    });
  });

  it("renders a plan with nothing but a name", async () => {
    const { sheets } = await readWorkbook(
      await renderWorkbook([
        {
          ...reportPlan(),
          values: [],
          numberFormats: [],
          styles: [],
          merges: [],
          columns: [],
          rows: [],
          conditionalFormats: [],
          charts: [],
          links: [],
          tables: [],
          validations: [],
          freeze: undefined,
          autoFilter: undefined,
          print: undefined,
          activeCell: undefined,
          tabColor: undefined,
        },
      ]),
    );
    expect(sheets).toEqual([{ name: "Rapport T2 2025", values: [], top: 0, left: 0, generated: true }]);
  });
});
