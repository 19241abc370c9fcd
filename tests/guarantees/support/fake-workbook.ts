/**
 * The register with a person's sheets in the strict Office.js fake, each of
 * those sheets dressed the way people dress sheets (number formats, a merge,
 * bold text, widths, a table, a link, a dropdown, frozen panes, print
 * settings), so a use case that touched any of it would be caught.
 */
import type { WorkbookGrids } from "../../../src/core/cell";
import { createExcelPort, type ExcelWorkbook } from "../../../src/excel/excel-port";
import { createStrictFake, type StrictFake } from "../../excel/strict-fake";
import { sheetByName } from "../../support/memory-workbook";
import { PERSON_SHEET_NAMES } from "./person-sheets";

export function dressPersonSheets(fake: StrictFake, names: readonly string[] = PERSON_SHEET_NAMES): void {
  names.forEach((name, i) => {
    const s = sheetByName(fake.wb, name);
    if (!s) return;
    s.numberFormats.set("0,0", "@");
    s.numberFormats.set("1,2", "yyyy-mm-dd");
    s.formats.push({ range: "A1:C1", property: "font.bold", value: true });
    s.merges.push("A1:C1");
    s.columnWidths.set(0, 120 + i);
    s.rowHeights.set(0, 30);
    s.tables.push({ name: `Tabell${i + 1}`, range: "E1:F3", hasHeaders: true, style: "TableStyleLight1" });
    s.hyperlinks.set("G1", { address: "https://example.invalid/", textToDisplay: "länk" });
    s.validations.push({ range: "H1:H5", rule: { list: { source: "Ja,Nej" } } });
    s.conditionalFormats.push({ range: "A2:A9", type: "ContainsText", props: { text: "Klart" } });
    s.freeze = { rows: 1, columns: 0 };
    s.autoFilter = "A1:C4";
    s.pageLayout.orientation = "Portrait";
    s.pageBreaks.push("A20");
    s.tabColor = "#FF0000";
  });
}

/** A strict fake seeded with `grids`, person sheets dressed, and the add-in's port over it. */
export function fakeWorkbook(grids: WorkbookGrids): { fake: StrictFake; port: ExcelWorkbook } {
  const fake = createStrictFake(grids, { apiVersion: 1.9 });
  dressPersonSheets(fake);
  // A name a person defined, over their own sheet.
  const notes = sheetByName(fake.wb, "Anteckningar");
  if (notes) fake.wb.names.push({ name: "MinLista", sheetId: notes.id, address: "$A$1:$A$2" });
  const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported });
  return { fake, port };
}
