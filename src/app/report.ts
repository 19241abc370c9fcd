/**
 * Use cases: the tertial report, the final report and the Kontroll sheet.
 * One consistent read, one plan per sheet, one write. A sheet a person made
 * under the same name is left alone and the report gets a free name instead.
 */
import type { WorkbookGrids } from "../core/cell";
import type { Finding } from "../core/findings";
import { checkRegister, type CheckResult } from "../core/check-register";
import { serialFromDate } from "../core/date";
import { periodLabel, type TertialPeriod } from "../core/period";
import type { SheetPlan } from "../core/plan/sheet-plan";
import { SHEET_NAMES } from "../core/register/layout";
import { unreadableSettings } from "../core/register/read-pledge";
import { finalReportPlan } from "../core/report/layout/final-report-plan";
import { kontrollPlan } from "../core/report/layout/kontroll-plan";
import { finalReportModel, type FinalReportModel } from "../core/report/model/final-report-model";
import { tertialReportModel, type TertialReportModel } from "../core/report/model/tertial-report-model";
import { tertialReportPlan } from "../core/report/layout/tertial-report-plan";
import { WHOLE_PLEDGE, LOG_SHEET } from "../core/report/log/log-layout";
import { logEntryFor, reportLogPlan } from "../core/report/log/log-plan";
import { readReportLog } from "../core/report/log/read-log";
import { changeSinceLast, type ReportChange } from "../core/report/log/report-changes";
import type { Register } from "../core/register/types";
import type { ReportHead } from "../core/report/model/report-head";
import { sheetNameKey } from "../core/plan/sheet-names";
import { staleTabListPlans } from "../core/template/partner-tab-refresh";
import { defaultReportTertial } from "./default-tertial";
import type { WorkbookPort } from "./port";
import { isRegister, NotRegisterError } from "./not-register";
import { firstFreeName, pickSheetName } from "./sheet-names";
import { ShownError } from "./shown-error";

export interface ReportRequest {
  /** The tertial; default: the latest pledge tertial that has ended (`defaultReportTertial`). */
  tertial?: TertialPeriod | undefined;
  /** When the report is made (shown on it; today's date for the checks). */
  now: Date;
  /** Also write the Kontroll sheet (default true). */
  withKontroll?: boolean;
  /**
   * The sheets go to a new workbook of their own (`pledge report --out`), not into
   * the register: the plans are only returned, and as nothing in a new workbook
   * can hold their names, they keep them.
   */
  newWorkbook?: boolean;
  /** Refuse with `NotRegisterError` when the workbook has none of the register's sheets (the ribbon). */
  onlyInRegister?: boolean;
  /**
   * Asked when the period was reported before on other data (the log says so):
   * keep both (the new report gets a sheet of its own, the default) or replace the old one.
   */
  onChange?: (change: ReportChange) => Promise<"keep" | "replace">;
}

export interface ReportOutcome {
  /** The report sheet's name as written. */
  sheet: string;
  /** The name wanted, when a person's sheet had it and another was picked. */
  wantedName: string | null;
  kontrollSheet: string | null;
  /** "Kontroll", when a person's sheet had that name and the findings went to another. */
  kontrollWantedName: string | null;
  kortversion: string;
  /** The report's model: what the pane publishes from (images, page) without reading the workbook again. */
  model: TertialReportModel | FinalReportModel;
  fingerprint: string;
  check: CheckResult;
  plans: SheetPlan[];
  /** The Rapportlogg sheet the report was recorded on. */
  logSheet: string;
  /** What changed since the period's report was last made on other data, or null. */
  change: ReportChange | null;
  /** What was done about it: "keep" (both reports stay) or "replace"; null without a change. */
  changeChoice: "keep" | "replace" | null;
}

export class NoPledgeError extends ShownError {
  /** `findings`: the check's, so the text names the settings of Löfte that cannot be read and their cells. */
  constructor(findings: readonly Finding[] = []) {
    const settings = unreadableSettings(findings);
    super(settings.length > 0 ? { code: "no-pledge", params: { settings } } : { code: "no-pledge" });
  }
}

/** `wanted`, or `wanted (2)`… that no sheet at all has: the new report beside the one that was sent. */
function unusedSheetName(wanted: string, grids: WorkbookGrids): string {
  const taken = new Set(grids.sheets.map((s) => sheetNameKey(s.name)));
  return firstFreeName(wanted, (name) => !taken.has(sheetNameKey(name)));
}

/** The sheet's name as it stands, when the add-in made it; null when there is none or a person made it. */
function generatedSheetNamed(name: string, grids: WorkbookGrids): string | null {
  const sheet = name ? grids.sheets.find((s) => sheetNameKey(s.name) === sheetNameKey(name)) : undefined;
  return sheet?.generated ? sheet.name : null;
}

