/**
 * How the add-in recognises the sheets it wrote itself, in Excel and in files
 * alike: a workbook-scoped defined name `MLofteGen_<n>` referring to
 * `'<sheet>'!$A$1`. A name follows its sheet through renames, survives
 * co-authoring and is invisible on the grid. Only marked sheets are ever
 * replaced; both adapters write and read the marker through this file.
 */
import { quoteSheetName, sheetNameKey } from "./sheet-names";

const MARKER_PREFIX = "MLofteGen_";

const MARKER_NAME = /^MLofteGen_(\d+)$/i;
const QUOTED_REF = /^'((?:[^']|'')+)'!\$?A\$?1$/i;
const PLAIN_REF = /^([^'!]+)!\$?A\$?1$/i;

/** A defined name as a host lists it. */
export interface NameEntry {
  name: string;
  /** The reference, with or without a leading "=" ("Kontroll!$A$1", "='Rapport T2 2025'!$A$1"). */
  reference: string;
}

/** `MLofteGen_3` for the third marked sheet. */
export function markerName(n: number): string {
  return `${MARKER_PREFIX}${n}`;
}

/** `'Rapport T2 2025'!$A$1`; apostrophes in the name doubled, as Excel does. */
export function markerReference(sheet: string): string {
  return `${quoteSheetName(sheet)}!$A$1`;
}

/** The number of a marker name (names are case-insensitive in Excel), or null for any other name. */
export function markerNumber(name: string): number | null {
  const m = MARKER_NAME.exec(name.trim());
  return m ? Number(m[1]) : null;
}

/** The sheet a marker's reference points to, or null (`#REF!` after the sheet was deleted, a constant). */
export function markedSheet(reference: string): string | null {
  const ref = reference.trim().replace(/^=/, "");
  const quoted = QUOTED_REF.exec(ref);
  if (quoted) return quoted[1]!.replace(/''/g, "'");
  const plain = PLAIN_REF.exec(ref);
  if (plain && !plain[1]!.startsWith("#")) return plain[1]!;
  return null;
}

/** Marker names per marked sheet (by `sheetNameKey`), from all of a workbook's defined names. */
export function markersBySheet(names: readonly NameEntry[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const entry of names) {
    if (markerNumber(entry.name) === null) continue;
    const sheet = markedSheet(entry.reference);
    if (sheet === null) continue;
    const key = sheetNameKey(sheet);
    result.set(key, [...(result.get(key) ?? []), entry.name]);
  }
  return result;
}

/** The first marker number above every one in use (stale `#REF!` markers included). */
export function nextMarkerNumber(names: readonly NameEntry[]): number {
  let max = 0;
  for (const entry of names) max = Math.max(max, markerNumber(entry.name) ?? 0);
  return max + 1;
}
