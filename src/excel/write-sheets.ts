/**
 * Writing plans: one round trip to learn which sheets exist and which the
 * add-in made, then every step of every plan packed into as few requests as
 * the byte budget allows (one for ordinary reports).
 */
import type { SheetPlan } from "../core/plan/sheet-plan";
import { planSteps } from "./apply-plan";
import { packByBudget } from "./chunk";
import { markerName, markersBySheet, nextMarkerNumber } from "./markers";
import { listSheets, type ListedSheet } from "./read-sheets";
import { activateStep, type SheetTarget } from "./sheet-setup";
import { assertSheetName } from "./sheet-name";
import type { Session } from "./session";
import { createScope, step, type StepEnv, type WriteStep } from "./write-step";

export interface WriteOptions {
  budget: number;
  activate?: string;
}

const key = (name: string): string => name.toLocaleLowerCase("sv");

function checkNames(plans: SheetPlan[]): void {
  const seen = new Set<string>();
  for (const plan of plans) {
    assertSheetName(plan.name);
    if (seen.has(key(plan.name))) throw new Error(`Bladet "${plan.name}" finns två gånger i samma skrivning.`);
    seen.add(key(plan.name));
  }
}

function targets(plans: SheetPlan[], sheets: ListedSheet[], names: Parameters<typeof markersBySheet>[0]): SheetTarget[] {
  const markers = markersBySheet(names);
  const taken = new Set(sheets.map((s) => key(s.name)));
  let next = nextMarkerNumber(names);
  let temp = 1;
  return plans.map((plan) => {
    const existing = sheets.find((s) => key(s.name) === key(plan.name));
    const own = existing ? markers.get(key(existing.name)) : undefined;
    if (existing && !own) {
      throw new Error(`Bladet "${existing.name}" har gjorts av en person och skrivs inte över. Välj ett annat namn.`);
    }
    const target: SheetTarget = { marker: null };
    if (existing && own) {
      while (taken.has(key(`MLofteGammal${temp}`))) temp++;
      const tempName = `MLofteGammal${temp++}`;
      target.replace = { name: existing.name, position: existing.position, tempName, markers: own };
    }
    if (plan.kind !== "register") target.marker = own?.[0] ?? markerName(next++);
    return target;
  });
}

function activation(plans: SheetPlan[], name: string): WriteStep {
  const plan = plans.find((p) => key(p.name) === key(name));
  if (plan) return activateStep(plan);
  return step(name, (s) => s.sheet(name).activate());
}

export async function writePlans(session: Session, plans: SheetPlan[], env: StepEnv, options: WriteOptions): Promise<void> {
  checkNames(plans);
  if (plans.length === 0 && !options.activate) return;
  const { sheets, names } = await listSheets(session);
  const planned = targets(plans, sheets, names);
  const steps = plans.flatMap((plan, i) => planSteps(plan, planned[i]!, env, options.budget));
  if (options.activate) steps.push(activation(plans, options.activate));

  for (const group of packByBudget(steps, (s) => s.bytes, options.budget)) {
    const scope = createScope(session.ctx);
    for (const s of group) s.run(scope);
    session.stats.requestBytes.push(group.reduce((sum, s) => sum + s.bytes, 0));
    if (group.some((s) => s.values)) session.stats.chunks += 1;
    await session.sync();
  }
}
