/**
 * The port: the small interface every host (Excel via Office.js, an .xlsx file,
 * memory) implements. Use cases in `src/app/` are its only callers.
 */
import type { WorkbookGrids } from "../core/cell";
import type { SheetPlan } from "../core/plan/sheet-plan";

export interface WorkbookPort {
  /** Every sheet's used range, in tab order, from one consistent read. */
  readAll(): Promise<WorkbookGrids>;
  /** Only the named sheets (missing names are left out). */
  readSheets(names: string[]): Promise<WorkbookGrids>;
  /**
   * Writes each plan as a sheet: creates it, or replaces it when the add-in made
   * it earlier. Throws if a plan would replace a sheet a person made; use cases
   * pick free names first (see `src/app/sheet-names.ts`).
   */
  writeSheets(plans: SheetPlan[], options?: { activate?: string }): Promise<void>;
  /** Shows the sheet and selects the cell (a finding's address). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * Opens a new workbook from an .xlsx file given as base64 (the next pledge's register); the workbook this
   * port reads and writes is left as it was. Throws a ShownError when the host cannot (Excel without ExcelApi 1.8).
   */
  openNewWorkbook(base64: string): Promise<void>;
}

/** What the task pane listens to; the Excel host implements it, the preview fakes it. */
export interface WorkbookEvents {
  /** Name of the sheet the person is looking at. */
  activeSheet(): Promise<string>;
  /** Calls back when a person edits a cell on any sheet; returns an unsubscribe function. */
  onChanged(handler: (sheet: string) => void): Promise<() => Promise<void>>;
  /** Calls back when a person switches tabs; returns an unsubscribe function. */
  onActivated(handler: (sheet: string) => void): Promise<() => Promise<void>>;
}
