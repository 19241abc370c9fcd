/**
 * Resolves a plan's style and number-format ranges into one format per cell, in
 * plan order: a later range overrides only the properties it sets, as applying
 * the ranges one after another in Excel would.
 */
import { parseRange } from "../core/address";
import type { BorderWeight, CellStyle, FontStyle, SheetPlan } from "../core/plan/sheet-plan";

export interface EdgeBorder {
  weight: BorderWeight;
  color: string;
}

export interface CellFormat {
  font?: FontStyle;
  fill?: string;
  horizontal?: CellStyle["horizontal"];
  vertical?: CellStyle["vertical"];
  wrap?: boolean;
  indent?: number;
  top?: EdgeBorder;
  bottom?: EdgeBorder;
  left?: EdgeBorder;
  right?: EdgeBorder;
  numberFormat?: string;
}

/** Key of a 0-based cell in the returned map. */
export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

/** Every formatted cell's resolved format, keyed by `cellKey(row, col)`. */
export function resolveCellFormats(plan: SheetPlan): Map<string, CellFormat> {
  const formats = new Map<string, CellFormat>();
  const at = (row: number, col: number): CellFormat => {
    const key = cellKey(row, col);
    let f = formats.get(key);
    if (!f) formats.set(key, (f = {}));
    return f;
  };
  for (const { range, style } of plan.styles) {
    const r = parseRange(range);
    for (let row = r.row; row < r.row + r.rows; row++) {
      for (let col = r.col; col < r.col + r.cols; col++) {
        applyStyle(at(row, col), style, row === r.row + r.rows - 1);
      }
    }
  }
  for (const { range, format } of plan.numberFormats) {
    const r = parseRange(range);
    for (let row = r.row; row < r.row + r.rows; row++) {
      for (let col = r.col; col < r.col + r.cols; col++) at(row, col).numberFormat = format;
    }
  }
  return formats;
}

function applyStyle(f: CellFormat, style: CellStyle, lastRow: boolean): void {
  if (style.font) f.font = { ...f.font, ...style.font };
  if (style.fill !== undefined) f.fill = style.fill;
  if (style.horizontal !== undefined) f.horizontal = style.horizontal;
  if (style.vertical !== undefined) f.vertical = style.vertical;
  if (style.wrap !== undefined) f.wrap = style.wrap;
  if (style.indent !== undefined) f.indent = style.indent;
  if (style.border) {
    const edge = { ...style.border };
    f.top = edge;
    f.bottom = edge;
    f.left = edge;
    f.right = edge;
  }
  if (style.bottomBorder && lastRow) f.bottom = { ...style.bottomBorder };
}
