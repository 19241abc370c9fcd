/** A memory workbook as the pane's host sees it: `Löfte` active, events that never fire. */
import { MemoryPort } from "../../src/app/memory-port";
import type { WorkbookEvents } from "../../src/app/port";

export class PaneWorkbook extends MemoryPort implements WorkbookEvents {
  async activeSheet(): Promise<string> {
    return "Löfte";
  }
  async onChanged(): Promise<() => Promise<void>> {
    return async () => {};
  }
  async onActivated(): Promise<() => Promise<void>> {
    return async () => {};
  }
}
