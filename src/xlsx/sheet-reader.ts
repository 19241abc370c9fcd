/**
 * One worksheet part as the neutral grid Office.js `range.values` would give:
 * from A1, numbers as the cell shows them (a percent format ×100, through
 * `shownNumber`), dates as serials in the 1900 system (a 1904 workbook's date
 * cells are moved), text (shared strings, inline strings with their rich text
 * runs joined, formula text results), booleans, errors as their text
 * ("#N/A"), formulas as their stored result, empty as null. A merged area's
 * value stays in its top-left cell only.
 *
 * Memory follows the cells that exist: rows are kept as they come, and the
 * grid is padded to a rectangle only where that costs little. A sheet whose
 * rectangle would be far larger than its cells (one stray character at
 * XFD20000 beside a table in A1:P1600) is given with each row as long as its own
 * last cell, which the core reads as it reads any grid (a missing cell is an
 * empty one). See docs/limits.md.
 */
import { scanA1 } from "../core/address";
import type { Cell, Grid } from "../core/cell";
import { serialFromYMD } from "../core/date";
import { shownNumber } from "../core/values";
import type { PartDamage } from "../core/messages/errors";
import type { CellStyles } from "./package-parts";
import { READ_LIMITS } from "./read-limits";
import { type XmlAttributes, type XmlHandler } from "./xml-scanner";

// Serial of 1904-01-01 in the 1900 system: a 1904-based serial plus this is a 1900-based one.
const DAYS_1904_TO_1900 = 1462;

/** Padding to a rectangle is allowed to add at most this many empty cells to a sheet. */
const PADDING_SLOTS = 1_000_000;

/** The sheet cannot be read as it stands; `readWorkbook` names the tab. */
export class SheetProblem extends Error {
  constructor(
    /** Past the slot budget at `cell` (the last of the sheet), or damaged where `damage` says. */
    readonly problem: { kind: "too-many-cells"; cell: string } | { kind: "damaged"; damage: PartDamage },
  ) {
    super(`${problem.kind}: ${problem.kind === "too-many-cells" ? problem.cell : JSON.stringify(problem.damage)}`);
    this.name = "SheetProblem";
  }
}

/** Budget of grid slots shared by every sheet of a workbook. */
export interface SlotBudget {
  left: number;
}

export interface SheetContext {
  sharedStrings: readonly string[];
  styles: CellStyles;
  date1904: boolean;
  budget: SlotBudget;
}

/** Column letters to a 0-based index; stops at the first digit. Returns −1 for no letters. */
function columnOf(ref: string): number {
  return scanA1(ref).col - 1;
}

/** The 0-based row of a reference such as "F4", or −1 when it has no row number. */
function rowOfRef(ref: string): number {
  const s = scanA1(ref);
  return s.digits > 0 && s.whole && s.row >= 1 ? s.row - 1 : -1;
}

