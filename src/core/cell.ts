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
  /**
   * The data validation of the ranges whose rules the add-in owns on a partner tab
   * (`ownedRuleRanges`, core/template/partner-tab-rules.ts), where the host reads them
   * (Office.js, ExcelApi 1.8); absent when not read.
   */
  rules?: ReadRule[];
}

/** One range's data validation as Office.js reads it (`range.dataValidation`): enough to tell whether it is the rule a plan sets. */
export interface ReadRule {
  /** The range read, as asked ("M6:M1005"). */
  range: string;
  /** Office's `DataValidationType` over the whole range: "None", "Decimal", "Custom", …, "Inconsistent", "MixedCriteria". */
  type: string;
  /** The first cell's criterion (operands as string formulas, "=0"); a custom rule's `formula`; a list's `source`. */
  criterion?: { operator?: string; formula1?: string; formula2?: string; formula?: string; source?: string };
  /** The first cell's error alert. */
  alert?: { show: boolean; style: string; title: string; message: string };
  /** The first cell's input message. */
  prompt?: { show: boolean; title: string; message: string };
}

/** Everything a use case reads from a workbook, in tab order. */
export interface WorkbookGrids {
  sheets: SheetGrid[];
}
