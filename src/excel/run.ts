/**
 * How the port reaches Excel: `Excel.run` itself in the add-in (the entry
 * files pass it: `createExcelPort(Excel.run)`), the strict fake in tests. Two
 * of its overloads are used:
 *
 * - `run({ delayForCellEdit: true }, batch)` for every batch: while a person is
 *   typing in a cell, Excel holds the request until they leave the cell instead
 *   of failing it at once (`Excel.RunOptions.delayForCellEdit`). Hosts that do
 *   not know the option fail the batch as before, and the port retries.
 * - `run(context, batch)` to remove an event handler: Office.js requires the
 *   RequestContext it was added in (OfficeExtension.EventHandlerResult).
 */
export interface ExcelRun {
  <T>(options: Excel.RunOptions, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(context: Excel.RequestContext, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The options every batch of the port runs with. */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };
