/**
 * Use cases: create a register in an empty workbook, and add a tab for every
 * partner on `Parter` that has none yet. Sheets people already have are never touched.
 */
import type { WorkbookGrids } from "../core/cell";
import { periodLabel } from "../core/period";
import { pledgePeriods } from "../core/pledge-calendar";
import { SHEET_NAMES } from "../core/register/layout";
import { fold } from "../core/values";
import { sheetNameRule, type SheetNameRule } from "../core/plan/sheet-names";
import { readRegister, sheetByName, type Draft } from "../core/register/read-register";
import type { Pledge } from "../core/register/types";
import { partnerReports, type PartnerReports } from "../core/template/partner-reports";
import { registerPlans, partnerTabPlan, type RegisterPlanInput } from "../core/template/register-plans";
import { unitLookupIn } from "../core/template/partner-tab-plan";
import type { WorkbookPort } from "./port";
import { ShownError } from "./shown-error";

/** Period labels for the Period dropdown: the pledge's tertials, then its years. */
function pledgePeriodLabels(pledge: Pick<Pledge, "validFrom" | "validTo"> | null): string[] {
  return pledge ? pledgePeriods(pledge).map(periodLabel) : [];
}

/** The register plans for a workbook's current content (the demo, or a register to re-format). */
export function registerInputFromGrids(grids: WorkbookGrids): RegisterPlanInput {
  const draft = readRegister(grids);
  const values = (name: string) => sheetByName(grids, name)?.values ?? [];
  const partners = draft.partners
    .map((p) => ({ name: String(p.values["Namn"] ?? p.values["Part-ID"] ?? ""), tab: p.values["Flik"], id: partId(p) }))
    .filter((p): p is { name: string; tab: string; id: string } => typeof p.tab === "string")
    .map(({ id, ...p }) => ({ ...p, reports: partnerReports(draft, id), values: values(p.tab) }));
  return {
    lofte: values(SHEET_NAMES.lofte),
    parter: values(SHEET_NAMES.parter),
    atgarder: values(SHEET_NAMES.atgarder),
    indikatorer: values(SHEET_NAMES.indikatorer),
    partners,
    periods: pledgePeriodLabels(draft.pledge),
    validity: draft.pledge,
  };
}

/** A partner row's Part-ID as read ("" when it cannot be read). */
function partId(p: Draft): string {
  const id = p.values["Part-ID"];
  return typeof id === "string" ? id : "";
}

export class NotEmptyError extends ShownError {
  constructor(sheets: string[]) {
    super({ code: "not-empty", params: { sheets } });
  }
}

/** Creates the four register sheets; refuses when any of them exists already. */
export async function createRegister(port: WorkbookPort): Promise<string[]> {
  const grids = await port.readAll();
  const plans = registerPlans();
  const taken = plans.filter((p) => sheetByName(grids, p.name)).map((p) => p.name);
  if (taken.length > 0) throw new NotEmptyError(taken);
  await port.writeSheets(plans, { activate: SHEET_NAMES.lofte });
  return plans.map((p) => p.name);
}

/**
 * The number in a new partner tab's table names (`Aktiviteter_<n>`). Excel wants
 * table names unique in the workbook and the port does not list tables, so a
 * count of sheets is not enough: after a sheet is deleted, the next tab would get
 * a number an earlier tab still holds. A number from the tab's name and the
 * workbook's sheet names meets an existing table only by a one-in-a-million chance.
 */
function tableNumber(tab: string, grids: WorkbookGrids): number {
  const text = [fold(tab), ...grids.sheets.map((s) => fold(s.name)).sort()].join("\n");
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return 100_000 + (hash % 900_000);
}

/** A Flik on `Parter` that Excel cannot name a sheet; nothing is added until it is corrected. */
export class InvalidTabNameError extends ShownError {
  constructor(readonly tabs: { partner: string; tab: string; rule: SheetNameRule }[]) {
    super({ code: "invalid-tab-names", params: { tabs } });
  }
}

/** Adds a tab for each partner listed on `Parter` whose tab does not exist yet; returns the new tabs. */
export async function addPartnerTabs(port: WorkbookPort): Promise<string[]> {
  const grids = await port.readAll();
  const draft = readRegister(grids);
  const periods = pledgePeriodLabels(draft.pledge);
  const wanted = draft.partners
    .map((p) => ({ name: String(p.values["Namn"] ?? ""), tab: p.values["Flik"], reports: partnerReports(draft, partId(p)) }))
    .filter((p): p is { name: string; tab: string; reports: PartnerReports } => typeof p.tab === "string" && !sheetByName(grids, p.tab));
  const invalid = wanted.flatMap((p) => {
    const rule = sheetNameRule(p.tab);
    return rule ? [{ partner: p.name || p.tab, tab: p.tab, rule }] : [];
  });
  if (invalid.length > 0) throw new InvalidTabNameError(invalid);
  const used = new Set<number>();
  // A percent row's 0–100 rule looks its unit up where this workbook's Indikatorer table stands.
  const unitLookup = unitLookupIn(grids);
  const plans = wanted.map((p) => {
    let n = tableNumber(p.tab, grids);
    while (used.has(n)) n++;
    used.add(n);
    return partnerTabPlan(p, n, { periods, validity: draft.pledge, unitLookup });
  });
  if (plans.length > 0) await port.writeSheets(plans, { activate: plans[0]!.name });
  return plans.map((p) => p.name);
}
