/**
 * What the task pane listens to. Office.js reports a worksheet id; names are
 * looked up in a map of ids kept by this object and reloaded on a miss and on
 * every tab switch (so a renamed sheet is known by its new name soon after).
 */
import type { WorkbookEvents } from "../app/port";
import type { Feature } from "./requirements";
import type { Session } from "./session";

export type Exec = <T>(operation: string, batch: (session: Session) => Promise<T>) => Promise<T>;

/** Removes a handler in the context it was added in, as Office.js requires. */
async function remove(result: OfficeExtension.EventHandlerResult<unknown>): Promise<void> {
  result.remove();
  await result.context.sync();
}

export function createExcelEvents(exec: Exec, supports: (feature: Feature) => boolean): WorkbookEvents {
  const names = new Map<string, string>();

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
          const name = await nameOf(args.worksheetId, false);
          if (name !== undefined) handler(name);
        });
        await s.sync();
        remember(sheets.items);
        return () => remove(result as OfficeExtension.EventHandlerResult<unknown>);
      });
    },

    async onActivated(handler) {
      if (!supports("activatedEvents")) return async () => {};
      return exec("onActivated", async (s) => {
        const sheets = s.ctx.workbook.worksheets.load("items/id,items/name");
        const result = sheets.onActivated.add(async (args) => {
          const name = await nameOf(args.worksheetId, true);
          if (name !== undefined) handler(name);
        });
        await s.sync();
        remember(sheets.items);
        return () => remove(result as OfficeExtension.EventHandlerResult<unknown>);
      });
    },
  };
}
