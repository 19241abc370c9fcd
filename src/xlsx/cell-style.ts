/** A resolved cell format in excelts' (ExcelJS-compatible) style shape. */
import type { Alignment, Borders, Style } from "@cj-tech-master/excelts";
import type { CellFormat, EdgeBorder } from "./cell-formats";

/** "#1F4E79" → "FF1F4E79" (opaque ARGB, as OOXML stores colours). */
export function argb(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`Not a #RRGGBB colour: ${hex}`);
  return `FF${m[1]!.toUpperCase()}`;
}

/** excelts' (and Excel's) default workbook font. */
const DEFAULT_FONT = { name: "Calibri", size: 11 } as const;

function edge(border: EdgeBorder): Borders["top"] {
  return { style: border.weight, color: { argb: argb(border.color) } };
}

/** The excelts style for one cell; properties the plan leaves out stay Excel's defaults. */
export function toExcelStyle(f: CellFormat): Partial<Style> {
  const style: Partial<Style> = {};
  if (f.font) {
    // A font record replaces the default one whole: without a name and size,
    // LibreOffice falls back to a serif font, so start from the workbook default.
    const font: Partial<Style["font"]> = { name: f.font.name ?? DEFAULT_FONT.name, size: f.font.size ?? DEFAULT_FONT.size };
    if (f.font.bold !== undefined) font.bold = f.font.bold;
    if (f.font.italic !== undefined) font.italic = f.font.italic;
    if (f.font.color !== undefined) font.color = { argb: argb(f.font.color) };
    style.font = font;
  }
  if (f.fill !== undefined) {
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) }, bgColor: { argb: argb(f.fill) } };
  }
  const alignment: Partial<Alignment> = {};
  if (f.horizontal) alignment.horizontal = f.horizontal;
  if (f.vertical) alignment.vertical = f.vertical === "center" ? "middle" : f.vertical;
  if (f.wrap !== undefined) alignment.wrapText = f.wrap;
  if (f.indent !== undefined && f.indent > 0) alignment.indent = f.indent;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  const border: Partial<Borders> = {};
  if (f.top) border.top = edge(f.top);
  if (f.bottom) border.bottom = edge(f.bottom);
  if (f.left) border.left = edge(f.left);
  if (f.right) border.right = edge(f.right);
  if (Object.keys(border).length > 0) style.border = border;
  if (f.numberFormat !== undefined) style.numFmt = f.numberFormat;
  return style;
}
