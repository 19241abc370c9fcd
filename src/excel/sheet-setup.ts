/**
 * Creating (or replacing) the sheet and its marker first, and the view and
 * print settings last. A generated sheet is replaced by renaming it aside,
 * adding the new one at its position and deleting the old, so the workbook
 * never runs out of sheets and the new one takes the same tab.
 */
import type { PrintSetup, SheetPlan } from "../core/plan/sheet-plan";
import { a1Range } from "../core/address";
import { markerReference } from "../core/plan/sheet-marker";
import { step, type StepEnv, type WriteStep } from "./write-step";

export interface SheetTarget {
  /** The generated sheet being replaced. */
  replace?: { name: string; position: number; tempName: string; markers: string[] };
  /** The marker name to add, or null (register sheets belong to people). */
  marker: string | null;
  /** The plan adds rows to the sheet as it stands (`SheetPlan.append`). */
  append?: boolean;
}

export function setupStep(plan: SheetPlan, target: SheetTarget, env: StepEnv): WriteStep {
  return step(
    [plan.name, target, plan.tabColor],
    (s) => {
      const { worksheets, names } = s.ctx.workbook;
      if (target.append) return s.remember(plan.name, worksheets.getItem(plan.name));
      const old = target.replace;
      if (old) worksheets.getItem(old.name).name = old.tempName;
      const sheet = worksheets.add(plan.name);
      s.remember(plan.name, sheet);
      if (old) {
        sheet.position = old.position;
        for (const marker of old.markers) names.getItem(marker).delete();
        worksheets.getItem(old.tempName).delete();
      }
      if (target.marker) names.add(target.marker, `=${markerReference(plan.name)}`);
      if (plan.tabColor && env.supports("tabColor")) sheet.tabColor = plan.tabColor;
    },
    { ops: 10 },
  );
}

function applyPrint(sheet: Excel.Worksheet, p: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  // 0 pages tall = as many as needed (Excel's "automatic").
  layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
  if (p.titleRows) {
    const [from, to = from] = p.titleRows.split(":");
    layout.setPrintTitleRows(`$${from}:$${to}`);
  }
  const footer = layout.headersFooters.defaultForAllPages;
  if (p.footer.left !== undefined) footer.leftFooter = p.footer.left;
  if (p.footer.center !== undefined) footer.centerFooter = p.footer.center;
  if (p.footer.right !== undefined) footer.rightFooter = p.footer.right;
  // The plan's margins are in inches, as in the xlsx format.
  if (p.margins) layout.setPrintMargins("Inches", { ...p.margins });
  if (p.firstPageNumber !== undefined) layout.firstPageNumber = p.firstPageNumber;
  for (const row of p.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}

/** Frozen panes, autofilter and print setup. */
export function viewSteps(plan: SheetPlan, env: StepEnv): WriteStep[] {
  const steps: WriteStep[] = [];
  const { freeze, autoFilter, print } = plan;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0) && env.supports("freezePanes")) {
    steps.push(
      step(
        freeze,
        (s) => {
          const panes = s.sheet(plan.name).freezePanes;
          if (freeze.rows > 0 && freeze.columns > 0) panes.freezeAt(a1Range(0, 0, freeze.rows, freeze.columns));
          else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
          else panes.freezeColumns(freeze.columns);
        },
        { ops: 2 },
      ),
    );
  }
  if (autoFilter && env.supports("autoFilter")) {
    steps.push(step(autoFilter, (s) => s.sheet(plan.name).autoFilter.apply(s.sheet(plan.name).getRange(autoFilter)), { ops: 3 }));
  }
  if (print && env.supports("pageLayout"))
    steps.push(step(print, (s) => applyPrint(s.sheet(plan.name), print), { ops: 14 + (print.rowBreaks?.length ?? 0) }));
  return steps;
}

/** Shows the sheet and selects its active cell. */
export function activateStep(plan: SheetPlan): WriteStep {
  return step(
    [plan.name, plan.activeCell],
    (s) => {
      const sheet = s.sheet(plan.name);
      sheet.activate();
      if (plan.activeCell) sheet.getRange(plan.activeCell).select();
    },
    { ops: 3 },
  );
}
