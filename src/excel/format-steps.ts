/** Cell styles, merges, column widths and row heights of a plan. */
import type { CellStyle, SheetPlan } from "../core/plan/sheet-plan";
import { columnLetter, parseRange } from "../core/address";
import { estimateBytes, packByBudget } from "./chunk";
import { RESERVED_BYTES } from "./value-steps";
import { step, type StepEnv, type WriteStep } from "./write-step";

/**
 * Excel's column width unit is characters of the default font's widest digit
 * (7 px for Calibri 11) plus 5 px of cell padding; Office.js `columnWidth` is in
 * points (0.75 pt a pixel at 96 dpi). Excel's default 8.43 characters → 64 px → 48 pt.
 */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const WEIGHT = { thin: "Thin", medium: "Medium" } as const;

type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function setBorder(format: Excel.RangeFormat, edge: BorderEdge, border: NonNullable<CellStyle["border"]>): void {
  const b = format.borders.getItem(edge);
  b.style = "Continuous";
  b.weight = WEIGHT[border.weight];
  b.color = border.color;
}

/** Queues one style on one range; features the host lacks are left out. */
function applyStyle(format: Excel.RangeFormat, range: string, style: CellStyle, env: StepEnv): void {
  const { font } = style;
  if (font) {
    if (font.bold !== undefined) format.font.bold = font.bold;
    if (font.italic !== undefined) format.font.italic = font.italic;
    if (font.size !== undefined) format.font.size = font.size;
    if (font.color !== undefined) format.font.color = font.color;
    if (font.name !== undefined) format.font.name = font.name;
  }
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.indent !== undefined && env.supports("indent")) format.indentLevel = style.indent;
  if (style.border) {
    const r = parseRange(range);
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) setBorder(format, edge, style.border);
    // Inside edges exist only when the range has more than one row / column.
    if (r.rows > 1) setBorder(format, "InsideHorizontal", style.border);
    if (r.cols > 1) setBorder(format, "InsideVertical", style.border);
  }
  if (style.bottomBorder) setBorder(format, "EdgeBottom", style.bottomBorder);
}

/** About how many proxies and property sets a style queues (a grid border: 6 edges × 4). */
function styleOps(style: CellStyle): number {
  return 3 + Object.keys(style.font ?? {}).length + Object.keys(style).length + (style.border ? 24 : 0) + (style.bottomBorder ? 4 : 0);
}

export function styleSteps(plan: SheetPlan, env: StepEnv): WriteStep[] {
  return plan.styles.map(({ range, style }) =>
    step([range, style], (s) => applyStyle(s.sheet(plan.name).getRange(range).format, range, style, env), { ops: styleOps(style) }),
  );
}

export function mergeSteps(plan: SheetPlan): WriteStep[] {
  if (plan.merges.length === 0) return [];
  return [
    step(
      plan.merges,
      (s) => {
        for (const range of plan.merges) s.sheet(plan.name).getRange(range).merge(false);
      },
      { ops: 2 * plan.merges.length },
    ),
  ];
}

/** Runs of consecutive rows with one height ("5:40" → 30 pt): a Kontroll sheet sets the height of most of its rows. */
export function heightRuns(rows: SheetPlan["rows"]): { from: number; to: number; height: number }[] {
  const runs: { from: number; to: number; height: number }[] = [];
  for (const { row, height } of [...rows].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.to === row - 1 && last.height === height) last.to = row;
    else runs.push({ from: row, to: row, height });
  }
  return runs;
}

/**
 * Column widths (runs of equal widths share one range), then row heights (runs
 * of equal heights), in as many steps as the request budget needs: 100 000
 * findings with wrapped messages are tens of thousands of heights.
 */
export function sizeSteps(plan: SheetPlan, budget: number): WriteStep[] {
  const columns: { from: number; to: number; points: number }[] = [];
  plan.columns.forEach((c, i) => {
    const points = charsToPoints(c.width);
    const last = columns[columns.length - 1];
    if (last && last.to === i - 1 && last.points === points) last.to = i;
    else columns.push({ from: i, to: i, points });
  });
  const steps: WriteStep[] = [];
  if (columns.length > 0) {
    steps.push(
      step(
        columns,
        (s) => {
          for (const run of columns)
            s.sheet(plan.name).getRange(`${columnLetter(run.from)}:${columnLetter(run.to)}`).format.columnWidth = run.points;
        },
        { ops: 3 * columns.length },
      ),
    );
  }
  const runs = heightRuns(plan.rows);
  for (const group of packByBudget(runs, (run) => estimateBytes(run, 3), Math.max(budget / 2, budget - RESERVED_BYTES))) {
    steps.push(
      step(
        group,
        (s) => {
          for (const run of group) s.sheet(plan.name).getRange(`${run.from + 1}:${run.to + 1}`).format.rowHeight = run.height;
        },
        { ops: 3 * group.length },
      ),
    );
  }
  return steps;
}
