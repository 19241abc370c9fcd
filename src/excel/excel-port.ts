/**
 * The Excel host: the port and the pane's events over Office.js. `run` is
 * `Excel.run` in the add-in and a fake in tests, so no Office global is reached
 * from here; the entry files wire it: `createExcelPort(Excel.run)`.
 */
import type { WorkbookEvents, WorkbookPort } from "../app/port";
import type { SheetPlan } from "../core/plan/sheet-plan";
import { DEFAULT_BUDGET_BYTES } from "./chunk";
import { createExcelEvents } from "./events";
import { OwnWrites } from "./own-writes";
import { readSheetGrids, type Listing } from "./read-sheets";
import { officeCreateWorkbook, openNewWorkbook, type CreateWorkbook } from "./create-workbook";
import { featureSupport, officeIsSetSupported, type IsSetSupported } from "./requirements";
import { explainReadError, explainSelectError, explainWriteError, isStaleListing } from "./failure-messages";
import { defaultSleep, retryInCellEditMode } from "./retry";
import { RUN_OPTIONS, type ExcelRun } from "./run";
import { Session, type ExcelStats } from "./session";
import type { WriteJob } from "./write-sheets";

export type { ExcelRun } from "./run";

export interface ExcelPortOptions {
  /** Default: `Office.context.requirements.isSetSupported`. */
  isSetSupported?: IsSetSupported;
  /** Default: `Excel.createWorkbook` (tests pass a fake). */
  createWorkbook?: CreateWorkbook;
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
  /** The clock the own-write grace period is measured with (tests). */
  now?: () => number;
}

export type ExcelWorkbook = WorkbookPort & WorkbookEvents;

/** How long the listing of a read may stand in for a write's own (a use case reads, computes, then writes). */
const LISTING_MAX_AGE_MS = 60_000;

export function createExcelPort(run: ExcelRun, options: ExcelPortOptions = {}): ExcelWorkbook {
  const supports = featureSupport(options.isSetSupported ?? officeIsSetSupported);
  const retry = {
    retries: options.retries ?? 4,
    delayMs: options.retryDelayMs ?? 250,
    sleep: options.sleep ?? defaultSleep,
  };
  const writeBudget = options.writeBudgetBytes ?? DEFAULT_BUDGET_BYTES;
  const readBudget = options.readBudgetBytes ?? DEFAULT_BUDGET_BYTES;
  const own = new OwnWrites(options.now);

  const exec = <T>(operation: string, batch: (session: Session) => Promise<T>): Promise<T> =>
    retryInCellEditMode(
      () =>
        run(RUN_OPTIONS, async (ctx) => {
          const session = new Session(ctx, operation);
          try {
            return await batch(session);
          } finally {
            options.onStats?.(session.stats);
          }
        }),
      retry,
    );
  const events = createExcelEvents(
    exec,
    (result) =>
      run(result.context as Excel.RequestContext, async (ctx) => {
        result.remove();
        await ctx.sync();
      }),
    supports,
    own,
  );

  // The sheets and names the last full read listed: the write that follows it needs no round trip of its own to
  // learn them. Used once; if a co-author added, removed or renamed a sheet meanwhile, the write fails on that
  // sheet before filling any (see write-sheets.ts) and is made once more after a fresh look. Any other failure
  // (a table name taken, a protected workbook) would only fail again, so it is explained instead.
  let lastListing: { listing: Listing; at: number } | null = null;
  const takeListing = (): Listing | undefined => {
    const taken = lastListing;
    lastListing = null;
    return taken && Date.now() - taken.at <= LISTING_MAX_AGE_MS ? taken.listing : undefined;
  };
  // The write path (plans into Office.js steps) loads on the first write: the pane opens with reading only.
  // One job per attempt: a retry in cell-edit mode resumes it at the request Excel refused.
  const write = async (plans: SheetPlan[], activate: string | undefined, job: { current?: WriteJob }, listing?: Listing) => {
    const { writePlans } = await import("./write-sheets");
    return exec("writeSheets", (s) => writePlans(s, plans, { supports }, { budget: writeBudget, activate, listing }, job));
  };
  const ownSheets = (plans: SheetPlan[], activate: string | undefined): string[] => [
    ...plans.map((p) => p.name),
    ...(activate ? [activate] : []),
  ];

  return {
    readAll: async () => {
      let listed: Listing | null = null;
      try {
        // With ExcelApi 1.8 the partner tabs' validation rules come in the same round trip (read-rules.ts).
        const grids = await exec("readAll", (s) =>
          readSheetGrids(s, undefined, readBudget, (listing) => (listed = listing), supports("dataValidation")),
        );
        // Its age counts from the end of the read: a large workbook read in many chunks is not a stale listing.
        if (listed) lastListing = { listing: listed, at: Date.now() };
        return grids;
      } catch (error) {
        throw explainReadError(error);
      }
    },
    readSheets: (names) =>
      exec("readSheets", (s) => readSheetGrids(s, names, readBudget)).catch((error: unknown) => Promise.reject(explainReadError(error))),
    writeSheets: async (plans, opts) => {
      const activate = opts?.activate;
      const listing = takeListing();
      try {
        await own.around(ownSheets(plans, activate), async () => {
          if (listing) {
            const job: { current?: WriteJob } = {};
            try {
              return await write(plans, activate, job, listing);
            } catch (error) {
              // Only a write that committed nothing may start again from a fresh look at the sheets.
              if (!isStaleListing(error) || (job.current?.next ?? 0) > 0) throw error;
            }
          }
          // A fresh look at the sheets, once: whatever this attempt meets is explained, not retried.
          return await write(plans, activate, {});
        });
      } catch (error) {
        throw explainWriteError(error, plans);
      }
      if (activate) events.activatedByWrite(activate);
    },
    selectCell: (sheet, cell) =>
      exec("selectCell", async (s) => {
        const ws = s.ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await s.sync();
      }).catch((error: unknown) => Promise.reject(explainSelectError(error, sheet, cell))),
    activeSheet: events.activeSheet,
    onChanged: events.onChanged,
    onActivated: events.onActivated,
    openNewWorkbook: (base64) => openNewWorkbook(options.createWorkbook ?? officeCreateWorkbook, supports, base64, retry),
  };
}
