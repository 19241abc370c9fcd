/**
 * One SheetJS worksheet as the neutral grid Office.js `range.values` would give:
 * from A1, numbers, text, booleans, cached formula results, errors as their text,
 * empty as null, trailing empty rows and columns trimmed, ragged rows padded.
 */
import type { CellObject, WorkSheet } from "@e965/xlsx";
import { SSF } from "@e965/xlsx";
import type { Cell, Grid } from "../core/cell";
import { shownNumber } from "../core/values";

// SheetJS keeps an error cell's value as Excel's BIFF error code.
const ERROR_TEXTS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

// Serial of 1904-01-01 in the 1900 system: a 1904-based serial plus this is a 1900-based one.
const DAYS_1904_TO_1900 = 1462;

/** The value of one SheetJS cell as Office.js would give it. */
export function cellValue(cell: CellObject | undefined, date1904: boolean): Cell {
  if (!cell) return null;
  switch (cell.t) {
    case "n": {
      const v = cell.v;
      if (typeof v !== "number" || !Number.isFinite(v)) return null;
      if (date1904 && typeof cell.z === "string" && SSF.is_date(cell.z)) return v + DAYS_1904_TO_1900;
      // As the cell shows it: 0.415 in 0.0% is 41.5.
      return shownNumber(v, typeof cell.z === "string" ? cell.z : null);
    }
    case "s":
    case "d": {
      // "d" only when a writer stored an ISO date and SheetJS kept it as text.
      const text = typeof cell.v === "string" ? cell.v : (cell.w ?? "");
      return text === "" ? null : text;
    }
    case "b":
      return cell.v === true;
    case "e": {
      const code = typeof cell.v === "number" ? cell.v : -1;
      return ERROR_TEXTS[code] ?? (cell.w?.startsWith("#") ? cell.w : "#N/A");
    }
    default:
      return null; // "z": a stub with no value
  }
}

/** The sheet's values from A1 as a trimmed rectangle. */
export function sheetGrid(sheet: WorkSheet, date1904: boolean): Grid {
  const dense = sheet["!data"] ?? [];
  const rows: Cell[][] = dense.map((row) => (row ?? []).map((cell) => cellValue(cell ?? undefined, date1904)));
  blankMergedCells(rows, sheet["!merges"] ?? []);
  return trimToRectangle(rows);
}

/** As Excel shows them, only a merged area's top-left cell holds a value. */
function blankMergedCells(rows: Cell[][], merges: { s: { r: number; c: number }; e: { r: number; c: number } }[]): void {
  for (const m of merges) {
    for (let r = m.s.r; r <= m.e.r; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = m.s.c; c <= m.e.c; c++) {
        if ((r !== m.s.r || c !== m.s.c) && c < row.length) row[c] = null;
      }
    }
  }
}

/** Drops trailing empty rows and columns and pads every row with null to the same width. */
export function trimToRectangle(rows: Cell[][]): Grid {
  let height = 0;
  let width = 0;
  rows.forEach((row, r) => {
    for (let c = row.length - 1; c >= 0; c--) {
      if (row[c] !== null && row[c] !== undefined) {
        height = r + 1;
        width = Math.max(width, c + 1);
        break;
      }
    }
  });
  const grid: Grid = [];
  for (let r = 0; r < height; r++) {
    const row = rows[r] ?? [];
    const out: Cell[] = new Array<Cell>(width).fill(null);
    for (let c = 0; c < width && c < row.length; c++) out[c] = row[c] ?? null;
    grid.push(out);
  }
  return grid;
}
