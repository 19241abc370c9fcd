/**
 * What every sheet plan the report writes must satisfy, whatever its data:
 * one rectangle of values, every range inside it, merges apart, no text of
 * ours that Excel could take for a formula.
 */
import { parseA1, parseRange } from "../../../src/core/address";
import type { SheetPlan } from "../../../src/core/plan/sheet-plan";

type Rect = ReturnType<typeof parseRange>;

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** Every A1 range the plan refers to on its own sheet. */
export function rangesOf(plan: SheetPlan): string[] {
  return [
    ...plan.styles.map((s) => s.range),
    ...plan.numberFormats.map((f) => f.range),
    ...plan.merges,
    ...plan.conditionalFormats.map((c) => c.range),
    ...plan.links.map((l) => l.cell),
    ...plan.charts.flatMap((c) => [c.categories, c.from, c.to, ...c.series.map((s) => s.values)]),
    ...(plan.autoFilter ? [plan.autoFilter] : []),
    ...(plan.activeCell ? [plan.activeCell] : []),
  ];
}

export function planProblems(plan: SheetPlan, registerTexts: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  const rows = plan.values.length;
  const cols = plan.values[0]?.length ?? 0;
  plan.values.forEach((r, i) => {
    if (r.length !== cols) problems.push(`row ${i} has ${r.length} cells, not ${cols}`);
    r.forEach((v, j) => {
      if (typeof v === "string" && v.startsWith("=") && !registerTexts.has(v)) problems.push(`cell ${i},${j} starts with "=": ${v}`);
      if (typeof v === "number" && !Number.isFinite(v)) problems.push(`cell ${i},${j} is ${v}`);
      if (typeof v === "string" && /undefined|NaN|null/.test(v)) problems.push(`cell ${i},${j} reads "${v}"`);
    });
  });
  for (const range of rangesOf(plan)) {
    const r = parseRange(range);
    if (r.row + r.rows > rows || r.col + r.cols > cols) problems.push(`range ${range} lies outside ${rows}×${cols}`);
  }
  const merges = plan.merges.map(parseRange);
  merges.forEach((a, i) =>
    merges.slice(i + 1).forEach((b, k) => {
      if (overlaps(a, b)) problems.push(`merges ${plan.merges[i]} and ${plan.merges[i + k + 1]} overlap`);
    }),
  );
  for (const h of plan.rows) if (h.row >= rows) problems.push(`row height for row ${h.row} outside the sheet`);
  for (const b of plan.print?.rowBreaks ?? []) if (b <= 0 || b >= rows) problems.push(`row break ${b} outside the sheet`);
  if (plan.columns.length > 0 && plan.columns.length < cols) {
    // Columns beyond the layout are fine only when nothing is written there.
    plan.values.forEach((r, i) =>
      r.slice(plan.columns.length).forEach((v) => v !== null && problems.push(`row ${i} writes beyond the set widths`)),
    );
  }
  for (const l of plan.links) parseA1(l.target);
  return problems;
}
