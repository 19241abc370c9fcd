/**
 * Colours and styles shared by the report sheets. Fills are light so black
 * text stays readable on screen and in black-and-white print.
 */
import type { CellStyle, PrintSetup } from "../../plan/sheet-plan";
import { toneColoursIn } from "./meaning-colours";

export const COLORS = {
  text: "#1F1F1F",
  muted: "#595959",
  /** Small print (the created line, notes): dark grey, contrast 10:1 on white, well above WCAG's 4.5:1. */
  note: "#404040",
  sectionFill: "#DDEBF7",
  sectionText: "#1F3864",
  headerFill: "#BDD7EE",
  bandFill: "#F2F2F2",
  border: "#A6A6A6",
} as const;

export const TAB_COLORS = { rapport: "#2E75B6", slutrapport: "#548235", kontroll: "#C55A11" } as const;

export const TITLE_STYLE: CellStyle = { font: { bold: true, size: 16, color: COLORS.sectionText } };
export const SUBTITLE_STYLE: CellStyle = { font: { size: 11, color: COLORS.text } };
/** The sheets print at about 83 % (one page wide): 11 pt in the cell is about 9 pt on paper, the least a reader is given. */
export const SMALL_TEXT_SIZE = 11;
export const MUTED_STYLE: CellStyle = { font: { size: SMALL_TEXT_SIZE, color: COLORS.note } };
export const SECTION_STYLE: CellStyle = {
  font: { bold: true, size: 12, color: COLORS.sectionText },
  fill: COLORS.sectionFill,
  vertical: "center",
};
export const HEADER_STYLE: CellStyle = {
  font: { bold: true },
  fill: COLORS.headerFill,
  wrap: true,
  vertical: "center",
  border: { weight: "thin", color: COLORS.border },
};
export const BODY_BORDER: CellStyle = { border: { weight: "thin", color: COLORS.border }, vertical: "top" };
export const BAND_STYLE: CellStyle = { fill: COLORS.bandFill };
export const NOTE_STYLE: CellStyle = { font: { italic: true, size: SMALL_TEXT_SIZE, color: COLORS.note }, wrap: true, vertical: "top" };
export const PARAGRAPH_STYLE: CellStyle = { wrap: true, vertical: "top", font: { size: 11 } };

/** Inches, as in the xlsx format. */
export const REPORT_MARGINS: NonNullable<PrintSetup["margins"]> = {
  top: 0.45,
  bottom: 0.55,
  left: 0.5,
  right: 0.5,
  header: 0.2,
  footer: 0.25,
};

/** Number format codes use Excel's invariant syntax; Excel shows them with the reader's separators (1 230 and 3,4 in Sweden). */
export function numberFormat(unit: "Antal" | "Procent" | "Index", decimals: number): string {
  const fraction = decimals > 0 ? `.${"0".repeat(decimals)}` : "";
  if (unit === "Procent") return `0${fraction}" %"`;
  if (unit === "Index") return `0${fraction}`;
  return `#,##0${fraction}`;
}

/** A change keeps its sign: "+12", "−3" (a real minus, as in the report's text); percent indicators change in percentage points. */
export function changeFormat(unit: "Antal" | "Procent" | "Index", decimals: number): string {
  const base = numberFormat(unit, decimals).replace(/" %"$/, "");
  const suffix = unit === "Procent" ? '" p.e."' : "";
  return `+${base}${suffix};"\u2212"${base}${suffix};${base}${suffix}`;
}

export const SHARE_FORMAT = "0 %";
export const COUNT_FORMAT = "#,##0";

/** Line colours of the indicator charts by what the line's development means (meaning-colours.ts); the target is a grey dash. */
export const CHART_COLORS = { ...toneColoursIn("sheet"), target: "#595959" } as const;
