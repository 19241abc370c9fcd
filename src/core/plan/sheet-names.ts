/**
 * Excel's rules for sheet names, for every host: what a name may be, when two
 * names are one sheet, and how a name is quoted in a reference. Use cases check
 * names before they write (`app/register.ts`), the checks explain a `Flik`
 * that can never be a sheet, and both adapters refuse a plan that breaks them.
 */
import { fold } from "../values";

/** The longest sheet name Excel allows. */
export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[[\]:*?/\\]/;

/** Why Excel could never have a sheet by this name, in Swedish; null when it could. */
export function sheetNameProblem(name: string): string | null {
  if (name.length > MAX_SHEET_NAME) return `Ett fliknamn får vara högst ${MAX_SHEET_NAME} tecken; "${name}" har ${name.length}.`;
  if (FORBIDDEN.test(name)) return "Ett fliknamn får inte innehålla något av tecknen [ ] : * ? / \\.";
  if (name.startsWith("'") || name.endsWith("'")) return "Ett fliknamn får inte börja eller sluta med apostrof.";
  if (name.trim() === "") return "Ett fliknamn får inte vara tomt.";
  // Excel keeps "History" for its change tracking.
  if (fold(name) === "history") return "Excel använder namnet History själv och tillåter det inte som fliknamn.";
  return null;
}

/**
 * The key under which Excel holds a sheet name: case aside, every character
 * as typed (Excel keeps "Kontroll" and "Kontroll " apart). The hosts and the
 * marker compare by it; finding a register sheet a person named compares by
 * the looser comparison key (`fold`, `sheetByName`).
 */
export function sheetNameKey(name: string): string {
  return name.toLowerCase();
}

/** A sheet name quoted for a reference: `Bob's` → `'Bob''s'`. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
