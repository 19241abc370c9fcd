/**
 * A plan's sheet name checked against Excel's rules (`core/plan/sheet-names.ts`)
 * before a batch is sent, so a person gets a reason in words and what to do
 * instead of a generic InvalidArgument.
 */
import { ShownError } from "../app/shown-error";
import { sheetNameRule, type SheetNameRule } from "../core/plan/sheet-names";

/** A sheet the add-in was to write has a name Excel refuses; nothing was written. */
export class SheetNameError extends ShownError {
  constructor(name: string, rule: SheetNameRule) {
    super({ code: "sheet-name", params: { name, rule } });
  }
}

/** Throws when `name` is not a valid sheet name. */
export function assertSheetName(name: string): void {
  const rule = sheetNameRule(name);
  if (rule) throw new SheetNameError(name, rule);
}
