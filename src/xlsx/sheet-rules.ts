/** Conditional formats and dropdown validations of a sheet plan, as excelts rules. */
import type { DataValidationWithFormulae, Worksheet } from "@cj-tech-master/excelts";
import {
  DEFAULT_ERROR_TITLE,
  validationAlert,
  type ConditionalFormat,
  type NumberBounds,
  type ValidationPlan,
} from "../core/plan/sheet-plan";
import { argb } from "./cell-style";
import { inlineListFormula } from "./validate-plan";

/**
 * Icon sets are keyed by the score in the cell: 1 worse, 2 stable, 3 better.
 * Numeric thresholds (>= 2, >= 3) rather than Excel's default percentages keep the
 * arrow right even when every cell holds the same score.
 * Text equality is a `cellIs equal "text"` rule: the form both Excel and
 * LibreOffice read (LibreOffice ignores x14 extensions; `containsText` would match substrings).
 */
export function addConditionalFormat(ws: Worksheet, cf: ConditionalFormat): void {
  if (cf.kind === "iconSet") {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "iconSet",
          iconSet: cf.iconSet,
          showValue: !cf.showIconOnly,
          cfvo: [
            { type: "num", value: 0 },
            { type: "num", value: 2 },
            { type: "num", value: 3 },
          ],
        },
      ],
    });
    return;
  }
  const fill = { argb: argb(cf.fill) };
  ws.addConditionalFormatting({
    ref: cf.range,
    rules: [
      {
        type: "cellIs",
        operator: "equal",
        formulae: [`"${cf.text.replace(/"/g, '""')}"`],
        // A dxf fill is read from bgColor by Excel and from fgColor by older LibreOffice; set both.
        style: { fill: { type: "pattern", pattern: "solid", fgColor: fill, bgColor: fill }, font: { color: { argb: argb(cf.fontColor) } } },
      },
    ],
  });
}

function operands(b: NumberBounds): { operator: "between" | "greaterThanOrEqual"; formulae: number[] } {
  return b.max === undefined ? { operator: "greaterThanOrEqual", formulae: [b.min] } : { operator: "between", formulae: [b.min, b.max] };
}

/** The rule's type, operator and formulae as excelts writes them (a date rule's bounds are ISO days, written as serials). */
function ruleOf(v: ValidationPlan): DataValidationWithFormulae {
  if ("list" in v) {
    const formula = Array.isArray(v.list) ? inlineListFormula(v.list) : v.list.source.trim().replace(/^=/, "");
    return { type: "list", formulae: [formula] };
  }
  if ("whole" in v) return { type: "whole", ...operands(v.whole) };
  if ("decimal" in v) return { type: "decimal", ...operands(v.decimal) };
  // The file stores a formula without its "=", relative to the range's top-left cell.
  if ("custom" in v) return { type: "custom", formulae: [v.custom.formula.slice(1)] };
  return { type: "date", operator: "between", formulae: [new Date(`${v.date.from}T00:00:00Z`), new Date(`${v.date.to}T00:00:00Z`)] };
}

const ERROR_STYLE = { stop: "stop", warning: "warning", information: "information" } as const;

/** A validation: its rule, the alert (`none`: no alert, the list only offers) and its input message. */
export function addValidation(ws: Worksheet, v: ValidationPlan): void {
  const alert = validationAlert(v);
  ws.dataValidations.add(v.range, {
    ...ruleOf(v),
    allowBlank: true,
    showErrorMessage: alert !== "none",
    error: v.errorMessage,
    errorTitle: v.errorTitle ?? DEFAULT_ERROR_TITLE,
    errorStyle: alert === "none" ? "information" : ERROR_STYLE[alert],
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message } : {}),
  });
}
