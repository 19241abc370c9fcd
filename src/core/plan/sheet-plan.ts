/**
 * The sheet plan: a host-neutral description of one worksheet the add-in writes.
 * The core computes it once; `src/excel/` applies it with Office.js and
 * `src/xlsx/` with the xlsx library. Everything here is plain, serialisable data.
 *
 * Ranges are A1 strings on the planned sheet ("B5:D9"). Colours are "#RRGGBB".
 * Widths are in characters (Excel's column-width unit), heights in points.
 */
import type { Cell } from "../cell";

export interface FontStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  name?: string;
}

export type BorderWeight = "thin" | "medium";

export interface CellStyle {
  font?: FontStyle;
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
  indent?: number;
  /** Borders on every cell edge inside the range (a grid). */
  border?: { weight: BorderWeight; color: string };
  /** Only a bottom border under the range's last row. */
  bottomBorder?: { weight: BorderWeight; color: string };
}

export interface StyledRange {
  range: string;
  style: CellStyle;
}

export interface NumberFormatRange {
  range: string;
  /** Excel number format code, e.g. "# ##0" or "0.0". "@" means text. */
  format: string;
}

/** Arrow icons keyed by a score 1 (worse), 2 (stable), 3 (better) in the cells. */
export interface IconSetFormat {
  kind: "iconSet";
  range: string;
  iconSet: "3Arrows" | "3TrafficLights1";
  /** Hide the number and show the icon only. */
  showIconOnly: boolean;
}

/** Fill and font colour where the cell's text equals `text`. */
export interface TextEqualsFormat {
  kind: "textEquals";
  range: string;
  text: string;
  fill: string;
  fontColor: string;
}

export type ConditionalFormat = IconSetFormat | TextEqualsFormat;

export interface ChartSeriesSpec {
  name: string;
  /** Range of the values on this sheet, one row or one column. */
  values: string;
  /** Line colour "#RRGGBB"; the host's palette when not given. */
  color?: string;
  /** A dashed line (a target); otherwise solid. */
  dashed?: boolean;
  /**
   * The mark at each point: a round dot (a solid line's default), a short level dash, or none (a dashed
   * line's default). A target gets the dash, so a chart of one period still shows where the target is.
   */
  marker?: "circle" | "dash" | "none";
}

export interface ChartSpec {
  kind: "line";
  title: string;
  /** Category labels (periods), one row or one column on this sheet. */
  categories: string;
  series: ChartSeriesSpec[];
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
  yAxisTitle?: string;
  altText: string;
  /** The title's font size in points, bold (the host's default size when not given). */
  titleSize?: number;
  /** The axis labels' font size in points (the host's default size when not given). */
  textSize?: number;
  /** Show the legend below the plot (default true). */
  legend?: boolean;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  fitToWidth: 1;
  /** 0 = as many pages tall as needed. */
  fitToHeight: 0 | 1;
  /** Rows repeated at the top of each printed page, e.g. "1:3" (1-based). */
  titleRows?: string;
  /** Footer texts; "&P" page number, "&N" page count. */
  footer: { left?: string; center?: string; right?: string };
  /** 0-based rows before which a page break is wanted (keeps headers with rows). */
  rowBreaks?: number[];
  /** The sheet's pages are numbered from this number, whatever sheets print before it. */
  firstPageNumber?: number;
  margins?: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
}

/** A link in a cell to a cell elsewhere in the workbook. */
export interface InternalLink {
  cell: string;
  sheet: string;
  target: string;
}

/** An Excel table (ListObject) over a range whose first row holds `headers`. */
export interface TablePlan {
  /** ASCII letters, digits and underscores, starting with a letter; unique in the workbook. */
  name: string;
  range: string;
  headers: string[];
  style: string;
}

/** Bounds of a number rule, inclusive; no `max`: no upper bound. */
export interface NumberBounds {
  min: number;
  max?: number;
}

/**
 * What a custom validation lets in: a formula that is TRUE for a value it lets in. It starts
 * with "=", uses English function names and commas (as Office.js and the file store it),
 * its relative references are relative to the range's top-left cell, and it holds at most
 * `MAX_VALIDATION_FORMULA` characters (`checkValidationFormula`).
 */
export interface CustomRule {
  formula: string;
}

/** What a validation lets in: one of a list (a dropdown), a whole number, a number, a date between two ISO days, or what a formula lets in. */
export type ValidationRule =
  | { list: string[] | { source: string } }
  | { whole: NumberBounds }
  | { decimal: NumberBounds }
  | { date: { from: string; to: string } }
  | { custom: CustomRule };

/**
 * How Excel answers a value the rule does not let in: `stop` refuses it, `warning`
 * asks whether to keep it, `information` tells and keeps it, `none` says nothing
 * (a dropdown that only offers).
 */
export type ValidationAlert = "stop" | "warning" | "information" | "none";

/** A data validation on a range: its rule, the alert for a value it does not let in, and a prompt shown while a cell is selected. */
export type ValidationPlan = ValidationRule & {
  range: string;
  /** Shown when a person types something the rule does not let in (Swedish). */
  errorMessage: string;
  /** Title of that alert (Excel: at most 32 characters); "Ogiltigt värde" when not given. */
  errorTitle?: string;
  /** Also allow values not in the list (warn instead of stop); `alert` says it for every rule. */
  warnOnly?: boolean;
  alert?: ValidationAlert;
  /** The input message shown while a cell of the range is selected (Excel: title ≤ 32, message ≤ 255 characters). */
  prompt?: { title: string; message: string };
};

/** The alert a validation gives: `alert` when set, else stop (or warning with `warnOnly`). */
export function validationAlert(v: Pick<ValidationPlan, "alert" | "warnOnly">): ValidationAlert {
  return v.alert ?? (v.warnOnly ? "warning" : "stop");
}

/** The alert's title when the plan gives none. */
export const DEFAULT_ERROR_TITLE = "Ogiltigt värde";

export interface ColumnPlan {
  /** Width in characters. */
  width: number;
}

export interface RowPlan {
  /** 0-based row. */
  row: number;
  height: number;
}

export interface SheetPlan {
  name: string;
  /** What the add-in wrote this sheet as; recorded on the sheet so only these are replaced. */
  kind: "kontroll" | "rapport" | "slutrapport" | "register" | "rapportlogg";
  /**
   * Rows added to a sheet that exists (the `Rapportlogg`, whoever made it): the sheet is
   * neither created, replaced nor cleared, and a null in `values` leaves its cell as it is.
   */
  append?: boolean;
  tabColor?: string;
  /** Values from A1, one rectangle; strings are always written as text, never as formulas. */
  values: Cell[][];
  numberFormats: NumberFormatRange[];
  styles: StyledRange[];
  merges: string[];
  columns: ColumnPlan[];
  rows: RowPlan[];
  conditionalFormats: ConditionalFormat[];
  charts: ChartSpec[];
  links: InternalLink[];
  tables: TablePlan[];
  validations: ValidationPlan[];
  /** Frozen rows and columns at the top-left. */
  freeze?: { rows: number; columns: number };
  autoFilter?: string;
  print?: PrintSetup;
  /** The cell to select when the sheet is shown. */
  activeCell?: string;
}

/** An empty plan to fill in. */
export function emptyPlan(name: string, kind: SheetPlan["kind"]): SheetPlan {
  return {
    name,
    kind,
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
  };
}
