import { emptyPlan } from "../../src/core/plan/sheet-plan";
import { charsToPoints } from "../../src/excel/format-steps";
import { cellAt, formatAt, markerNames, numberFormatAt } from "../support/memory-workbook";
import { portOnFake as setup, sheetNamed as sheet } from "./harness";
import { fullReportPlan } from "./plans";

describe("writeSheets with a plan that uses every field", () => {
  it("writes in two round trips: one to look at the workbook, one for everything", async () => {
    const { fake, port, stats } = setup();
    await port.writeSheets([fullReportPlan()], { activate: "Rapport T2 2025" });
    expect(fake.syncCount).toBe(2);
    expect(stats[0]).toMatchObject({ syncs: 2, chunks: 1 });
  });

  it("puts values, number formats and text where the plan says", async () => {
    const { fake, port } = setup();
    await port.writeSheets([fullReportPlan()]);
    const s = sheet(fake, "Rapport T2 2025");
    expect(cellAt(s, "A1")).toBe("Lokalt medborgarlöfte för Skäggetorp");
    expect(cellAt(s, "C3")).toBe(165);
    expect(numberFormatAt(s, "C3")).toBe("# ##0");
    // Plain text needs no Text format; "=SUM(A1)" does (A4).
    expect(numberFormatAt(s, "A3")).toBe("General");
    expect(numberFormatAt(s, "A4")).toBe("@");
    expect(cellAt(s, "B8")).toBe(4);
  });

  it("keeps text that looks like a formula or a sign as text", async () => {
    const { fake, port } = setup();
    await port.writeSheets([fullReportPlan()]);
    const s = sheet(fake, "Rapport T2 2025");
    expect(cellAt(s, "A4")).toBe("=SUM(A1)");
    expect(cellAt(s, "A9")).toBe("-");
    expect(s.formulas.size).toBe(0);
  });

  it("applies fonts, fills, alignment, borders, merges and sizes", async () => {
    const { fake, port } = setup();
    await port.writeSheets([fullReportPlan()]);
    const s = sheet(fake, "Rapport T2 2025");
    expect(formatAt(s, "A1", "font.bold")).toBe(true);
    expect(formatAt(s, "A1", "font.size")).toBe(16);
    expect(formatAt(s, "C2", "fill.color")).toBe("#DDEBF7");
    expect(formatAt(s, "C2", "horizontalAlignment")).toBe("Center");
    expect(formatAt(s, "C2", "indentLevel")).toBe(1);
    expect(formatAt(s, "C2", "borders.InsideVertical.weight")).toBe("Thin");
    // A single row has no inside horizontal edge; a two-row range has.
    expect(s.formats.some((f) => f.range === "A2:E2" && f.property.startsWith("borders.InsideHorizontal"))).toBe(false);
    expect(formatAt(s, "C3", "borders.InsideHorizontal.color")).toBe("#808080");
    expect(formatAt(s, "C4", "borders.EdgeBottom.weight")).toBe("Medium");
    expect(s.merges).toEqual(["A1:E1"]);
    expect(s.columnWidths.get(0)).toBe(charsToPoints(30));
    expect(s.columnWidths.get(2)).toBe(56.25);
    expect(s.rowHeights.get(0)).toBe(24);
    expect(s.tabColor).toBe("#1F4E79");
  });

  it("adds arrows, a status colour, the line chart, the link, the table and the dropdown", async () => {
    const { fake, port } = setup();
    await port.writeSheets([fullReportPlan()]);
    const s = sheet(fake, "Rapport T2 2025");
    expect(s.conditionalFormats).toEqual([
      expect.objectContaining({ range: "D3:D4", type: "IconSet", props: expect.objectContaining({ "iconSet.style": "ThreeArrows", "iconSet.showIconOnly": true }) }),
      expect.objectContaining({
        range: "E3:E4",
        type: "CellValue",
        props: { "cellValue.format.fill.color": "#FFC7CE", "cellValue.format.font.color": "#9C0006", "cellValue.rule": { formula1: '="Risk"', operator: "EqualTo" } },
      }),
    ]);
    expect(s.charts).toEqual([
      expect.objectContaining({
        type: "Line",
        title: "Nyckelindikatorer (utgång = 100)",
        from: "G2",
        to: "N18",
        yAxisTitle: "Index",
        series: [
          { name: "Anmälda brott", values: "B3:C3", xValues: "B2:C2" },
          { name: "Skadegörelse", values: "B4:C4", xValues: "B2:C2" },
        ],
      }),
    ]);
    expect(s.hyperlinks.get("A5")).toEqual({ documentReference: "'Kontroll'!A1", textToDisplay: "Gå till Kontroll" });
    expect(s.tables).toEqual([{ name: "Indikatorer_T2_2025", range: "A2:E4", hasHeaders: true, style: "TableStyleLight9" }]);
    expect(s.validations).toEqual([
      {
        range: "E3:E4",
        rule: { list: { inCellDropDown: true, source: "Enligt plan,Risk" } },
        errorAlert: { showAlert: true, style: "Stop", title: "Ogiltigt värde", message: "Välj Enligt plan eller Risk." },
      },
    ]);
  });

  it("freezes panes, filters and sets up A4 landscape printing", async () => {
    const { fake, port } = setup();
    await port.writeSheets([fullReportPlan()]);
    const s = sheet(fake, "Rapport T2 2025");
    expect(s.freeze).toEqual({ rows: 2, columns: 1 });
    expect(s.autoFilter).toBe("A7:B9");
    expect(s.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$2:$2",
      "headersFooters.defaultForAllPages.centerFooter": "Sida &P av &N",
      "headersFooters.defaultForAllPages.rightFooter": "Rapport T2 2025",
      margins: { unit: "Inches", top: 0.75, bottom: 0.75, left: 0.7, right: 0.7, header: 0.3, footer: 0.3 },
    });
    expect(s.pageBreaks).toEqual(["A7"]);
  });

  it("marks the sheet as generated and shows it when asked to", async () => {
    const { fake, port } = setup();
    await port.writeSheets([fullReportPlan()], { activate: "Rapport T2 2025" });
    const s = sheet(fake, "Rapport T2 2025");
    expect(markerNames(fake.wb, s)).toEqual(["MLofteGen_2"]);
    expect(fake.wb.activeSheetId).toBe(s.id);
    expect(s.selection).toBe("A1");
    const grids = await port.readAll();
    expect(grids.sheets.find((g) => g.name === "Rapport T2 2025")?.generated).toBe(true);
  });

  it("writes several plans in the same two round trips", async () => {
    const { fake, port } = setup();
    const kontroll = { ...emptyPlan("Kontroll 2", "kontroll" as const), values: [["Blad", "Cell"]] };
    await port.writeSheets([fullReportPlan(), kontroll, { ...emptyPlan("Slutrapport", "slutrapport"), values: [["x"]] }]);
    expect(fake.syncCount).toBe(2);
    expect(fake.wb.sheets.map((s) => s.name)).toEqual(["Löfte", "Kontroll", "Rapport T2 2025", "Kontroll 2", "Slutrapport"]);
    expect(fake.wb.names.map((n) => n.name)).toEqual(["MLofteGen_1", "MLofteGen_2", "MLofteGen_3", "MLofteGen_4"]);
  });

  it("does not mark register sheets, which belong to people", async () => {
    const { fake, port } = setup();
    await port.writeSheets([{ ...emptyPlan("Parter", "register"), values: [["Part-ID", "Namn", "Typ", "Flik"]] }]);
    expect(markerNames(fake.wb, sheet(fake, "Parter"))).toEqual([]);
  });
});
