/**
 * Excel refuses every API call while a person is typing in a cell
 * (`InvalidOperationInCellEditMode`). Retry the whole batch a few times with
 * growing pauses, then tell the person what to do.
 */
import { ShownError } from "../app/shown-error";
import { errorCode } from "./office-error";

export const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";

/** Thrown when Excel stayed in cell-edit mode through every retry. */
export class ExcelBusyError extends ShownError {
  readonly code = "ExcelBusy";
  constructor() {
    super({ code: "excel-busy" });
  }
}

export interface RetryOptions {
  /** Retries after the first attempt (default 4: five attempts in all). */
  retries: number;
  /** First pause in ms, doubled each time (default 250 → 250, 500, 1000, 2000). */
  delayMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `attempt` again while it fails with cell-edit mode; other errors pass through. */
export async function retryInCellEditMode<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (errorCode(error) !== CELL_EDIT_MODE) throw error;
      if (i >= options.retries) throw new ExcelBusyError();
      await options.sleep(options.delayMs * 2 ** i);
    }
  }
}
