/**
 * A strict recording fake of the part of the Excel JavaScript API the add-in
 * uses. Like Office.js it queues every call until `context.sync()`, throws
 * PropertyNotLoaded on a property read before its load was synced, rejects
 * values/numberFormat arrays whose shape differs from the range, invalid or
 * duplicate sheet names, API sets above the host's version and requests or
 * responses over Excel on the web's 5 MB; and it records every write into an
 * in-memory workbook (`tests/support/memory-workbook.ts`) that tests assert on.
 *
 *   const fake = createStrictFake({ sheets: [{ name: "Parter", values: [["Part-ID"]] }] });
 *   const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported });
 */
import type { WorkbookGrids } from "../../src/core/cell";
import { memoryWorkbook, sheetByName, type MemWorkbook } from "../support/memory-workbook";
import { FakeNamedItemCollection, FakeWorksheetCollection, type EventRegistry } from "./fake/collections";
import { FakeEngine, type EngineOptions, type FakeStats } from "./fake/engine";

export { FakeRichApiError, richError, type FakeStats } from "./fake/engine";

class FakeContext {
  readonly workbook: { worksheets: FakeWorksheetCollection; names: FakeNamedItemCollection };

  constructor(private readonly engine: FakeEngine, events: EventRegistry) {
    this.workbook = {
      worksheets: new FakeWorksheetCollection(engine, this, events),
      names: new FakeNamedItemCollection(engine),
    };
  }

  sync(): Promise<void> {
    return this.engine.sync();
  }
}

export interface StrictFake {
  readonly wb: MemWorkbook;
  readonly engine: FakeEngine;
  /** Stands in for `Excel.run`. */
  run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** A host of this fake's ExcelApi version. */
  isSetSupported(name: string, version: string): boolean;
  readonly stats: FakeStats;
  readonly syncCount: number;
  readonly chunks: number;
  readonly bytesPerSync: number[];
  /** Forgets the counts so far (e.g. after seeding). */
  resetStats(): void;
  /** The next `count` syncs fail as if a person were typing in a cell (or with `code` at `location`). */
  failNextSyncs(count: number, code?: string, location?: string): void;
  /** A person edits `address` on `sheet`. */
  fireChanged(sheet: string, address?: string): Promise<void>;
  /** A person switches to `sheet`. */
  fireActivated(sheet: string): Promise<void>;
  handlerCount(): { changed: number; activated: number };
}

export function createStrictFake(grids?: WorkbookGrids, options: EngineOptions = {}): StrictFake {
  const wb = memoryWorkbook(grids);
  const engine = new FakeEngine(wb, options);
  const events: EventRegistry = { changed: new Set(), activated: new Set() };

  const fire = async (kind: keyof EventRegistry, sheet: string, args: Record<string, unknown>): Promise<void> => {
    const target = sheetByName(wb, sheet);
    if (!target) throw new Error(`No sheet ${sheet}`);
    if (kind === "activated") wb.activeSheetId = target.id;
    for (const handler of [...events[kind]]) await handler({ ...args, worksheetId: target.id });
  };

  return {
    wb,
    engine,
    async run(batch) {
      const ctx = new FakeContext(engine, events);
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (engine.pending > 0) throw new Error(`Strict fake: ${engine.pending} queued operations were never synced.`);
      return result;
    },
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
    failNextSyncs: (count, code, location) => engine.failNextSyncs(count, code, location),
    fireChanged: (sheet, address = "A1") =>
      fire("changed", sheet, { type: "WorksheetChanged", address, changeType: "RangeEdited", source: "Local" }),
    fireActivated: (sheet) => fire("activated", sheet, { type: "WorksheetActivated" }),
    handlerCount: () => ({ changed: events.changed.size, activated: events.activated.size }),
  };
}
