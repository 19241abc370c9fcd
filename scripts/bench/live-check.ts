/**
 * The partner's live check of one tab on the synthetic register
 * (`node --import tsx scripts/bench/live-check.ts [tabs] [rows] [runs]`): each run
 * types one cell on the tab (the sheet's rows replaced, as Excel gives them) and
 * checks it with `app/check-tab.ts` over the in-memory port, the register sheets'
 * context kept from the run before. Beside it, interleaved, the check it
 * replaced: the whole check of the register sheets and the tab, its findings on
 * the tab. Prints medians (ms), the reads per check and whether the findings agree.
 */
import { checkTab } from "../../src/app/check-tab";
import { MemoryPort } from "../../src/app/memory-port";
import { REGISTER_SHEETS } from "../../src/app/register-sheets";
import { checkRegister } from "../../src/core/check-register";
import { findingsOnSheet } from "../../src/core/findings";
import type { WorkbookGrids } from "../../src/core/cell";
import { median, ms } from "./measure";
import { BENCH_TODAY } from "./sizes";
import { syntheticRegister } from "./synthetic-register";

export interface LiveCheckResult {
  /** Median core time of one live check, the register sheets' context kept (ms). */
  tab_ms: number;
  /** The slowest tenth starts here (ms). */
  tab_p90_ms: number;
  /** The first check, which makes the context (ms). */
  first_ms: number;
  /** Median of the whole check of the register sheets and the tab, as before (ms). */
  whole_read_ms: number;
  reads_per_check: number;
  same_findings: boolean;
  runs: number;
}

/** Checks the middle partner tab of `grids` (a synthetic register: the register sheets, then the tabs); `grids` is not changed. */
export async function timeLiveCheck(grids: WorkbookGrids, runs: number): Promise<LiveCheckResult> {
  const port = new MemoryPort(grids);
  const tabs = grids.sheets.length - REGISTER_SHEETS.length;
  const tab = grids.sheets[REGISTER_SHEETS.length + Math.floor(tabs / 2)]!.name;
  const t0 = performance.now();
  await checkTab(port, { tab, today: BENCH_TODAY });
  const first = performance.now() - t0;
  const live: number[] = [];
  const whole: number[] = [];
  let reads = 0;
  let same = true;
  for (let i = 0; i < runs; i++) {
    const sheet = (await port.readAll()).sheets.find((s) => s.name === tab)!;
    const values = sheet.values.map((row) => [...row]);
    const row = values[values.length - 1 - (i % 50)]!;
    row[4] = typeof row[4] === "number" ? row[4] + 1 : 3;
    port.setSheet(tab, values);
    const before = port.reads;
    const a = performance.now();
    const found = await checkTab(port, { tab, today: BENCH_TODAY });
    const b = performance.now();
    reads = Math.max(reads, port.reads - before);
    const grids = await port.readSheets([...REGISTER_SHEETS, tab]);
    const c = performance.now();
    const old = findingsOnSheet(checkRegister(grids, { today: BENCH_TODAY }).findings, tab);
    const d = performance.now();
    live.push(b - a);
    whole.push(d - c);
    same &&= JSON.stringify(found) === JSON.stringify(old);
  }
  const p90 = [...live].sort((x, y) => x - y)[Math.floor(live.length * 0.9)]!;
  return {
    tab_ms: ms(median(live)),
    tab_p90_ms: ms(p90),
    first_ms: ms(first),
    whole_read_ms: ms(median(whole)),
    reads_per_check: reads,
    same_findings: same,
    runs,
  };
}

if (process.argv[1]?.endsWith("live-check.ts")) {
  const [tabs, rows, runs] = [Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 2000), Number(process.argv[4] ?? 30)];
  void timeLiveCheck(syntheticRegister(tabs, rows), runs).then((r) => console.log(JSON.stringify(r)));
}
