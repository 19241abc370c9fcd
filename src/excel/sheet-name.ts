/**
 * Excel's rules for worksheet names, checked before a batch is sent so a
 * person gets a Swedish reason instead of a generic InvalidArgument.
 */

const FORBIDDEN = /[[\]:*?/\\]/;

/** Why `name` cannot be a sheet name, in Swedish, or null when it can. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return "Bladnamnet får inte vara tomt.";
  if (name.length > 31) return `Bladnamnet "${name}" är längre än 31 tecken.`;
  const bad = FORBIDDEN.exec(name);
  if (bad) return `Bladnamnet "${name}" innehåller tecknet ${bad[0]}, som Excel inte tillåter (inte [ ] : * ? / \\).`;
  if (name.startsWith("'") || name.endsWith("'")) {
    return `Bladnamnet "${name}" får inte börja eller sluta med apostrof (').`;
  }
  // Excel reserves "History" for its change-tracking sheet.
  if (name.trim().toLowerCase() === "history") return `Bladnamnet "${name}" är reserverat av Excel.`;
  return null;
}

/** Throws when `name` is not a valid sheet name (a caller's mistake, not data). */
export function assertSheetName(name: string): void {
  const problem = sheetNameProblem(name);
  if (problem) throw new Error(problem);
}

/** Sheet names compare case-insensitively in Excel. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("sv") === b.toLocaleLowerCase("sv");
}
