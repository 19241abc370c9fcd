/**
 * The marker that tells the add-in a sheet is its own: a workbook-scoped defined
 * name `MLofteGen_<n>` referring to `'<sheet>'!$A$1`. Shared with the Office.js
 * adapter, so both hosts recognise each other's sheets.
 */

export const MARKER_PREFIX = "MLofteGen_";

/** `MLofteGen_3` for the third marked sheet. */
export function markerName(n: number): string {
  return `${MARKER_PREFIX}${n}`;
}

/** `'Rapport T2 2025'!$A$1`; quotes in the sheet name are doubled, as Excel does. */
export function markerReference(sheetName: string): string {
  return `${quoteSheetName(sheetName)}!$A$1`;
}

/** A sheet name quoted for use in a reference: `Bob's` → `'Bob''s'`. */
export function quoteSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** True for a defined name that marks a generated sheet (names are case-insensitive in Excel). */
export function isMarkerName(name: string): boolean {
  return name.toLowerCase().startsWith(MARKER_PREFIX.toLowerCase());
}

/**
 * The sheet a reference such as `'Bob''s'!$A$1` or `Kontroll!$A$1` points at;
 * null when it names no sheet (a constant, or `#REF!` after the sheet was deleted).
 */
export function sheetOfReference(reference: string): string | null {
  const ref = reference.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!/.exec(ref);
  if (quoted) return quoted[1]!.replace(/''/g, "'");
  const bare = /^([^'!]+)!/.exec(ref);
  if (bare && !bare[1]!.startsWith("#")) return bare[1]!;
  return null;
}
