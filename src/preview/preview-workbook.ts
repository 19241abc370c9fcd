/**
 * The preview's workbook: a MemoryPort plus the events Excel would send. The
 * side panel plays the person: it switches the active sheet and types into
 * cells; selecting a cell or writing with `activate` switches sheets as Excel does.
 */
import type { WorkbookEvents, WorkbookPort } from "../app/port";
import { MemoryPort } from "../app/memory-port";
import type { Cell, Grid, WorkbookGrids } from "../core/cell";
import type { SheetPlan } from "../core/plan/sheet-plan";
import { fold } from "../core/values";

type Handler = (sheet: string) => void;

export class PreviewWorkbook implements WorkbookPort, WorkbookEvents {
  readonly memory: MemoryPort;
  private active: string;
  private readonly changed = new Set<Handler>();
  private readonly activated = new Set<Handler>();
  private readonly listeners = new Set<() => void>();
  /** Bumped on every change, so the side panel knows to draw again. */
  version = 0;

  constructor(grids: WorkbookGrids) {
    this.memory = new MemoryPort(grids);
    this.active = grids.sheets[0]?.name ?? "";
  }

  readAll(): Promise<WorkbookGrids> {
    return this.memory.readAll();
  }

  readSheets(names: string[]): Promise<WorkbookGrids> {
    return this.memory.readSheets(names);
  }

  async writeSheets(plans: SheetPlan[], options?: { activate?: string }): Promise<void> {
    await this.memory.writeSheets(plans, options);
    if (options?.activate) this.activate(options.activate);
    else this.touch();
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.memory.selectCell(sheet, cell);
    this.activate(sheet);
  }

  /** Recorded in `memory.opened`: the preview has no second workbook to show; the browser tests decode it. */
  openNewWorkbook(base64: string): Promise<void> {
    return this.memory.openNewWorkbook(base64);
  }

  async activeSheet(): Promise<string> {
    return this.active;
  }

  async onChanged(handler: Handler): Promise<() => Promise<void>> {
    this.changed.add(handler);
    return async () => void this.changed.delete(handler);
  }

  async onActivated(handler: Handler): Promise<() => Promise<void>> {
    this.activated.add(handler);
    return async () => void this.activated.delete(handler);
  }

  // ---- what the side panel does, as the person in Excel ----

  get activeName(): string {
    return this.active;
  }

  get selection(): { sheet: string; cell: string } | null {
    return this.memory.selection;
  }

  /** Shows another sheet; the pane hears it like a tab switch in Excel. */
  activate(sheet: string): void {
    const changed = fold(sheet) !== fold(this.active);
    this.active = sheet;
    this.touch();
    if (changed) for (const h of [...this.activated]) h(sheet);
  }

  /** Types a value into one cell (0-based row and column), growing the sheet as needed. */
  async editCell(sheet: string, row: number, col: number, value: Cell): Promise<void> {
    const grids = await this.memory.readSheets([sheet]);
    // The rows read are the port's (never changed in place): the edit goes into a copy.
    const values: Grid = (grids.sheets[0]?.values ?? []).map((r) => [...r]);
    while (values.length <= row) values.push([]);
    const width = Math.max(col + 1, ...values.map((r) => r.length));
    for (const r of values) while (r.length < width) r.push(null);
    values[row]![col] = value;
    this.memory.setSheet(sheet, values);
    this.touch();
    for (const h of [...this.changed]) h(sheet);
  }

  /** Sheet names in tab order. */
  async sheetNames(): Promise<string[]> {
    return (await this.memory.readAll()).sheets.map((s) => s.name);
  }

  /** Listens for anything the side panel should redraw for. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private touch(): void {
    this.version += 1;
    for (const l of [...this.listeners]) l();
  }
}

/** What a person's typing becomes in Excel: numbers stay numbers, an ISO date becomes a date serial. */
export function typedValue(text: string, serialOfIso: (iso: string) => number | null): Cell {
  const t = text.trim();
  if (t === "") return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return serialOfIso(t) ?? text;
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return text;
}
