/**
 * The data validation rules the add-in owns on a partner tab (every column of its
 * two tables that the template validates), kept as a tab made today would get them
 * (issue 14 item 6). A tab made by an older version keeps the
 * rules it was made with: before 11b67fe a partner whose indicators mix `Procent`
 * and other units got "≥ 0" on Värde, Kvinnor and Män, not the 0–100 rule per
 * percent row; the pledge's dates (the Datum rule, the Period list) or a partner's indicators
 * (Procent only, mixed, none) change after the tab was made; a paste or a person
 * clears a rule. The refresh that runs with every report and Kontroll
 * (`partnerTabRefresh`) renews such a column's rule.
 *
 * What can be known: the readers give, for each owned column's validated rows
 * (`ownedRuleRanges`: row 6 to row 1 005, as the template sets them), what Office.js
 * `range.dataValidation` reads (ExcelApi 1.8, in the read's own round trip): its
 * `type` over the whole range ("Inconsistent" or "MixedCriteria" when its cells
 * differ, "None" when it has none), and the rule, error alert and prompt of the
 * range's first cell. A column is renewed when any of these differs from what
 * `partnerTabPlan` writes today; a read that carries no rules (a host without
 * ExcelApi 1.8, a read in chunks, the .xlsx reader) renews nothing, as before.
 *
 * Only the rule is written (cleared and set again, over the table's rows and at
 * least the template's 1 000): no cell's value changes, and validation never judges
 * what a cell already holds, so nothing a person typed is touched or lost.
 */
import { a1Range, columnLetter } from "../address";
import type { ReadRule } from "../cell";
import { serialFromIso } from "../date";
import type { ValidationPlan } from "../plan/sheet-plan";
import { inlineList } from "../plan/excel-limits";
import { DEFAULT_ERROR_TITLE, validationAlert } from "../plan/sheet-plan";
import { OWNED_RULE_COLUMNS, ownedRuleRange, ownedRuleRanges, PARTNER_TAB } from "./tab-layout";

export { OWNED_RULE_COLUMNS, ownedRuleRange, ownedRuleRanges };

/** Office's `DataValidationType` of a plan's rule. */
function officeType(v: ValidationPlan): string {
  if ("list" in v) return "List";
  if ("whole" in v) return "WholeNumber";
  if ("decimal" in v) return "Decimal";
  if ("custom" in v) return "Custom";
  return "Date";
}

/** A string formula as Office.js gives one ("=0", "=45505") as a number; null when it is not one. */
function formulaNumber(f: string | undefined): number | null {
  if (f === undefined) return null;
  const text = f.trim().replace(/^=/, "").trim();
  if (text === "" || !/^[-+]?\d+(\.\d+)?(E[-+]?\d+)?$/i.test(text)) return null;
  return Number(text);
}

/** A date operand as read ("=45505", or an ISO day with or without a time) against the plan's ISO day, in either date system. */
function sameDay(read: string | undefined, iso: string): boolean {
  const wanted = serialFromIso(iso);
  if (wanted === null || read === undefined) return false;
  const n = formulaNumber(read);
  // 1 462 days apart: the same day in a workbook in the 1904 date system.
  if (n !== null) return n === wanted || n === wanted - 1462;
  const day = read.trim().replace(/^=/, "").replace(/^"|"$/g, "").slice(0, 10);
  return serialFromIso(day) === wanted;
}

/**
 * A formula as Excel may give it back: without "=", spaces and sheet-name quotes outside
 * text literals, letters upper case outside them (Excel keeps a text literal as typed).
 */
export function normalFormula(formula: string): string {
  let out = "";
  let quoted = false;
  for (const ch of formula.trim().replace(/^=/, "")) {
    if (ch === '"') quoted = !quoted;
    if (quoted || ch === '"') out += ch;
    else if (ch !== " " && ch !== "'") out += ch.toUpperCase();
  }
  return out;
}

/** The criterion the plan sets, compared with the first cell's as read. */
function sameCriterion(v: ValidationPlan, read: NonNullable<ReadRule["criterion"]>): boolean {
  if ("custom" in v) return read.formula !== undefined && normalFormula(read.formula) === normalFormula(v.custom.formula);
  if ("date" in v) return read.operator === "Between" && sameDay(read.formula1, v.date.from) && sameDay(read.formula2, v.date.to);
  if ("whole" in v || "decimal" in v) {
    const b = "whole" in v ? v.whole : v.decimal;
    if (b.max === undefined) return read.operator === "GreaterThanOrEqualTo" && formulaNumber(read.formula1) === b.min;
    return read.operator === "Between" && formulaNumber(read.formula1) === b.min && formulaNumber(read.formula2) === b.max;
  }
  if ("list" in v) {
    const wanted = Array.isArray(v.list) ? inlineList(v.list) : v.list.source;
    return read.source !== undefined && normalFormula(read.source) === normalFormula(wanted);
  }
  return true;
}

const STYLE = { stop: "Stop", warning: "Warning", information: "Information" } as const;

/** Whether what was read of a column's rule is what the plan sets today (type over the range, and the first cell's rule, alert and prompt). */
export function ruleIsCurrent(v: ValidationPlan, read: ReadRule): boolean {
  if (read.type !== officeType(v)) return false;
  if (read.criterion && !sameCriterion(v, read.criterion)) return false;
  if (read.alert) {
    const alert = validationAlert(v);
    if (read.alert.show !== (alert !== "none")) return false;
    if (alert !== "none") {
      if (read.alert.style !== STYLE[alert] || read.alert.message !== v.errorMessage) return false;
      if (read.alert.title !== (v.errorTitle ?? DEFAULT_ERROR_TITLE)) return false;
    }
  }
  if (read.prompt && v.prompt) {
    if (!read.prompt.show || read.prompt.title !== v.prompt.title || read.prompt.message !== v.prompt.message) return false;
  }
  return true;
}

/**
 * The rules to set again on a tab: for each owned column whose rule as read is not
 * today's (`fresh`: the validations of the tab the template makes today), today's
 * rule over `validatedRows` rows. Nothing when the read carries no rules.
 */
export function staleOwnedRules(
  rules: readonly ReadRule[] | undefined,
  fresh: readonly ValidationPlan[],
  validatedRows: number,
): ValidationPlan[] {
  if (!rules) return [];
  const out: ValidationPlan[] = [];
  for (const col of OWNED_RULE_COLUMNS) {
    const read = rules.find((r) => r.range === ownedRuleRange(col));
    const wanted = fresh.find((v) => v.range.startsWith(`${columnLetter(col)}${PARTNER_TAB.headerRow + 2}:`));
    // A column the reader did not look at is not known to be stale; one the template leaves without a rule is not the add-in's.
    if (!read || !wanted || ruleIsCurrent(wanted, read)) continue;
    out.push({ ...wanted, range: a1Range(PARTNER_TAB.headerRow + 1, col, validatedRows, 1) });
  }
  return out;
}
