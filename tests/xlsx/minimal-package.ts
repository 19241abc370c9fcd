/**
 * Test helper: hand-made .xlsx packages in the shapes other programs write,
 * e.g. LibreOffice's inline strings or Google Sheets' package without styles.
 */
import { makeZip } from "./zip-entries";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface MinimalSheet {
  name: string;
  /** The inside of `<sheetData>`. */
  sheetData: string;
  /** Extra XML after `</sheetData>`, e.g. `<mergeCells …>`. */
  after?: string;
}

export interface MinimalWorkbook {
  sheets: MinimalSheet[];
  /** Shared strings, written as `xl/sharedStrings.xml` when given. */
  sharedStrings?: string[];
  /** The inside of `<definedNames>`. */
  definedNames?: string;
  date1904?: boolean;
  /** Adds a styles part whose cell style 1 is the built-in date format 14 (`s="1"`). */
  dateStyle?: boolean;
}

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

/** An .xlsx with only the parts Excel needs: no styles, no theme, no docProps. */
export async function minimalXlsx(book: MinimalWorkbook): Promise<Uint8Array> {
  return makeZip(minimalEntries(book));
}

/** The parts of `minimalXlsx`, path and text, in order. */
export function minimalEntries(book: MinimalWorkbook): [string, string][] {
  const sheetOverrides = book.sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const sst = book.sharedStrings
    ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    : "";
  const styles = book.dateStyle
    ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    : "";
  const entries: [string, string][] = [
    [
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetOverrides}${sst}${styles}</Types>`,
    ],
    [
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><workbookPr${book.date1904 ? ' date1904="1"' : ""}/><sheets>${book.sheets
        .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets>${book.definedNames ? `<definedNames>${book.definedNames}</definedNames>` : ""}</workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${book.sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join("")}${book.sharedStrings ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ""}${
        book.dateStyle ? `<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>` : ""
      }</Relationships>`,
    ],
  ];
  book.sheets.forEach((s, i) => {
    entries.push([
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${s.sheetData}</sheetData>${s.after ?? ""}</worksheet>`,
    ]);
  });
  if (book.sharedStrings) {
    entries.push([
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${book.sharedStrings.length}" uniqueCount="${book.sharedStrings.length}">${book.sharedStrings
        .map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`)
        .join("")}</sst>`,
    ]);
  }
  if (book.dateStyle) {
    entries.push([
      "xl/styles.xml",
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ]);
  }
  return entries;
}
