/**
 * Writing plans: learn which sheets exist and which the add-in made (one round
 * trip, or the listing of the read this write follows), then every step of
 * every plan packed into as few requests as the byte budget allows (one for
 * ordinary reports). Every sheet is created or replaced before anything is
 * written into any of them, so when a co-author took a name after the listing,
 * the request fails on that name before it has filled a sheet.
 */
import { DuplicatePlanError, PersonSheetError } from "../app/person-sheet-error";
import type { SheetPlan } from "../core/plan/sheet-plan";
import { planSteps } from "./apply-plan";
import { packByBudget } from "./chunk";
import { markerName, markersBySheet, nextMarkerNumber } from "../core/plan/sheet-marker";
import { sheetNameKey } from "../core/plan/sheet-names";
import { listSheets, type Listing } from "./read-sheets";
import { activateStep, type SheetTarget } from "./sheet-setup";
import { assertSheetName } from "./sheet-name";
import type { Session } from "./session";
import { createScope, step, type StepEnv, type WriteStep } from "./write-step";

export interface WriteOptions {
  budget: number;
  activate?: string;
  /** The workbook as the read before this write listed it; without it the write lists it first. */
  listing?: Listing;
}

const key = sheetNameKey;

function checkNames(plans: SheetPlan[]): void {
  const seen = new Set<string>();
  for (const plan of plans) {
    assertSheetName(plan.name);
    if (seen.has(key(plan.name))) throw new DuplicatePlanError(plan.name);
    seen.add(key(plan.name));
  }
}

function targets(plans: SheetPlan[], { sheets, names }: Listing): SheetTarget[] {
  const markers = markersBySheet(names);
  const taken = new Set(sheets.map((s) => key(s.name)));
  let next = nextMarkerNumber(names);
  let temp = 1;
  return plans.map((plan) => {
    const existing = sheets.find((s) => key(s.name) === key(plan.name));
    // Rows added to a sheet that stays (the Rapportlogg, whoever made it): nothing to create, replace or mark.
    if (plan.append) return { marker: null, append: true };
    const own = existing ? markers.get(key(existing.name)) : undefined;
    if (existing && !own) throw new PersonSheetError(existing.name, plan.kind);
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

/** A write planned once and run request by request; `next` is the first request not yet committed. */
export interface WriteJob {
  requests: WriteStep[][];
  next: number;
}

/** Every step of every plan, packed into requests under the byte budget. */
export function planWrite(
  plans: SheetPlan[],
  listing: Listing,
  env: StepEnv,
  options: Pick<WriteOptions, "budget" | "activate">,
): WriteJob {
  const planned = targets(plans, listing);
  const perPlan = plans.map((plan, i) => planSteps(plan, planned[i]!, env, options.budget));
  // Each plan's first step creates its sheet (see `planSteps`): all of those go first.
  const steps = [...perPlan.map((s) => s[0]!), ...perPlan.flatMap((s) => s.slice(1))];
  if (options.activate) steps.push(activation(plans, options.activate));
  return { requests: packByBudget(steps, (s) => s.bytes, options.budget), next: 0 };
}

/**
 * Sends the job's requests from `job.next` on. A request Excel refuses changes
 * nothing (cell-edit mode refuses it whole), so a retry of the same job resumes
 * at that request instead of creating the sheets a second time.
 */
export async function runWrite(session: Session, job: WriteJob): Promise<void> {
  while (job.next < job.requests.length) {
    const group = job.requests[job.next]!;
    const scope = createScope(session.ctx);
    for (const s of group) s.run(scope);
    session.stats.requestBytes.push(group.reduce((sum, s) => sum + s.bytes, 0));
    if (group.some((s) => s.values)) session.stats.chunks += 1;
    await session.sync();
    job.next += 1;
  }
}

/** Checks the names, then plans (listing the sheets first when no listing is given) and runs the write. */
export async function writePlans(
  session: Session,
  plans: SheetPlan[],
  env: StepEnv,
  options: WriteOptions,
  job?: { current?: WriteJob },
): Promise<void> {
  checkNames(plans);
  if (plans.length === 0 && !options.activate) return;
  const holder = job ?? {};
  holder.current ??= planWrite(plans, options.listing ?? (await listSheets(session)), env, options);
  await runWrite(session, holder.current);
}
