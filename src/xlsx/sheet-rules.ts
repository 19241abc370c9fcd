/** Conditional formats and dropdown validations of a sheet plan, as excelts rules. */
import type { Worksheet } from "@cj-tech-master/excelts";
import type { ConditionalFormat, ValidationPlan } from "../core/plan/sheet-plan";
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

/** A dropdown list: inline items or a `{source}` range; `warnOnly` lets other values in after a warning. */
export function addValidation(ws: Worksheet, v: ValidationPlan): void {
  const formula = Array.isArray(v.list) ? inlineListFormula(v.list) : v.list.source.trim().replace(/^=/, "");
  ws.dataValidations.add(v.range, {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    error: v.errorMessage,
    errorStyle: v.warnOnly ? "warning" : "stop",
  });
}
