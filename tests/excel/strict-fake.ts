/**
 * A strict recording fake of the part of the Excel JavaScript API the add-in
 * uses. Like Office.js it queues every call until `context.sync()`, throws
 * PropertyNotLoaded on a property read before its load was synced, rejects
 * values/numberFormat arrays whose shape differs from the range, invalid or
 * duplicate sheet names, API sets above the host's version and requests or
 * responses over Excel on the web's 5 MB (in UTF-8 bytes); fails every batch
 * while a person edits a cell unless it runs with `delayForCellEdit`; raises
 * the events the add-in's own writes raise; and it records every write into an
 * in-memory workbook (`tests/support/memory-workbook.ts`) that tests assert on.
 *
 *   const fake = createStrictFake({ sheets: [{ name: "Parter", values: [["Part-ID"]] }] });
 *   const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported });
 */
import type { WorkbookGrids } from "../../src/core/cell";
import { memoryWorkbook, sheetByName, type MemWorkbook } from "../support/memory-workbook";
import { FakeNamedItemCollection, FakeWorksheetCollection, type EventRegistry, type Handler } from "./fake/collections";
import { FakeEngine, type EngineOptions, type FakeStats, type RaisedEvent, type SyncOptions } from "./fake/engine";
import { FakeFunctions } from "./fake/functions";

export { FakeRichApiError, richError, type FakeStats } from "./fake/engine";

class FakeContext {
  readonly workbook: { worksheets: FakeWorksheetCollection; names: FakeNamedItemCollection; functions: FakeFunctions };
  /** True while the `Excel.run` this context belongs to is going. */
  running = false;
  options: SyncOptions = { delayForCellEdit: false };

  constructor(private readonly engine: FakeEngine, events: EventRegistry) {
    this.workbook = {
      worksheets: new FakeWorksheetCollection(engine, this, events),
      names: new FakeNamedItemCollection(engine),
      functions: new FakeFunctions(engine),
    };
  }

  sync(): Promise<void> {
    if (!this.running) return Promise.reject(new TypeError("Strict fake: context.sync() after its Excel.run ended."));
    return this.engine.sync(this.options);
  }
}

type Batch<T> = (ctx: Excel.RequestContext) => Promise<T>;

export interface StrictFake {
  readonly wb: MemWorkbook;
  readonly engine: FakeEngine;
  /** Stands in for `Excel.run`: `run(batch)`, `run(options, batch)` or `run(context, batch)`. */
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: Excel.RunOptions | Excel.RequestContext, batch: Batch<T>): Promise<T>;
  /** A host of this fake's ExcelApi version. */
  isSetSupported(name: string, version: string): boolean;
  readonly stats: FakeStats;
  readonly syncCount: number;
  readonly chunks: number;
  readonly bytesPerSync: number[];
  /** Forgets the counts so far (e.g. after seeding). */
  resetStats(): void;
  /**
   * The next `count` syncs (after `skip` that succeed) fail as if a person were typing in a cell on a host that
   * ignores `delayForCellEdit` (or with `code` at `location`), running nothing.
   */
  failNextSyncs(count: number, code?: string, location?: string, skip?: number): void;
  /** A person starts typing in a cell / presses Enter. */
  startCellEdit(): void;
  endCellEdit(): void;
  /** A person edits `address` on `sheet` (a co-author when `source` is "Remote"). */
  fireChanged(sheet: string, address?: string, source?: "Local" | "Remote"): Promise<void>;
  /** A person switches to `sheet`. */
  fireActivated(sheet: string): Promise<void>;
  /** Resolves when the events the add-in's requests raised have reached the handlers. */
  settle(): Promise<void>;
  handlerCount(): { changed: number; activated: number };
}

export function createStrictFake(grids?: WorkbookGrids, options: EngineOptions = {}): StrictFake {
  const wb = memoryWorkbook(grids);
  const engine = new FakeEngine(wb, options);
  const events: EventRegistry = { changed: new Set(), activated: new Set() };

  const call = async (handlers: Set<Handler>, args: Record<string, unknown>): Promise<void> => {
    for (const handler of [...handlers]) await handler(args);
  };
  engine.deliver = (event: RaisedEvent) => call(events[event.kind], { ...event.args, worksheetId: event.sheetId });

  const fire = async (kind: keyof EventRegistry, sheet: string, args: Record<string, unknown>): Promise<void> => {
    const target = sheetByName(wb, sheet);
    if (!target) throw new Error(`No sheet ${sheet}`);
    if (kind === "activated") wb.activeSheetId = target.id;
    await call(events[kind], { ...args, worksheetId: target.id });
  };

  async function run<T>(first: Batch<T> | Excel.RunOptions | Excel.RequestContext, second?: Batch<T>): Promise<T> {
    const batch = (typeof first === "function" ? first : second) as Batch<T>;
    if (first instanceof FakeContext) {
      // Excel.run(context, batch): a later batch in an earlier run's context (removing its event handlers).
      const ctx = first;
      ctx.running = true;
      try {
        const result = await batch(ctx as unknown as Excel.RequestContext);
        if (engine.pending > 0) throw new Error(`Strict fake: ${engine.pending} queued operations were never synced.`);
        return result;
      } finally {
        ctx.running = false;
      }
    }
    const ctx = new FakeContext(engine, events);
    ctx.options = { delayForCellEdit: typeof first === "object" && (first as Excel.RunOptions).delayForCellEdit === true };
    ctx.running = true;
    try {
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (engine.pending > 0) throw new Error(`Strict fake: ${engine.pending} queued operations were never synced.`);
      return result;
    } finally {
      ctx.running = false;
    }
  }

  return {
    wb,
    engine,
    run,
    isSetSupported: engine.isSetSupported,
    get stats() {
      return engine.stats;
    },
    get syncCount() {
      return engine.stats.syncCount;
    },
    get chunks() {
      return engine.stats.chunks;
    },
    get bytesPerSync() {
      return engine.stats.bytesPerSync;
    },
    resetStats() {
      Object.assign(engine.stats, { syncCount: 0, bytesPerSync: [], responseBytesPerSync: [], chunks: 0 });
    },
    failNextSyncs: (count, code, location, skip) => engine.failNextSyncs(count, code, location, skip),
    startCellEdit: () => engine.startCellEdit(),
    endCellEdit: () => engine.endCellEdit(),
    fireChanged: (sheet, address = "A1", source = "Local") =>
      fire("changed", sheet, { type: "WorksheetChanged", address, changeType: "RangeEdited", source, triggerSource: "Unknown" }),
    fireActivated: (sheet) => fire("activated", sheet, { type: "WorksheetActivated" }),
    settle: () => engine.settle(),
    handlerCount: () => ({ changed: events.changed.size, activated: events.activated.size }),
  };
}
