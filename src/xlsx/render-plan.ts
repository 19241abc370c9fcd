/**
 * Renders sheet plans into a new .xlsx workbook with excelts, applying every
 * field of `SheetPlan`, and marks the add-in's own sheets with `MLofteGen_<n>`
 * defined names so both hosts can recognise them later.
 */
import { Workbook } from "@cj-tech-master/excelts";
import type { SheetPlan } from "../core/plan/sheet-plan";
import { markerName, markerReference } from "../core/plan/sheet-marker";
import { addChartAltTexts, normalisePageSetup, quoteMarkerReferences, writeColumnWidths } from "./render-fixups";
import { renderSheet, type ChartAltTexts } from "./render-sheet";
import { validatePlans } from "./validate-plan";
import { readZipParts, writeZipParts } from "./zip-parts";

/**
 * A workbook with one sheet per plan, in plan order. Throws `Error` for a plan
 * Excel would have to repair (see `validate-plan.ts`).
 */
export async function renderWorkbook(plans: SheetPlan[]): Promise<Uint8Array> {
  validatePlans(plans);
  const wb = new Workbook();
  wb.creator = "Medborgarlöfte";
  const altTexts: ChartAltTexts = new Map();
  const markers = new Map<string, string>();
  for (const plan of plans) {
    renderSheet(wb, plan, altTexts);
    if (plan.kind === "register") continue;
    const name = markerName(markers.size + 1);
    wb.definedNames.addEx({ sheetName: plan.name, address: "A1", row: 1, col: 1 }, name);
    markers.set(name, markerReference(plan.name));
  }
  const written = await wb.xlsx.writeBuffer();
  const parts = await readZipParts(new Uint8Array(written));
  addChartAltTexts(parts, altTexts);
  normalisePageSetup(parts);
  writeColumnWidths(
    parts,
    plans.map((p) => Array.from(p.columns, (c) => c?.width)),
  );
  quoteMarkerReferences(parts, markers);
  return writeZipParts(parts);
}
