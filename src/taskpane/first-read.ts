/**
 * The pane's first workbook read, asked for as soon as Office is ready (issue 16), before React has drawn
 * anything: in Excel each of the read's round trips is a request to the host and its answer (Excel's own work and,
 * on the web, the network), which then overlaps the pane's first render instead of coming after it. The first
 * check, which the pane starts once it has mounted, takes this read instead of making its own; every later read
 * is made when asked. The same one read, so the round trips are unchanged.
 *
 * The read is handed over only while it is fresh: while it is under way, or up to `FIRST_READ_FRESH_MS` after it is
 * in. A first check that failed before reading (the engine's chunk did not load) is retried by the person later,
 * and a later caller (a refresh, a report, new partner tabs) must get the workbook as it is then, not as it was
 * when the pane opened; such a caller reads anew (review of issue 16).
 */
import type { WorkbookGrids } from "../core/cell";
import type { WorkbookPort } from "../app/port";

/**
 * How long after it is in the first read is still handed to the first caller. The first check asks for it as soon
 * as the pane has mounted and the engine's chunk is in, which a slow start takes a second or so beyond the read;
 * a caller later than this reads again (one read more, as before issue 16's change, never an old workbook).
 */
export const FIRST_READ_FRESH_MS = 2000;

/**
 * `port` with its `readAll` started now; the first `readAll` call gets that read while it is fresh, any other call
 * reads anew. `clock`: milliseconds (tests give their own).
 */
export function withFirstRead<P extends WorkbookPort>(port: P, clock: () => number = Date.now): P {
  let first: Promise<WorkbookGrids> | null = port.readAll();
  // Under way: fresh. Once it is in (or failed), fresh for FIRST_READ_FRESH_MS.
  let inAt = Infinity;
  const settled = () => void (inAt = clock());
  // A failed read is the first caller's to show; until then (or when none comes in time) not an unhandled rejection.
  first.then(settled, settled);
  return {
    ...port,
    readAll: () => {
      const read = first;
      first = null;
      return read !== null && clock() - inAt <= FIRST_READ_FRESH_MS ? read : port.readAll();
    },
  };
}
