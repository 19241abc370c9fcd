/**
 * What the task pane listens to. Office.js reports a worksheet id; names are
 * looked up in a map of ids kept by this object and reloaded on a miss and on
 * every tab switch (so a renamed sheet is known by its new name soon after).
 *
 * Events the add-in caused itself are left out (see `own-writes.ts`): a change
 * Excel marks as made by this add-in (`triggerSource`, ExcelApi 1.14), or a
 * local change of a sheet the add-in is writing; an activation of a sheet it is
 * writing. A change made by a co-author (`source` "Remote") is always passed on:
 * it is a person's edit even while the add-in writes the same sheet here.
 */
import type { WorkbookEvents } from "../app/port";
import type { OwnWrites } from "./own-writes";
import type { Feature } from "./requirements";
import type { Session } from "./session";

export type Exec = <T>(operation: string, batch: (session: Session) => Promise<T>) => Promise<T>;

/** Removes an event handler inside `Excel.run(result.context, …)`, the context it was added in. */
export type RemoveHandler = (result: OfficeExtension.EventHandlerResult<unknown>) => Promise<void>;

export interface ExcelEvents extends WorkbookEvents {
  /** Tells the activation handlers which sheet a write of the add-in left active. */
  activatedByWrite(sheet: string): void;
}

export function createExcelEvents(
  exec: Exec,
  removeHandler: RemoveHandler,
  supports: (feature: Feature) => boolean,
  own: OwnWrites,
): ExcelEvents {
  const names = new Map<string, string>();
  const activationHandlers = new Set<(sheet: string) => void>();

  const remember = (items: Excel.Worksheet[]): void => {
    names.clear();
    for (const sheet of items) names.set(sheet.id, sheet.name);
  };
  const reload = (): Promise<void> =>
    exec("sheetIds", async (s) => {
      const sheets = s.ctx.workbook.worksheets.load("items/id,items/name");
      await s.sync();
      remember(sheets.items);
    });
  const nameOf = async (id: string, fresh: boolean): Promise<string | undefined> => {
    if (fresh || !names.has(id)) await reload();
    return names.get(id);
  };
  const byThisAddin = (args: Excel.WorksheetChangedEventArgs): boolean =>
    supports("eventTriggerSource") ? args.triggerSource === "ThisLocalAddin" : false;

  return {
    activeSheet: () =>
      exec("activeSheet", async (s) => {
        const sheet = s.ctx.workbook.worksheets.getActiveWorksheet().load("name");
        await s.sync();
        return sheet.name;
      }),

    async onChanged(handler) {
      if (!supports("changedEvents")) return async () => {};
      return exec("onChanged", async (s) => {
        const sheets = s.ctx.workbook.worksheets.load("items/id,items/name");
        const result = sheets.onChanged.add(async (args) => {
          if (byThisAddin(args)) return;
          const name = await nameOf(args.worksheetId, false);
          if (name === undefined) return;
          if (args.source !== "Remote" && own.touches(name)) return;
          handler(name);
        });
        await s.sync();
        remember(sheets.items);
        return () => removeHandler(result as OfficeExtension.EventHandlerResult<unknown>);
      });
    },

    async onActivated(handler) {
      if (!supports("activatedEvents")) return async () => {};
      return exec("onActivated", async (s) => {
        const sheets = s.ctx.workbook.worksheets.load("items/id,items/name");
        const result = sheets.onActivated.add(async (args) => {
          const name = await nameOf(args.worksheetId, true);
          if (name !== undefined && !own.touches(name)) handler(name);
        });
        await s.sync();
        remember(sheets.items);
        activationHandlers.add(handler);
        return async () => {
          activationHandlers.delete(handler);
          await removeHandler(result as OfficeExtension.EventHandlerResult<unknown>);
        };
      });
    },

    activatedByWrite(sheet) {
      for (const handler of [...activationHandlers]) handler(sheet);
    },
  };
}
