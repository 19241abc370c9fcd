/**
 * Small edits to the package excelts wrote, for what its API cannot express
 * or writes differently from Excel. Each is a plain string edit on one part.
 */
import { editTextParts } from "./zip-parts";

/** Alt text (`descr`) on each chart's drawing frame, found by its name `Chart <n>`. */
export function addChartAltTexts(parts: Map<string, Uint8Array>, altTexts: Map<number, string>): void {
  if (altTexts.size === 0) return;
  editTextParts(parts, /^xl\/drawings\/drawing\d+\.xml$/, (xml) =>
    xml.replace(
      /<xdr:cNvPr\b([^>]*?)name="Chart (\d+)"([^>]*?)(\/?)>/g,
      (whole, before: string, n: string, after: string, close: string) => {
        const alt = altTexts.get(Number(n));
        if (alt === undefined || /\bdescr="/.test(whole)) return whole;
        return `<xdr:cNvPr${before}name="Chart ${n}" descr="${escapeAttribute(alt)}"${after}${close}>`;
      },
    ),
  );
}

/**
 * On sheets fitted to pages, states `fitToWidth="1"` explicitly (excelts drops it as
 * the default), and corrects excelts' row-break extent to Excel's last column index.
 */
export function normalisePageSetup(parts: Map<string, Uint8Array>): void {
  editTextParts(parts, /^xl\/worksheets\/sheet\d+\.xml$/, (xml) => {
    let out = xml.replace(/(<brk\b[^>]*?\bmax=")16838(")/g, "$116383$2");
    if (/<pageSetUpPr\b[^>]*\bfitToPage="1"/.test(out)) {
      out = out.replace(/<pageSetup\b(?![^>]*\bfitToWidth=)/, '<pageSetup fitToWidth="1"');
    }
    return out;
  });
}

/**
 * The `<col width>` of a column planned `chars` characters wide. The file's width includes the
 * cell padding (OOXML: truncate((chars × 7 + 5) / 7 × 256) / 256 for Calibri 11, so Excel's default
 * 8.43 is stored as 9.140625), as Office.js's `columnWidth` in points does (format-steps.ts
 * charsToPoints). Written bare, every column came out 5 px narrower than planned: wrapped text
 * broke earlier and, fitted to the page's width, the sheet printed larger, so LibreOffice and
 * Excel broke pages before the planned breaks.
 */
export function fileColumnWidth(chars: number): number {
  return Math.trunc(((chars * 7 + 5) / 7) * 256) / 256;
}

/**
 * Writes every planned column width into `<cols>`, one `<col>` per column. excelts
 * leaves out a column as wide as its own default (9), and Excel then gives it the
 * sheet's 8.43, so the "Trend" and "Mål" columns came out narrower than planned.
 * `widths[i]` are the widths of the i-th sheet (`sheet<i+1>.xml`), in characters.
 */
export function writeColumnWidths(parts: Map<string, Uint8Array>, widths: readonly (readonly (number | undefined)[])[]): void {
  editTextParts(parts, /^xl\/worksheets\/sheet\d+\.xml$/, (xml, path) => {
    const n = Number(/sheet(\d+)\.xml$/.exec(path)![1]);
    const planned = Array.from(widths[n - 1] ?? [], (w, i) =>
      w === undefined ? "" : `<col min="${i + 1}" max="${i + 1}" width="${fileColumnWidth(w)}" customWidth="1"/>`,
    );
    if (planned.every((c) => c === "")) return xml;
    const cols = `<cols>${planned.join("")}</cols>`;
    if (/<cols>[\s\S]*?<\/cols>/.test(xml)) return xml.replace(/<cols>[\s\S]*?<\/cols>/, cols);
    return xml.replace(/<sheetData\b/, `${cols}<sheetData`);
  });
}

/**
 * The marker names' references exactly as the Office.js adapter writes them,
 * always quoted (`'Kontroll'!$A$1`); excelts leaves simple sheet names bare.
 */
export function quoteMarkerReferences(parts: Map<string, Uint8Array>, markers: Map<string, string>): void {
  if (markers.size === 0) return;
  editTextParts(parts, /^xl\/workbook\.xml$/, (xml) =>
    xml.replace(
      /(<definedName\b[^>]*\bname="([^"]+)"[^>]*>)([^<]*)(<\/definedName>)/g,
      (whole, open: string, name: string, _ref: string, close: string) => {
        const reference = markers.get(name);
        return reference === undefined ? whole : `${open}${escapeText(reference)}${close}`;
      },
    ),
  );
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\r?\n/g, "&#10;");
}
