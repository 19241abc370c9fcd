/**
 * The benchmark (`npm run --silent bench -- --json`): a synthetic register at
 * two sizes, the pure core's time, each use case's round trips to Excel and
 * request bytes, the xlsx path end to end, and the task pane's initial
 * JavaScript and time to interactive. Progress goes to stderr; with --json,
 * stdout holds only the one JSON object. Figures and method: docs/performance.md.
 *
 *   --json              one JSON object on stdout
 *   --runs N            timed runs per size (default 7 small, 5 large; xlsx at most 5 and 3)
 *   --only small|large  one size
 *   --skip-bundle       no production build (time to interactive then only from the browser tests' out/e2e/metrics.json)
 *   --skip-xlsx         no xlsx path
 *   --skip-syncs        no round-trip counts
 *   --skip-tti          no browser
 *   --skip-cli          no CLI ratio (pledge check against the SheetJS read floor, cli-ratio.ts)
 */
import { parseArgs } from "node:util";
import { measureBundle, type BundleResult } from "./bundle-size";
import { type CliRatio, measureCliRatios } from "./cli-ratio";
import { loadNow, machine, type Machine } from "./machine";
import { progress } from "./measure";
import { measurePaneTti, type PaneResult } from "./pane-tti";
import { table } from "./report-table";
import { measureSize, type SizeResult } from "./size-result";
import { SIZES, type SizeName } from "./sizes";
import { judge, type Targets } from "./targets";

export interface BenchResult {
  small?: SizeResult;
  large?: SizeResult;
  bundle?: BundleResult;
  pane?: PaneResult;
  /** `pledge check` against the SheetJS read floor, by register size. */
  cli?: Partial<Record<SizeName, CliRatio>>;
  targets: Targets;
  machine: Machine;
  command: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      runs: { type: "string" },
      only: { type: "string" },
      "skip-bundle": { type: "boolean", default: false },
      "skip-xlsx": { type: "boolean", default: false },
      "skip-syncs": { type: "boolean", default: false },
      "skip-tti": { type: "boolean", default: false },
      "skip-cli": { type: "boolean", default: false },
    },
  });
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (runs !== undefined && !(Number.isInteger(runs) && runs > 0))
    throw new Error(`--runs wants a whole number above 0, got ${values.runs}`);
  if (values.only !== undefined && !(values.only in SIZES)) throw new Error(`--only wants small or large, got ${values.only}`);
  const sizes = (values.only ? [values.only] : ["small", "large"]) as SizeName[];

  const host = machine();
  const result: Omit<BenchResult, "targets"> & { targets?: Targets } = {
    machine: host,
    command: `npm run --silent bench -- ${process.argv.slice(2).join(" ")}`.trim(),
  };
  for (const name of sizes) {
    result[name] = await measureSize(SIZES[name], { runs, syncs: !values["skip-syncs"], xlsx: !values["skip-xlsx"] });
  }
  if (!values["skip-cli"]) result.cli = measureCliRatios(sizes, runs);
  if (!values["skip-bundle"]) {
    progress("production build into out/bench-dist");
    result.bundle = await measureBundle();
  }
  if (!values["skip-tti"]) {
    progress("time to interactive in headless Chromium");
    result.pane = await measurePaneTti(result.bundle !== undefined);
  }
  host.load_end = loadNow();
  const full: BenchResult = { ...result, targets: judge(result.small, result.large, result.bundle, result.cli) };
  process.stdout.write(values.json ? `${JSON.stringify(full)}\n` : `${table(full)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