async function write(
  port: WorkbookPort,
  check: CheckResult & { register: Register },
  report: SheetPlan & { kortversion?: string },
  wanted: string,
  period: string,
  request: ReportRequest,
  grids: WorkbookGrids,
  head: ReportHead,
) {
  // In a new workbook of their own, no person's sheet can have the names.
  const taken = request.newWorkbook ? { sheets: [] } : grids;
  const log = readReportLog(grids);
  const draftEntry = logEntryFor(check.register, { created: request.now, sheet: wanted, period, head });
  const change = changeSinceLast(log, check.register, { period, data: draftEntry.data, tabs: () => draftEntry.tabs });
  const changeChoice = change ? (request.newWorkbook ? "keep" : ((await request.onChange?.(change)) ?? "keep")) : null;
  // Replacing writes over the report the log names (it may be "Rapport T2 2025 (2)"), while the add-in's own sheet is there.
  const replaced = changeChoice === "replace" && !request.newWorkbook ? generatedSheetNamed(change!.previous.sheet, grids) : null;
  const picked =
    changeChoice === "keep" && !request.newWorkbook
      ? { name: unusedSheetName(wanted, grids), renamed: false }
      : replaced
        ? { name: replaced, renamed: false }
        : pickSheetName(wanted, taken);
  const plan = { ...report, name: picked.name };
  const plans: SheetPlan[] = [plan];
  let kontrollSheet: string | null = null;
  let kontrollWantedName: string | null = null;
  if (request.withKontroll !== false) {
    const kontroll = pickSheetName(SHEET_NAMES.kontroll, taken);
    kontrollSheet = kontroll.name;
    if (kontroll.renamed) kontrollWantedName = SHEET_NAMES.kontroll;
    plans.push(kontrollPlan(check.findings, request.now, kontrollSheet, { links: !request.newWorkbook }));
  }
  const entry = { ...draftEntry, sheet: picked.name };
  const logPlan = reportLogPlan(log, entry, check.register, {
    newWorkbook: request.newWorkbook === true,
    name: pickSheetName(LOG_SHEET, taken).name,
  });
  plans.push(logPlan);
  // Partner tabs' dropdown lists made stale by changes to Åtgärder or Indikatorer, refreshed in the same write.
  if (!request.newWorkbook) plans.push(...staleTabListPlans(grids));
  if (!request.newWorkbook) await port.writeSheets(plans, { activate: picked.name });
  return {
    sheet: picked.name,
    wantedName: picked.renamed ? wanted : null,
    kontrollSheet,
    kontrollWantedName,
    plans,
    logSheet: logPlan.name,
    change,
    changeChoice,
  };
}

/** One read of the whole workbook; with `onlyInRegister`, nothing more when it is no register. */
async function readFor(port: WorkbookPort, request: { onlyInRegister?: boolean | undefined }) {
  const grids = await port.readAll();
  if (request.onlyInRegister && !isRegister(grids)) throw new NotRegisterError();
  return grids;
}

export async function makeTertialReport(port: WorkbookPort, request: ReportRequest): Promise<ReportOutcome> {
  const grids = await readFor(port, request);
  const today = serialFromDate(request.now);
  const check = checkRegister(grids, { today, tertial: request.tertial ?? ((p) => defaultReportTertial(p, today)) });
  const tertial = check.tertial;
  if (!tertial || !check.register.pledge) throw new NoPledgeError(check.findings);
  const context = { register: check.register, findings: check.findings, createdAt: request.now, indicatorChanges: check.indicatorChanges };
  const model = tertialReportModel(context, tertial);
  const wanted = `Rapport ${periodLabel(tertial)}`;
  const plan = tertialReportPlan(model, wanted);
  const written = await write(port, check, plan, wanted, periodLabel(tertial), request, grids, model.head);
  return { ...written, kortversion: model.kortversion, model, fingerprint: model.head.fingerprint, check };
}

export async function makeFinalReport(port: WorkbookPort, request: Omit<ReportRequest, "tertial">): Promise<ReportOutcome> {
  const grids = await readFor(port, request);
  const today = serialFromDate(request.now);
  const check = checkRegister(grids, { today });
  if (!check.register.pledge) throw new NoPledgeError(check.findings);
  const model = finalReportModel({
    register: check.register,
    findings: check.findings,
    createdAt: request.now,
    indicatorChanges: check.indicatorChanges,
  });
  const plan = finalReportPlan(model, SHEET_NAMES.slutrapport);
  const written = await write(port, check, plan, SHEET_NAMES.slutrapport, WHOLE_PLEDGE, request, grids, model.head);
  return { ...written, kortversion: model.kortversion, model, fingerprint: model.head.fingerprint, check };
}

export interface KontrollOutcome {
  sheet: string;
  /** "Kontroll", when a person's sheet had that name and another was picked. */
  wantedName: string | null;
  check: CheckResult;
}

/** Use case: write the Kontroll sheet with every finding. */
export async function writeKontroll(port: WorkbookPort, request: { now: Date; onlyInRegister?: boolean }): Promise<KontrollOutcome> {
  const grids = await readFor(port, request);
  const check = checkRegister(grids, { today: serialFromDate(request.now) });
  const picked = pickSheetName(SHEET_NAMES.kontroll, grids);
  // With it, partner tabs' dropdown lists made stale by changes to Åtgärder or Indikatorer.
  await port.writeSheets([kontrollPlan(check.findings, request.now, picked.name), ...staleTabListPlans(grids)], { activate: picked.name });
  return { sheet: picked.name, wantedName: picked.renamed ? SHEET_NAMES.kontroll : null, check };
}
