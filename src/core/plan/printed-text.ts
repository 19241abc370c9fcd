/**
 * What a report prints never carries a personal identity number, a phone
 * number or an e-mail address: names and titles come from the register as
 * people typed them, so every text of a report's plan (cells, the chart's
 * title, series names and alt text, the print footer) has such data replaced
 * by `[personuppgift]`. A number whose digits read as one (a personnummer
 * typed as a count) is shown as the marker too. The register is never changed;
 * the `personal-data` finding on the source cell tells the safety unit where
 * to remove it.
 */
import type { Cell } from "../cell";
import { findPersonalData, PERSONAL_DATA_MARKER, redactPersonalData } from "../personal-data";
import type { SheetPlan } from "./sheet-plan";

/** A cell as a report may print it. */
function printableCell(value: Cell): Cell {
  if (typeof value === "string") return redactPersonalData(value);
  if (typeof value === "number" && findPersonalData(String(value)).length > 0) return PERSONAL_DATA_MARKER;
  return value;
}

/** The plan with no personal data in what it prints (changed in place: plans are their builder's own). */
export function withoutPersonalData(plan: SheetPlan): SheetPlan {
  // Report texts repeat (status words, names in every tertial's table): each is looked at once.
  const seen = new Map<Cell, Cell>();
  const printable = (v: Cell): Cell => {
    if (v === null || typeof v === "boolean") return v;
    let out = seen.get(v);
    if (out === undefined) {
      out = printableCell(v);
      seen.set(v, out);
    }
    return out;
  };
  for (const row of plan.values) for (let c = 0; c < row.length; c++) row[c] = printable(row[c]!);
  const text = (s: string) => printable(s) as string;
  for (const chart of plan.charts) {
    chart.title = text(chart.title);
    chart.altText = text(chart.altText);
    if (chart.yAxisTitle !== undefined) chart.yAxisTitle = text(chart.yAxisTitle);
    for (const s of chart.series) s.name = text(s.name);
  }
  if (plan.print) {
    const { footer } = plan.print;
    for (const k of ["left", "center", "right"] as const) if (footer[k] !== undefined) footer[k] = text(footer[k]!);
  }
  for (const cf of plan.conditionalFormats) if (cf.kind === "textEquals") cf.text = text(cf.text);
  return plan;
}
