/**
 * What issue 12 found hard to read on paper, checked on every demo report plan
 * (each tertial's report and the Slutrapport): rows sized for the lines they
 * hold (not three lines for one, nor one for three), and small print (the
 * creation line, the arrow legend, the notes) dark enough on its fill and at
 * 9 pt or more on paper, charts included.
 */
import { parseRange } from "../../../../src/core/address";
import { printScale } from "../../../../src/core/plan/page-breaks";
import { DEFAULT_ROW_HEIGHT, linesFor } from "../../../../src/core/plan/plan-builder";
import type { CellStyle, SheetPlan } from "../../../../src/core/plan/sheet-plan";
import { demoReportPlans } from "../demo-reports";

const plans = demoReportPlans();

/** Each cell's style as the plan's ranges stack it (a later range's fields win). */
function cellStyles(plan: SheetPlan): Map<string, CellStyle> {
  const out = new Map<string, CellStyle>();
  for (const { range, style } of plan.styles) {
    const r = parseRange(range);
    for (let row = r.row; row < r.row + r.rows; row++) {
      for (let col = r.col; col < r.col + r.cols; col++) {
        const key = `${row},${col}`;
        const was = out.get(key) ?? {};
        out.set(key, { ...was, ...style, font: { ...was.font, ...style.font } });
      }
    }
  }
  return out;
}

interface Span {
  /** Characters the text wraps in: its merge's columns, or its own. */
  width: number;
  /** Rows its text stands on: its merge's rows, or its own. */
  rows: number;
}

/** Where a cell's text wraps: within its merge (from the merge's first cell), or its own cell. */
function spansOf(plan: SheetPlan): (row: number, col: number) => Span {
  const merged = new Map<string, Span>();
  for (const m of plan.merges) {
    const r = parseRange(m);
    // In pixels as Excel lays columns side by side (7 a character and 5 of padding each), back in characters.
    let px = -5;
    for (let c = r.col; c < r.col + r.cols; c++) px += (plan.columns[c]?.width ?? 8.43) * 7 + 5;
    merged.set(`${r.row},${r.col}`, { width: px / 7, rows: r.rows });
  }
  return (row, col) => merged.get(`${row},${col}`) ?? { width: plan.columns[col]?.width ?? 8.43, rows: 1 };
}

/** Lines the tallest wrapped text needs, per first row and rows it stands on ("12+1": row 12 alone); rows without wrapped text are left out. */
function linesPerRow(plan: SheetPlan): Map<string, { row: number; rows: number; lines: number }> {
  const styles = cellStyles(plan);
  const span = spansOf(plan);
  const out = new Map<string, { row: number; rows: number; lines: number }>();
  plan.values.forEach((cells, row) => {
    cells.forEach((v, col) => {
      const style = styles.get(`${row},${col}`);
      if (typeof v !== "string" || v === "" || style?.wrap !== true) return;
      const { width, rows } = span(row, col);
      const lines = linesFor(v, width, { bold: style.font?.bold, size: style.font?.size });
      const key = `${row}+${rows}`;
      out.set(key, { row, rows, lines: Math.max(out.get(key)?.lines ?? 0, lines) });
    });
  });
  return out;
}

/** WCAG's contrast ratio of two "#RRGGBB" colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The scale Excel prints the sheet at to fit it one page wide (page-breaks.ts), rounded down to a whole percent as Excel does. */
function printedScale(plan: SheetPlan): number {
  return Math.floor(printScale(plan.columns.map((c) => c.width), plan.print!.margins!) * 100) / 100;
}

describe.each(plans.map((p) => [p.name, p.plan] as const))("%s, as printed", (_name, plan) => {
  const heights = new Map(plan.rows.map((r) => [r.row, r.height]));
  const lines = linesPerRow(plan);

  it("sizes every row of wrapped text for the lines it holds: none cut, none with a spare line", () => {
    expect(lines.size).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const { row, rows, lines: n } of lines.values()) {
      let height = 0;
      for (let r = row; r < row + rows; r++) height += heights.get(r) ?? DEFAULT_ROW_HEIGHT;
      // A line is 15 pt; a few points of air are allowed (section titles, detail lines), a whole spare line is not.
      if (height < n * DEFAULT_ROW_HEIGHT || height >= (n + 1) * DEFAULT_ROW_HEIGHT) {
        wrong.push(`row ${row + 1}: ${n} line(s) in ${height} pt: ${String(plan.values[row]!.find((v) => typeof v === "string" && v !== ""))}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("prints small text (the creation line, the arrow legend, notes) dark enough on its fill, at 9 pt or more", () => {
    const scale = printedScale(plan);
    const styles = cellStyles(plan);
    const faint: string[] = [];
    plan.values.forEach((cells, row) =>
      cells.forEach((v, col) => {
        if (typeof v !== "string" || v === "") return;
        const style = styles.get(`${row},${col}`) ?? {};
        const colour = style.font?.color ?? "#000000";
        const fill = style.fill ?? "#FFFFFF";
        const size = (style.font?.size ?? 11) * scale;
        // WCAG AA for small text; printed grey on white needs at least as much.
        if (contrast(colour, fill) < 4.5 || size < 9) faint.push(`${v.slice(0, 40)}: ${colour} on ${fill}, ${size.toFixed(1)} pt`);
      }),
    );
    expect(faint).toEqual([]);
    // The head's creation line is one of the texts so checked.
    expect(plan.values.some((r) => typeof r[0] === "string" && r[0].startsWith("Skapad "))).toBe(true);
  });

  it("keeps the status words and the charts' text readable too", () => {
    for (const f of plan.conditionalFormats) {
      if (f.kind === "textEquals") expect(contrast(f.fontColor, f.fill)).toBeGreaterThanOrEqual(4.5);
    }
    const scale = printedScale(plan);
    expect(plan.charts.length).toBeGreaterThan(0);
    for (const c of plan.charts) {
      expect((c.titleSize ?? 0) * scale).toBeGreaterThanOrEqual(9);
      expect((c.textSize ?? 0) * scale).toBeGreaterThanOrEqual(9);
    }
  });
});
