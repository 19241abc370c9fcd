/**
 * How the add-in recognises sheets it wrote itself: a workbook-scoped name
 * `MLofteGen_<n>` referring to `='<sheet name>'!$A$1`. A name follows its sheet
 * through renames, survives co-authoring and is invisible on the grid. The xlsx
 * adapter writes and reads the same convention (pure functions, no Office here).
 */

export const MARKER_PREFIX = "MLofteGen_";

const MARKER_NAME = /^MLofteGen_(\d+)$/i;
const QUOTED_REF = /^'((?:[^']|'')+)'!\$?A\$?1$/i;
const PLAIN_REF = /^([^'!]+)!\$?A\$?1$/i;

/** A workbook name as Office.js lists it (`NamedItem.name`, `.value` or `.formula`). */
export interface NameEntry {
  name: string;
  /** The reference, with or without a leading "=" ("Kontroll!$A$1", "='Rapport T2 2025'!$A$1"). */
  reference: string;
}

/** `MLofteGen_<n>`. */
export function markerName(n: number): string {
  return `${MARKER_PREFIX}${n}`;
}

/** `='<sheet>'!$A$1`, with apostrophes in the name doubled. */
export function markerReference(sheet: string): string {
  return `='${sheet.replace(/'/g, "''")}'!$A$1`;
}

/** The number of a marker name, or null for any other name. */
export function markerNumber(name: string): number | null {
  const m = MARKER_NAME.exec(name.trim());
  return m ? Number(m[1]) : null;
}

/** The sheet a marker reference points to, or null (e.g. `#REF!` after a deletion). */
export function markedSheet(reference: string): string | null {
  const ref = reference.trim().replace(/^=/, "");
  const quoted = QUOTED_REF.exec(ref);
  if (quoted) return quoted[1]!.replace(/''/g, "'");
  const plain = PLAIN_REF.exec(ref);
  if (plain && !plain[1]!.startsWith("#")) return plain[1]!;
  return null;
}

/** Marker names per sheet (lower-cased sheet name → marker names), from all workbook names. */
export function markersBySheet(names: NameEntry[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const entry of names) {
    if (markerNumber(entry.name) === null) continue;
    const sheet = markedSheet(entry.reference);
    if (sheet === null) continue;
    const key = sheet.toLocaleLowerCase("sv");
    result.set(key, [...(result.get(key) ?? []), entry.name]);
  }
  return result;
}

/** The first marker number above every one in use (stale `#REF!` markers included). */
export function nextMarkerNumber(names: NameEntry[]): number {
  let max = 0;
  for (const entry of names) max = Math.max(max, markerNumber(entry.name) ?? 0);
  return max + 1;
}
