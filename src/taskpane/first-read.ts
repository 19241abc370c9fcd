/**
 * The pane's first workbook read, asked for as soon as Office is ready (issue 16), before React has drawn
 * anything: in Excel each of the read's round trips is a request to the host and its answer (Excel's own work and,
 * on the web, the network), which then overlaps the pane's first render instead of coming after it. The first
 * check, which the pane starts once it has mounted, takes this read instead of making its own; every later read
 * is made when asked. The same one read, so the round trips are unchanged.
 */
import type { WorkbookGrids } from "../core/cell";
import type { WorkbookPort } from "../app/port";

/** `port` with its `readAll` started now; the first `readAll` call gets that read, later calls read anew. */
export function withFirstRead<P extends WorkbookPort>(port: P): P {
  let first: Promise<WorkbookGrids> | null = port.readAll();
  // A failed read is the first caller's to show; until then it is not an unhandled rejection.
  first.catch(() => undefined);
  return {
    ...port,
    readAll: () => {
      const read = first;
      first = null;
      return read ?? port.readAll();
    },
  };
}
