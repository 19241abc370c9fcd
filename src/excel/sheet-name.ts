/**
 * Excel's rules for worksheet names, checked before a batch is sent so a
 * person gets a Swedish reason and what to do instead of a generic InvalidArgument.
 */
import { ShownError } from "../app/shown-error";

const FORBIDDEN = /[[\]:*?/\\]/;

/** Why `name` cannot be a sheet name, in Swedish, or null when it can. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return "Excel tillåter ingen flik utan namn.";
  if (name.length > 31) return `Fliknamnet "${name}" har ${name.length} tecken; Excel tillåter högst 31.`;
  const bad = FORBIDDEN.exec(name);
  if (bad) return `Fliknamnet "${name}" innehåller tecknet ${bad[0]}, som Excel inte tillåter i fliknamn (inte [ ] : * ? / \\).`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `Fliknamnet "${name}" börjar eller slutar med apostrof ('), vilket Excel inte tillåter.`;
  // Excel reserves "History" for its change-tracking sheet.
  if (name.trim().toLowerCase() === "history") return `Fliknamnet "${name}" är reserverat: Excel använder det själv.`;
  return null;
}

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

/** Sheet names compare case-insensitively in Excel. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("sv") === b.toLocaleLowerCase("sv");
}
