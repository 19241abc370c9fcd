/**
 * Excel's rules for sheet names, for every host: what a name may be, when two
 * names are one sheet, and how a name is quoted in a reference. Use cases check
 * names before they write (`app/register.ts`), the checks explain a `Flik`
 * that can never be a sheet, and both adapters refuse a plan that breaks them.
 */
import type { Language } from "../messages/catalogue";
import { errorMessage } from "../messages/errors";
import { fold } from "../values";

/** The longest sheet name Excel allows. */
export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[[\]:*?/\\]/;

/** Which of Excel's rules a sheet name breaks (the catalogues say it in words: "sheet-name-rule"). */
export type SheetNameRule =
  { kind: "too-long"; max: number } | { kind: "forbidden-character" } | { kind: "apostrophe" } | { kind: "empty" } | { kind: "history" };

/** The rule Excel's sheet names that `name` breaks; null when Excel could have a sheet by this name. */
export function sheetNameRule(name: string): SheetNameRule | null {
  if (name.length > MAX_SHEET_NAME) return { kind: "too-long", max: MAX_SHEET_NAME };
  if (FORBIDDEN.test(name)) return { kind: "forbidden-character" };
  if (name.startsWith("'") || name.endsWith("'")) return { kind: "apostrophe" };
  if (name.trim() === "") return { kind: "empty" };
  // Excel keeps "History" for its change tracking.
  if (fold(name) === "history") return { kind: "history" };
  return null;
}

/** Why Excel could never have a sheet by this name, in a language (Swedish by default); null when it could. */
export function sheetNameProblem(name: string, language: Language = "sv"): string | null {
  const rule = sheetNameRule(name);
  return rule ? errorMessage({ code: "sheet-name-rule", params: { name, rule } }, language) : null;
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
