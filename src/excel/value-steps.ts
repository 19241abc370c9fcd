/**
 * Values as 2-D arrays in row chunks that fit the request budget, each chunk
 * preceded by its "@" formats so strings Excel would reinterpret stay text (see `cell-values.ts`), and
 * the plan's number formats before them.
 */
import type { SheetPlan } from "../core/plan/sheet-plan";
import { a1Range, parseRange } from "../core/address";
import { fitCellValue } from "../core/plan/excel-limits";
import { jsonBytes, rowSpansByBytes } from "./chunk";
import { filled, textFormats, toRectangle } from "./cell-values";
import { step, type WriteStep } from "./write-step";

/** Room left in a request beside a chunk of values, so the plan's small steps can share it. */
export const RESERVED_BYTES = 64 * 1024;

/** Number formats of the plan, one filled 2-D array per range. */
export function numberFormatSteps(plan: SheetPlan): WriteStep[] {
  return plan.numberFormats.map(({ range, format }) => {
    const r = parseRange(range);
    const formats = filled(r.rows, r.cols, format);
    return step(
      formats,
      (s) => {
        s.sheet(plan.name).getRange(range).numberFormat = formats;
      },
      { ops: 2 },
    );
  });
}

/**
 * The plan's values from A1, one rectangle, in chunks of at most `budget` request bytes.
 * Every string within Excel's 32 767 characters (the plan is already; this keeps any
 * other caller's too, as Office.js refuses the whole request for one longer cell).
 */
export function valueSteps(plan: SheetPlan, budget: number): WriteStep[] {
  const { rows, cols, values } = toRectangle(plan.values);
  // toRectangle's rows are copies: cutting them leaves the plan as it is.
  for (const row of values) for (let c = 0; c < row.length; c++) row[c] = fitCellValue(row[c]!);
  if (rows === 0) return [];
  // A row costs its JSON plus, at most, its formats row (`"@"` or `null`: ≤ 5 bytes a cell).
  const rowBytes = values.map((row) => jsonBytes(row) + 1 + cols * 5 + 2);
  const spans = rowSpansByBytes(rowBytes, Math.max(budget / 2, budget - RESERVED_BYTES));
  return spans.map((span) => {
    const chunk = values.slice(span.start, span.start + span.count);
    const formats = textFormats(chunk);
    const address = a1Range(span.start, 0, span.count, cols);
    return step(
      formats ? [chunk, formats] : chunk,
      (s) => {
        const range = s.sheet(plan.name).getRange(address);
        if (formats) range.numberFormat = formats;
        range.values = chunk;
      },
      { ops: 3, values: true },
    );
  });
}
