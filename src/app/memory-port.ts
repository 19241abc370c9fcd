/**
 * The port over an in-memory workbook: the CLI (a file read into memory, the
 * written plans rendered to a new file), the browser preview and the tests.
 * It keeps the same rule as Excel: a sheet a person made is never replaced.
 */
import type { SheetGrid, WorkbookGrids } from "../core/cell";
import type { SheetPlan } from "../core/plan/sheet-plan";
import { fold } from "../core/values";
import { duplicatePlanMessage, PersonSheetError } from "./person-sheet-error";
import type { WorkbookPort } from "./port";

export class MemoryPort implements WorkbookPort {
  private sheets: SheetGrid[];
  /** Plans written, by sheet name, in the order written (the CLI renders these). */
  readonly written = new Map<string, SheetPlan>();
  selection: { sheet: string; cell: string } | null = null;
  active: string | null = null;
  reads = 0;

  constructor(grids: WorkbookGrids = { sheets: [] }) {
    this.sheets = grids.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
  }

  async readAll(): Promise<WorkbookGrids> {
    this.reads++;
    return { sheets: this.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) })) };
  }

  async readSheets(names: string[]): Promise<WorkbookGrids> {
    const wanted = new Set(names.map(fold));
    const all = await this.readAll();
    return { sheets: all.sheets.filter((s) => wanted.has(fold(s.name))) };
  }

  /** Every plan is checked before any is written, so a refused write leaves the workbook as it was (as in Excel). */
  async writeSheets(plans: SheetPlan[], options?: { activate?: string }): Promise<void> {
    const seen = new Set<string>();
    for (const plan of plans) {
      if (seen.has(fold(plan.name))) throw new Error(duplicatePlanMessage(plan.name));
      seen.add(fold(plan.name));
      const existing = this.sheets.find((s) => fold(s.name) === fold(plan.name));
      if (existing && !existing.generated) throw new PersonSheetError(existing.name, plan.kind);
    }
    for (const plan of plans) {
      const i = this.sheets.findIndex((s) => fold(s.name) === fold(plan.name));
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

  /** Replaces one sheet's values, as a person typing would (tests, preview). */
  setSheet(name: string, values: SheetGrid["values"]): void {
    const i = this.sheets.findIndex((s) => fold(s.name) === fold(name));
    if (i >= 0) this.sheets[i] = { ...this.sheets[i]!, values };
    else this.sheets.push({ name, values });
  }
}
