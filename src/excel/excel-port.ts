/**
 * The Excel host: the port and the pane's events over Office.js. `run` is
 * `Excel.run` in the add-in and a fake in tests, so no Office global is reached
 * from here; the entry files wire it: `createExcelPort((batch) => Excel.run(batch))`.
 */
import type { WorkbookEvents, WorkbookPort } from "../app/port";
import { DEFAULT_BUDGET_BYTES } from "./chunk";
import { createExcelEvents } from "./events";
import { readSheetGrids } from "./read-sheets";
import { featureSupport, officeIsSetSupported, type IsSetSupported } from "./requirements";
import { defaultSleep, retryInCellEditMode } from "./retry";
import { Session, type ExcelStats } from "./session";
import { writePlans } from "./write-sheets";

export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelPortOptions {
  /** Default: `Office.context.requirements.isSetSupported`. */
  isSetSupported?: IsSetSupported;
  /** Pause between cell-edit-mode retries (tests pass a fake clock). */
  sleep?: (ms: number) => Promise<void>;
  /** Retries after the first attempt while Excel is in cell-edit mode (default 4). */
  retries?: number;
  /** First retry pause in ms, doubled each time (default 250). */
  retryDelayMs?: number;
  /** Largest estimated request of a write, in bytes (default 4 000 000; Excel on the web allows 5 MB). */
  writeBudgetBytes?: number;
  /** Budget a chunked read plans responses for (default 4 000 000 bytes). */
  readBudgetBytes?: number;
  /** Called after every batch with its round trips and chunks. */
  onStats?: (stats: ExcelStats) => void;
}

export type ExcelWorkbook = WorkbookPort & WorkbookEvents;

export function createExcelPort(run: ExcelRun, options: ExcelPortOptions = {}): ExcelWorkbook {
  const supports = featureSupport(options.isSetSupported ?? officeIsSetSupported);
  const retry = {
    retries: options.retries ?? 4,
    delayMs: options.retryDelayMs ?? 250,
    sleep: options.sleep ?? defaultSleep,
  };
  const writeBudget = options.writeBudgetBytes ?? DEFAULT_BUDGET_BYTES;
  const readBudget = options.readBudgetBytes ?? DEFAULT_BUDGET_BYTES;

  const exec = <T>(operation: string, batch: (session: Session) => Promise<T>): Promise<T> =>
    retryInCellEditMode(
      () =>
        run(async (ctx) => {
          const session = new Session(ctx, operation);
          try {
            return await batch(session);
          } finally {
            options.onStats?.(session.stats);
          }
        }),
      retry,
    );

  return {
    readAll: () => exec("readAll", (s) => readSheetGrids(s, undefined, readBudget)),
    readSheets: (names) => exec("readSheets", (s) => readSheetGrids(s, names, readBudget)),
    writeSheets: (plans, opts) =>
      exec("writeSheets", (s) => writePlans(s, plans, { supports }, { budget: writeBudget, activate: opts?.activate })),
    selectCell: (sheet, cell) =>
      exec("selectCell", async (s) => {
        const ws = s.ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await s.sync();
      }),
    ...createExcelEvents(exec, supports),
  };
}
