/**
 * Stands in for office.js when the benchmark opens the production task pane in
 * Chromium: an Excel host whose workbook is the small synthetic register in the
 * strict recording fake (`tests/excel/strict-fake.ts`), so the pane boots, runs
 * its first check through the real Office.js adapter and shows the Start view,
 * as in Excel. Excel's own round-trip latency is not simulated (0 ms).
 * The fake runs as Excel's host here, not as the sync-count instrument: `countBytes: false`, so it does not
 * JSON-serialise and UTF-8-encode every request and response to measure them against the 5 MB limits (the
 * sync-count benchmark and the tests do; Excel does no such work on the pane's thread). What is left of the fake's
 * work (its workbook model, the snapshots of each load) still runs on the page's thread, where Excel's would not.
 * Bundled by `pane-tti.ts` into one script, after the register's grids as `__benchRegister`, an object literal
 * (made in Node, so the page does not spend time making them), made into the fake as this script runs, before the
 * pane's own scripts do (in Excel the workbook is in Excel's memory before the pane opens). The literal's parse
 * streams off the main thread with the script; the same grids as a JSON string and `JSON.parse` (tried in the fifth
 * session of 3 December 2026, `__benchRegisterJson`, kept for comparing: `stubScript(undefined, "json")`) cost the
 * main thread 10 ms at office.js's run against 5 (docs/performance.md). Never part of the add-in.
 */
import type { WorkbookGrids } from "../../src/core/cell";
import { createStrictFake, type StrictFake } from "../../tests/excel/strict-fake";

const bench = globalThis as unknown as { __benchRegister?: WorkbookGrids; __benchRegisterJson?: string; __benchSyncMs?: number };
// By hand only (`PANE_BENCH_SYNC_MS=N`, `pane-tti.ts`): each sync answers N ms later, as a host across a process or
// network would; the bench itself keeps 0.
const syncMs = bench.__benchSyncMs ?? 0;

function makeFake(): StrictFake {
  const grids = bench.__benchRegister ?? (JSON.parse(bench.__benchRegisterJson ?? '{"sheets":[]}') as WorkbookGrids);
  const made = createStrictFake(grids, { countBytes: false });
  if (syncMs > 0) {
    const sync = made.engine.sync.bind(made.engine);
    made.engine.sync = (options) => new Promise((resolve) => setTimeout(resolve, syncMs)).then(() => sync(options));
  }
  return made;
}
const made = makeFake();

const info = { host: "Excel", platform: "OfficeOnline" };
const global = globalThis as unknown as Record<string, unknown>;

global.Office = {
  HostType: { Excel: "Excel" },
  context: {
    displayLanguage: "sv-SE",
    requirements: { isSetSupported: made.isSetSupported },
  },
  onReady(callback?: (i: typeof info) => void) {
    return Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });
  },
};
global.Excel = { run: made.run };
