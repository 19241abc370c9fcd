/** Links, conditional formats, tables and dropdowns of a plan (each skipped if the host lacks its API set). */
import {
  DEFAULT_ERROR_TITLE,
  validationAlert,
  type ConditionalFormat,
  type NumberBounds,
  type SheetPlan,
  type ValidationAlert,
  type ValidationPlan,
} from "../core/plan/sheet-plan";
import { parseA1 } from "../core/address";
import { checkValidationTexts, inlineList, MAX_LINKS_PER_SHEET } from "../core/plan/excel-limits";
import { estimateBytes, packByBudget } from "./chunk";
import { RESERVED_BYTES } from "./value-steps";
import { step, type StepEnv, type WriteStep } from "./write-step";

/** `'Sheet name'!A7`, the form `hyperlink.documentReference` takes. */
export function documentReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * The plan's cell links, in as many steps as the request budget needs: a
 * Kontroll sheet links up to 65 530 findings, and 45 000 links are more than
 * Excel on the web takes in one request. Never more than Excel allows a sheet.
 */
export function linkSteps(plan: SheetPlan, env: StepEnv, budget: number): WriteStep[] {
  if (plan.links.length === 0 || !env.supports("hyperlinks")) return [];
  const links = plan.links.slice(0, MAX_LINKS_PER_SHEET).map((link) => {
    const { row, col } = parseA1(link.cell);
    const value = plan.values[row]?.[col];
    const hyperlink: Excel.RangeHyperlink = { documentReference: documentReference(link.sheet, link.target) };
    // Without a display text Excel may show the reference; a number keeps its cell value.
    if (typeof value === "string") hyperlink.textToDisplay = value;
    return { cell: link.cell, hyperlink };
  });
  const groups = packByBudget(links, (link) => estimateBytes(link, 2), Math.max(budget / 2, budget - RESERVED_BYTES));
  return groups.map((group) =>
    step(
      group,
      (s) => {
        for (const { cell, hyperlink } of group) s.sheet(plan.name).getRange(cell).hyperlink = hyperlink;
      },
      { ops: 2 * group.length },
    ),
  );
}

/** A text literal in a formula: `="Uppnått"`. */
function textLiteral(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

function applyConditionalFormat(range: Excel.Range, f: ConditionalFormat): void {
  if (f.kind === "iconSet") {
    const cf = range.conditionalFormats.add("IconSet");
    cf.iconSet.style = f.iconSet === "3Arrows" ? "ThreeArrows" : "ThreeTrafficLights1";
    cf.iconSet.showIconOnly = f.showIconOnly;
    // Scores 1/2/3: the first criterion is implicit (everything below the second).
    cf.iconSet.criteria = [
      {} as Excel.ConditionalIconCriterion,
      { type: "Number", operator: "GreaterThanOrEqual", formula: "=2" },
      { type: "Number", operator: "GreaterThanOrEqual", formula: "=3" },
    ];
    return;
  }
  // Text comparison has no "equals" operator; a cell-value rule compares the whole text.
  const cf = range.conditionalFormats.add("CellValue");
  cf.cellValue.format.fill.color = f.fill;
  cf.cellValue.format.font.color = f.fontColor;
  cf.cellValue.rule = { formula1: textLiteral(f.text), operator: "EqualTo" };
}

export function conditionalFormatSteps(plan: SheetPlan, env: StepEnv): WriteStep[] {
  if (!env.supports("conditionalFormats")) return [];
  return plan.conditionalFormats.map((f) => step(f, (s) => applyConditionalFormat(s.sheet(plan.name).getRange(f.range), f), { ops: 6 }));
}

export function tableSteps(plan: SheetPlan): WriteStep[] {
  return plan.tables.map((t) =>
    step(
      t,
      (s) => {
        const sheet = s.sheet(plan.name);
        const table = sheet.tables.add(sheet.getRange(t.range), true);
        table.name = t.name;
        table.style = t.style;
      },
      { ops: 4 },
    ),
  );
}

/** The list source Office.js takes: comma-separated values (within Excel's limits) or a reference such as "=Parter!$A$2:$A$500". */
export function listSource(list: string[] | { source: string }): string {
  return Array.isArray(list) ? inlineList(list) : list.source;
}

function bounds(b: NumberBounds): Excel.BasicDataValidation {
  return b.max === undefined
    ? { formula1: b.min, operator: "GreaterThanOrEqualTo" }
    : { formula1: b.min, formula2: b.max, operator: "Between" };
}

/** The plan's rule as Office.js takes it (ExcelApi 1.8): one criterion per rule; a date's bounds as ISO dates; a custom rule's formula as it is. */
export function officeRule(v: ValidationPlan): Excel.DataValidationRule {
  if ("list" in v) return { list: { inCellDropDown: true, source: listSource(v.list) } };
  if ("whole" in v) return { wholeNumber: bounds(v.whole) };
  if ("decimal" in v) return { decimal: bounds(v.decimal) };
  // A formula, its relative references relative to the range's top-left cell (as in Excel's dialog).
  if ("custom" in v) return { custom: { formula: v.custom.formula } };
  return { date: { formula1: v.date.from, formula2: v.date.to, operator: "Between" } };
}

const STYLE = { stop: "Stop", warning: "Warning", information: "Information" } as const satisfies Record<
  Exclude<ValidationAlert, "none">,
  `${Excel.DataValidationAlertStyle}`
>;

/** The alert for a value the rule does not let in; `none` shows none (the dropdown only offers). */
export function officeErrorAlert(v: ValidationPlan): Excel.DataValidationErrorAlert {
  const alert = validationAlert(v);
  return {
    showAlert: alert !== "none",
    style: alert === "none" ? STYLE.information : STYLE[alert],
    title: v.errorTitle ?? DEFAULT_ERROR_TITLE,
    message: v.errorMessage,
  };
}

export function validationSteps(plan: SheetPlan, env: StepEnv): WriteStep[] {
  if (!env.supports("dataValidation")) return [];
  // Checked while the write is planned: a list Excel cannot store stops it before anything is sent.
  for (const v of plan.validations) {
    officeRule(v);
    checkValidationTexts(v);
  }
  return plan.validations.map((v) =>
    step(
      v,
      (s) => {
        const dv = s.sheet(plan.name).getRange(v.range).dataValidation;
        // On a sheet that stays (a partner tab's dropdowns refreshed), the range's old rule goes first.
        if (plan.append) dv.clear();
        dv.rule = officeRule(v);
        dv.errorAlert = officeErrorAlert(v);
        if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
      },
      { ops: (v.prompt ? 4 : 3) + (plan.append ? 1 : 0) },
    ),
  );
}
