/**
 * The port over an in-memory workbook: the CLI (a file read into memory, the
 * written plans rendered to a new file), the browser preview and the tests.
 * It keeps Excel's rules: a sheet a person made is never replaced, and sheet
 * names are one sheet whatever their case (`sheetNameKey`).
 */
import type { SheetGrid, WorkbookGrids } from "../core/cell";
import type { SheetPlan } from "../core/plan/sheet-plan";
import { sheetNameKey } from "../core/plan/sheet-names";
import { DuplicatePlanError, PersonSheetError } from "./person-sheet-error";
import type { WorkbookPort } from "./port";

/** A sheet's rows with the plan's non-null cells (from A1) written over them, as Office.js does with a null in a 2-D array. */
function withAppended(sheet: SheetGrid, values: SheetPlan["values"]): SheetGrid["values"] {
  const top = sheet.top ?? 0;
  const left = sheet.left ?? 0;
  const out = sheet.values.map((r) => [...r]);
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const gr = r - top;
      const gc = c - left;
      if (gr < 0 || gc < 0) throw new Error("Appended cell above or left of the used range");
      while (out.length <= gr) out.push([]);
      const cells = out[gr]!;
      while (cells.length <= gc) cells.push(null);
      cells[gc] = v;
    }),
  );
  return out;
}

export class MemoryPort implements WorkbookPort {
  private sheets: SheetGrid[];
  /** Plans written, by sheet name, in the order written (the CLI renders these). */
  readonly written = new Map<string, SheetPlan>();
  selection: { sheet: string; cell: string } | null = null;
  active: string | null = null;
  reads = 0;
  /** The workbooks `openNewWorkbook` opened, as the base64 of their .xlsx files, in order; this workbook stays as it was. */
  readonly opened: string[] = [];

  /** The port takes the grids over: they change only through `setSheet` and `writeSheets`, which replace a sheet's rows whole. */
  constructor(grids: WorkbookGrids = { sheets: [] }) {
    this.sheets = [...grids.sheets];
  }

  /**
   * The rows as they stand, not copied: the port never changes a row in place (a write or
   * `setSheet` replaces a sheet's rows whole), so a register keeps the grids it was read from.
   * Whoever reads must not change them either.
   */
  async readAll(): Promise<WorkbookGrids> {
    this.reads++;
    return { sheets: this.sheets.map((s) => ({ ...s })) };
  }

  async readSheets(names: string[]): Promise<WorkbookGrids> {
    this.reads++;
    const wanted = new Set(names.map(sheetNameKey));
    return { sheets: this.sheets.filter((s) => wanted.has(sheetNameKey(s.name))).map((s) => ({ ...s })) };
  }

  /** Every plan is checked before any is written, so a refused write leaves the workbook as it was (as in Excel). */
  async writeSheets(plans: SheetPlan[], options?: { activate?: string }): Promise<void> {
    const seen = new Set<string>();
    for (const plan of plans) {
      if (seen.has(sheetNameKey(plan.name))) throw new DuplicatePlanError(plan.name);
      seen.add(sheetNameKey(plan.name));
      const existing = this.sheets.find((s) => sheetNameKey(s.name) === sheetNameKey(plan.name));
      if (plan.append && !existing) throw new Error(`No sheet ${plan.name} to add rows to`);
      if (existing && !existing.generated && !plan.append) throw new PersonSheetError(existing.name, plan.kind);
    }
    for (const plan of plans) {
      const i = this.sheets.findIndex((s) => sheetNameKey(s.name) === sheetNameKey(plan.name));
      if (plan.append) {
        this.sheets[i] = { ...this.sheets[i]!, values: withAppended(this.sheets[i]!, plan.values) };
        this.written.set(plan.name, plan);
        continue;
      }
      // The one copy: a plan is its builder's own and may be changed after it is written (fitted, rendered).
      const sheet: SheetGrid = { name: plan.name, values: plan.values.map((r) => [...r]), generated: plan.kind !== "register" };
      if (i >= 0) this.sheets[i] = sheet;
      else this.sheets.push(sheet);
      this.written.set(plan.name, plan);
    }
    if (options?.activate) this.active = options.activate;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selection = { sheet, cell };
    this.active = sheet;
  }

  async openNewWorkbook(base64: string): Promise<void> {
    this.opened.push(base64);
  }

  /** Replaces one sheet's values, as a person typing would (tests, preview). */
  setSheet(name: string, values: SheetGrid["values"]): void {
    const i = this.sheets.findIndex((s) => sheetNameKey(s.name) === sheetNameKey(name));
    if (i >= 0) this.sheets[i] = { ...this.sheets[i]!, values };
    else this.sheets.push({ name, values });
  }
}
