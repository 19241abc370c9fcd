/**
 * A plan's sheet name checked against Excel's rules (`core/plan/sheet-names.ts`)
 * before a batch is sent, so a person gets a Swedish reason and what to do
 * instead of a generic InvalidArgument.
 */
import { ShownError } from "../app/shown-error";
import { sheetNameProblem } from "../core/plan/sheet-names";

/** A sheet the add-in was to write has a name Excel refuses; nothing was written. */
export class SheetNameError extends ShownError {
  constructor(problem: string) {
    super(`${problem} Inget har skrivits. Står namnet i kolumnen Flik på fliken Parter, rätta det där och försök igen.`);
  }
}

/** Throws when `name` is not a valid sheet name. */
export function assertSheetName(name: string): void {
  const problem = sheetNameProblem(name);
  if (problem) throw new SheetNameError(problem);
}
