/**
 * The core's timing as the benchmark takes it, run as a bundle under plain node (see `core-bundle.ts`):
 * `node out/bench-core/core-child.mjs TABS ROWS RUNS` makes the synthetic register and writes
 * `timeCore`'s result as one JSON object on stdout.
 */
import { timeCore } from "./core-timing";
import { syntheticRegister } from "./synthetic-register";

const [tabs, rows, runs] = process.argv.slice(2, 5).map(Number);
if (![tabs, rows, runs].every((n) => Number.isInteger(n) && n! > 0)) throw new Error("core-child wants TABS ROWS RUNS, whole numbers above 0");
process.stdout.write(`${JSON.stringify(timeCore(syntheticRegister(tabs!, rows!), runs!))}\n`);
