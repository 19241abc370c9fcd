/**
 * The hostile-workbook property, run long: `npx tsx scripts/fuzz.ts [runs] [seed]`.
 * CI runs it briefly with a fixed seed (tests/core/hostile.test.ts); this explores further.
 * Each run goes through reading, checks, trends, figures and the report and Kontroll
 * sheet plans. A failure prints the seed, the replay path and the cause in a few
 * lines, and writes the shrunk workbook to pledge-fuzz-failure.json in the temp folder.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { hostileWorkbook } from "../tests/support/hostile-grids";
import { runAllStages } from "../tests/support/robustness";

const runs = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? Date.now() % 2_147_483_647);
const started = Date.now();
const details = fc.check(
  fc.property(hostileWorkbook, (grids) => runAllStages(grids)),
  { seed, numRuns: runs },
);
const seconds = (Date.now() - started) / 1000;
if (details.failed) {
  const file = join(tmpdir(), "pledge-fuzz-failure.json");
  writeFileSync(file, JSON.stringify(details.counterexample));
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  console.log(
    JSON.stringify({
      runs: details.numRuns,
      seed,
      path: details.counterexamplePath,
      seconds,
      failures: 1,
      cause: cause.slice(0, 400),
      counterexample: file,
    }),
  );
  process.exitCode = 1;
} else {
  console.log(JSON.stringify({ runs, seed, seconds, failures: 0 }));
}
