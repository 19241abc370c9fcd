/**
 * The neutral cell type at every boundary: exactly what Office.js `range.values`
 * gives (dates arrive as Excel serial numbers, errors as text like "#N/A").
 */
export type Cell = string | number | boolean | null;

/** A rectangle of cells, row-major, 0-based. */
export type Grid = Cell[][];

/** One worksheet as a host reads it. */
export interface SheetGrid {
  name: string;
  /** The used range's values. */
  values: Grid;
  /** 0-based row of `values[0]` on the sheet (Office.js used ranges need not start at A1). */
  top?: number;
  /** 0-based column of `values[0][0]` on the sheet. */
  left?: number;
  /** True when the add-in wrote this sheet itself (it may then replace it). */
  generated?: boolean;
}

/** Everything a use case reads from a workbook, in tab order. */
export interface WorkbookGrids {
  sheets: SheetGrid[];
}
