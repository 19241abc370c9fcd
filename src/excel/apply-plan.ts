/**
 * One sheet plan as an ordered list of write steps. Order matters where Excel
 * acts on what is already there: formats before values (so text stays text),
 * values before tables (headers), links before styles (styles win over the
 * hyperlink style), charts after their data.
 */
import type { SheetPlan } from "../core/plan/sheet-plan";
import { chartSteps } from "./chart-steps";
import { conditionalFormatSteps, linkSteps, tableSteps, validationSteps } from "./feature-steps";
import { mergeSteps, sizeSteps, styleSteps } from "./format-steps";
import { setupStep, viewSteps, type SheetTarget } from "./sheet-setup";
import { numberFormatSteps, valueSteps } from "./value-steps";
import type { StepEnv, WriteStep } from "./write-step";

export function planSteps(plan: SheetPlan, target: SheetTarget, env: StepEnv, budget: number): WriteStep[] {
  return [
    setupStep(plan, target, env),
    ...numberFormatSteps(plan),
    ...valueSteps(plan, budget),
    ...linkSteps(plan, env, budget),
    ...tableSteps(plan),
    ...styleSteps(plan, env),
    ...mergeSteps(plan),
    ...sizeSteps(plan, budget),
    ...conditionalFormatSteps(plan, env),
    ...validationSteps(plan, env),
    ...chartSteps(plan, env),
    ...viewSteps(plan, env),
  ];
}
