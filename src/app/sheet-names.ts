/**
 * Picks the name a generated sheet gets: the wanted name, unless a person
 * already made a sheet by that name; then "Kontroll (2)" and so on, within
 * Excel's 31 characters. The add-in never takes over a person's sheet.
 */
import type { WorkbookGrids } from "../core/cell";
import { MAX_SHEET_NAME, sheetNameKey } from "../core/plan/sheet-names";

export interface PickedName {
  name: string;
  /** True when the wanted name was taken by a sheet a person made. */
  renamed: boolean;
}

export function pickSheetName(wanted: string, grids: WorkbookGrids): PickedName {
  const byName = new Map(grids.sheets.map((s) => [sheetNameKey(s.name), s] as const));
  const name = firstFreeName(wanted, (name) => {
    const s = byName.get(sheetNameKey(name));
    return !s || s.generated === true;
  });
  return { name, renamed: name !== wanted };
}

/** `wanted`, or `wanted (2)`, `wanted (3)`… within Excel's 31 characters: the first that `free` accepts. */
export function firstFreeName(wanted: string, free: (name: string) => boolean): string {
  if (free(wanted)) return wanted;
  for (let n = 2; n < 1000; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (free(name)) return name;
  }
  throw new Error(`No free sheet name for ${wanted}`);
}
