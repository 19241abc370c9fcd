/**
 * The hostile-workbook property, run long: `npx tsx scripts/fuzz.ts [runs] [seed]`.
 * CI runs it briefly with a fixed seed (tests/core/hostile.test.ts); this explores further.
 */
import fc from "fast-check";
import { hostileWorkbook } from "../tests/support/hostile-grids";
import { runAllStages } from "../tests/support/robustness";

const runs = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? Date.now() % 2_147_483_647);
const started = Date.now();
fc.assert(
  fc.property(hostileWorkbook, (grids) => runAllStages(grids)),
  { seed, numRuns: runs },
);
console.log(JSON.stringify({ runs, seed, seconds: (Date.now() - started) / 1000, failures: 0 }));