export function cellName(row: number, col: number): string {
  let letters = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** A `t="d"` cell's ISO text as a serial with the time of day as its fraction; the text itself when it is no date. */
function isoCell(text: string): Cell {
  const m = ISO_DATE.exec(text.trim());
  const day = m ? serialFromYMD(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (day === null) return text === "" ? null : text;
  const seconds = m![4] === undefined ? 0 : Number(m![4]) * 3600 + Number(m![5]) * 60 + Number(m![6] ?? 0);
  return day + seconds / 86400;
}

/** Reads one worksheet's XML as the scanner reports it; `grid()` once the part is done. */
export class SheetReader implements XmlHandler {
  private readonly rows: (Cell[] | undefined)[] = [];
  private row = -1;
  private col = -1;
  private inSheetData = false;
  // The cell being read.
  private cellRow = -1;
  private type: string | undefined;
  private style = 0;
  private hasValue = false;
  private hasFormula = false;
  private value = "";
  private collecting = false;
  private inInline = false;
  private phonetic = 0;
  private merges: string[] = [];
  /** The first formula cell with no stored result. */
  uncachedFormula: string | null = null;

  constructor(private readonly context: SheetContext) {}

  open(name: string, a: XmlAttributes): void {
    switch (name) {
      case "c":
        if (!this.inSheetData) return;
        this.startCell(a);
        return;
      case "v":
        if (this.cellRow < 0) return;
        this.hasValue = true;
        this.value = "";
        this.collecting = true;
        return;
      case "t":
        if (this.inInline && this.phonetic === 0) this.collecting = true;
        return;
      case "is":
        if (this.cellRow < 0) return;
        this.inInline = true;
        this.hasValue = true;
        this.value = "";
        return;
      case "rPh":
        this.phonetic++;
        return;
      case "f":
        if (this.cellRow >= 0) this.hasFormula = true;
        return;
      case "row": {
        if (!this.inSheetData) return;
        const r = a.get("r");
        const n = r === undefined ? this.row + 1 : Number(r) - 1;
        if (!Number.isInteger(n) || n < 0 || n >= READ_LIMITS.rows)
          throw new SheetProblem({ kind: "damaged", damage: { kind: "row", row: r ?? "?" } });
        this.row = n;
        this.col = -1;
        return;
      }
      case "sheetData":
        this.inSheetData = true;
        return;
      case "mergeCell": {
        const ref = a.get("ref");
        if (ref !== undefined) this.merges.push(ref);
        return;
      }
    }
  }

  text(text: string): void {
    if (this.collecting) this.value += text;
  }

  close(name: string): void {
    switch (name) {
      case "v":
        this.collecting = false;
        return;
      case "t":
        this.collecting = false;
        return;
      case "is":
        this.inInline = false;
        return;
      case "rPh":
        this.phonetic--;
        return;
      case "c":
        if (this.cellRow >= 0) this.endCell();
        return;
      case "sheetData":
        this.inSheetData = false;
        return;
    }
  }

  private startCell(a: XmlAttributes): void {
    const ref = a.get("r");
    let col = this.col + 1;
    let row = this.row < 0 ? 0 : this.row;
    if (ref !== undefined) {
      // "F4": letters, then digits (this runs for every cell).
      const p = scanA1(ref);
      if (p.col === 0 || !p.whole || p.row > READ_LIMITS.rows)
        throw new SheetProblem({ kind: "damaged", damage: { kind: "cell", cell: ref } });
      col = p.col - 1;
      if (p.digits > 0) {
        if (p.row === 0) throw new SheetProblem({ kind: "damaged", damage: { kind: "cell", cell: ref } });
        row = p.row - 1;
      }
    }
    if (col >= READ_LIMITS.columns || row >= READ_LIMITS.rows)
      throw new SheetProblem({ kind: "damaged", damage: { kind: "cell", cell: ref ?? cellName(row, col) } });
    if (this.row < 0) this.row = row;
    this.col = col;
    this.cellRow = row;
    this.type = a.get("t");
    const s = a.get("s");
    this.style = s === undefined ? 0 : Number(s);
    this.hasValue = false;
    this.hasFormula = false;
    this.value = "";
  }

  private endCell(): void {
    const row = this.cellRow;
    const col = this.col;
    this.cellRow = -1;
    this.collecting = false;
    // A formula with no stored result: no <v>, or an empty one that is no text result
    // (openpyxl writes <v></v> under every formula; a formula giving "" is t="str").
    const uncached = this.hasFormula && (!this.hasValue || (this.value === "" && this.type !== "str" && this.type !== "inlineStr"));
    if (uncached) {
      if (this.uncachedFormula === null) this.uncachedFormula = cellName(row, col);
      return;
    }
    if (!this.hasValue) return;
    const value = this.cellValue(row, col);
    if (value === null) return;
    let line = this.rows[row];
    if (line === undefined) this.rows[row] = line = [];
    line[col] = value;
  }

  private cellValue(row: number, col: number): Cell {
    const text = this.value;
    switch (this.type) {
      case undefined:
      case "n": {
        if (text === "") return null;
        const v = Number(text);
        if (!Number.isFinite(v)) throw new SheetProblem({ kind: "damaged", damage: { kind: "number", cell: cellName(row, col) } });
        const { styles, date1904 } = this.context;
        if (date1904 && styles.dates[this.style] === true) return v + DAYS_1904_TO_1900;
        return shownNumber(v, styles.formats[this.style]);
      }
      case "s": {
        if (text === "") return null;
        const i = Number(text);
        const s = this.context.sharedStrings[i];
        if (s === undefined) throw new SheetProblem({ kind: "damaged", damage: { kind: "shared-string", cell: cellName(row, col) } });
        return s === "" ? null : s;
      }
      case "b":
        return text === "1" || text === "true";
      case "d":
        return isoCell(text);
      default:
        // "str" (a formula's text), "inlineStr", "e" (an error such as "#N/A").
        return text === "" ? null : text;
    }
  }

  /** The grid, trimmed to the last used row and column; throws `SheetProblem` past the slot budget. */
  grid(): Grid {
    this.blankMerged();
    const rows = this.rows;
    let height = 0;
    let width = 0;
    let ragged = 0;
    for (let r = 0; r < rows.length; r++) {
      const line = rows[r];
      if (line === undefined || line.length === 0) continue;
      height = r + 1;
      if (line.length > width) width = line.length;
      ragged += line.length;
    }
    const rectangle = height * width <= ragged + PADDING_SLOTS;
    const slots = rectangle ? height * width : ragged + height;
    const budget = this.context.budget;
    if (slots > budget.left) {
      const far = rectangle ? cellName(height - 1, width - 1) : this.farthestCell(width);
      throw new SheetProblem({ kind: "too-many-cells", cell: far });
    }
    budget.left -= slots;
    const grid: Grid = new Array<Cell[]>(height);
    for (let r = 0; r < height; r++) {
      const line = rows[r];
      const length = rectangle ? width : (line?.length ?? 0);
      if (line === undefined) {
        grid[r] = length === 0 ? [] : new Array<Cell>(length).fill(null);
        continue;
      }
      // Holes (cells with nothing, or never written) become null, and the row is padded.
      for (let c = 0; c < length; c++) if (line[c] === undefined) line[c] = null;
      grid[r] = line;
    }
    return grid;
  }

  private farthestCell(width: number): string {
    for (let r = this.rows.length - 1; r >= 0; r--) if ((this.rows[r]?.length ?? 0) === width) return cellName(r, width - 1);
    return cellName(this.rows.length - 1, width - 1);
  }

  /** As Excel shows them, only a merged area's top-left cell holds a value. */
  private blankMerged(): void {
    for (const ref of this.merges) {
      const [from, to] = ref.split(":");
      if (from === undefined || to === undefined) continue;
      const r0 = rowOfRef(from);
      const c0 = columnOf(from);
      const r1 = Math.min(rowOfRef(to), this.rows.length - 1);
      const c1 = columnOf(to);
      if (r0 < 0 || c0 < 0 || c1 < 0) continue;
      for (let r = r0; r <= r1; r++) {
        const line = this.rows[r];
        if (!line) continue;
        for (let c = c0; c <= c1 && c < line.length; c++) if (r !== r0 || c !== c0) delete line[c];
      }
      // Cells blanked at a row's end shorten it, so the trim sees them as empty.
      for (let r = r0; r <= r1; r++) {
        const line = this.rows[r];
        if (!line) continue;
        let end = line.length;
        while (end > 0 && line[end - 1] === undefined) end--;
        line.length = end;
      }
    }
  }
}
