/**
 * A sheet a person made stands where a write would put a sheet of the add-in.
 * Use cases pick free names from their read, so this happens when someone
 * made the sheet between that read and the write. Every host throws this one
 * error, before it writes that sheet.
 */
import type { Work } from "../core/messages/errors";
import type { SheetPlan } from "../core/plan/sheet-plan";
import { ShownError } from "./shown-error";

/** What a write of `plans` is, for a message: the first plan's kind decides ("rapporten" for a report with its Kontroll). */
export function workOf(plans: readonly Pick<SheetPlan, "kind">[]): Work {
  return plans[0]?.kind ?? "register";
}

export class PersonSheetError extends ShownError {
  constructor(
    readonly sheet: string,
    readonly kind: SheetPlan["kind"],
  ) {
    super({ code: "person-sheet", params: { sheet, work: kind } });
  }
}

/** A use case asked for two sheets of one name in one write: a fault in the add-in, not in the workbook. */
export class DuplicatePlanError extends ShownError {
  constructor(readonly sheet: string) {
    super({ code: "duplicate-plan", params: { sheet } });
  }
}
