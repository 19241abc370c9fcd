/**
 * The data validation the add-in owns on a partner tab, read in the full read's own
 * round trip (ExcelApi 1.8; see core/template/partner-tab-rules.ts): for each owned
 * column's validated rows, `dataValidation.type` over the whole range and, of its
 * first cell only, `rule`, `errorAlert` and `prompt`. The rule of a range whose cells
 * differ is not documented, so it is never asked of more than one cell. Queued on
 * the sheets people keep other than the register's own (`Löfte`, `Parter`, …): the
 * partner tabs are known only once `Parter` is read, so the loads are queued for
 * every such sheet and kept only for a tab laid out as the template makes it.
 */
import type { ReadRule, SheetGrid } from "../core/cell";
import { SHEET_NAMES } from "../core/register/layout";
import { sheetNameKey } from "../core/plan/sheet-names";
// The tab's layout only: the pane loads this adapter before the engine.
import { isTemplateTab, ownedRuleRanges } from "../core/template/tab-layout";

interface Queued {
  range: string;
  whole: Excel.DataValidation;
  top: Excel.DataValidation;
}

/**
 * Codes with which a host could refuse the rule reads (not documented to happen: the
 * reads are ExcelApi 1.8): the read is then made once more without them, so a report
 * or the pane never fails for want of the rules.
 */
export const RULE_READ_REFUSALS: ReadonlySet<string> = new Set([
  "InvalidArgument",
  "ApiNotFound",
  "NotImplemented",
  "InvalidOperation",
  "UnsupportedOperation",
]);

const REGISTER_SHEETS = new Set(Object.values(SHEET_NAMES).map(sheetNameKey));

/** Whether a sheet may be a partner tab: one people keep that is not one of the register's own. */
export function mayBePartnerTab(name: string, generated: boolean): boolean {
  return !generated && !REGISTER_SHEETS.has(sheetNameKey(name));
}

/** Queues the reads of one sheet's owned rules (no round trip of its own). */
export function queueRuleReads(sheet: Excel.Worksheet): Queued[] {
  return ownedRuleRanges().map((range) => ({
    range,
    whole: sheet.getRange(range).dataValidation.load("type"),
    top: sheet.getRange(range.split(":")[0]!).dataValidation.load("rule,errorAlert,prompt"),
  }));
}

/** The criterion of a rule as read: the one of its kinds that is set. */
function criterionOf(rule: Excel.DataValidationRule | undefined): ReadRule["criterion"] {
  if (!rule) return undefined;
  const basic = rule.wholeNumber ?? rule.decimal ?? rule.textLength;
  const text = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
  if (basic) return { operator: basic.operator, formula1: text(basic.formula1), formula2: text(basic.formula2) };
  const when = rule.date ?? rule.time;
  if (when) return { operator: when.operator, formula1: text(when.formula1), formula2: text(when.formula2) };
  if (rule.custom) return { formula: text(rule.custom.formula) };
  if (rule.list) return { source: text(rule.list.source) };
  return undefined;
}

/** What was read of one range, as the core compares it. */
function readRule(q: Queued): ReadRule {
  const out: ReadRule = { range: q.range, type: q.whole.type };
  const criterion = criterionOf(q.top.rule);
  if (criterion) out.criterion = criterion;
  const alert = q.top.errorAlert;
  if (alert) out.alert = { show: alert.showAlert, style: alert.style, title: alert.title ?? "", message: alert.message ?? "" };
  const prompt = q.top.prompt;
  if (prompt) out.prompt = { show: prompt.showPrompt, title: prompt.title ?? "", message: prompt.message ?? "" };
  return out;
}

/** The grid with its owned rules when it is a tab laid out as the template makes it; else as it was. */
export function withRules(grid: SheetGrid, queued: Queued[] | null): SheetGrid {
  if (!queued || !isTemplateTab(grid)) return grid;
  return { ...grid, rules: queued.map(readRule) };
}
