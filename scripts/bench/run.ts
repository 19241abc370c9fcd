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
 *   --core-source       time the core's sources under tsx in this process, not its bundle (core-bundle.ts)
 *   --only pane         no register sizes and no CLI ratio: the pane's bundle, the probe and the times to interactive
 *   --skip-bundle       no production build (time to interactive then only from the browser tests' out/e2e/metrics.json)
 *   --skip-xlsx         no xlsx path
 *   --skip-syncs        no round-trip counts
 *   --skip-tti          no browser
 *   --skip-probe        no minimal React + Fluent probe beside the pane
 *   --tti-runs N        page loads of the pane and of the probe, taken in turn (default 9)
 *   --skip-cli          no CLI ratio (pledge check against the SheetJS read floor, cli-ratio.ts)
 */
import { parseArgs } from "node:util";
import { measureBundle, measureProbeBundle, type BundleResult, type ProbeBundle } from "./bundle-size";
import { type CliRatio, measureCliRatios } from "./cli-ratio";
import { loadNow, machine, speedMs, type Machine } from "./machine";
import { progress } from "./measure";
import { measurePaneTti, type PaneResult, type ProbeResult, TTI_RUNS } from "./pane-tti";
import { table } from "./report-table";
import { measureSize, type SizeResult } from "./size-result";
import { SIZES, type SizeName } from "./sizes";
import { judge, type Targets } from "./targets";

export interface BenchResult {
  small?: SizeResult;
  large?: SizeResult;
  bundle?: BundleResult;
  pane?: PaneResult;
  /** The minimal React + Fluent page built the same way, measured beside the pane. */
  probe?: ProbeResult;
  /** The pane's figures over the probe's (initial JavaScript gzipped, time to interactive medians). */
  ratio?: { initial_js_gz: number; tti?: number };
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
      "skip-probe": { type: "boolean", default: false },
      "tti-runs": { type: "string" },
      "core-source": { type: "boolean", default: false },
    },
  });
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (runs !== undefined && !(Number.isInteger(runs) && runs > 0))
    throw new Error(`--runs wants a whole number above 0, got ${values.runs}`);
  const ttiRuns = values["tti-runs"] === undefined ? TTI_RUNS : Number(values["tti-runs"]);
  if (!(Number.isInteger(ttiRuns) && ttiRuns > 0)) throw new Error(`--tti-runs wants a whole number above 0, got ${values["tti-runs"]}`);
  const paneOnly = values.only === "pane";
  if (values.only !== undefined && !paneOnly && !(values.only in SIZES))
    throw new Error(`--only wants small, large or pane, got ${values.only}`);
  const sizes = (paneOnly ? [] : values.only ? [values.only] : ["small", "large"]) as SizeName[];

  const host = machine();
  const result: Omit<BenchResult, "targets"> & { targets?: Targets } = {
    machine: host,
    command: `npm run --silent bench -- ${process.argv.slice(2).join(" ")}`.trim(),
  };
  for (const name of sizes) {
    result[name] = await measureSize(SIZES[name], {
      runs,
      syncs: !values["skip-syncs"],
      xlsx: !values["skip-xlsx"],
      coreFromSource: values["core-source"],
    });
  }
  if (!values["skip-cli"] && !paneOnly) result.cli = measureCliRatios(sizes, runs);
  if (!values["skip-bundle"]) {
    progress("production build into out/bench-dist");
    result.bundle = await measureBundle();
  }
  let probe: ProbeBundle | undefined;
  if (!values["skip-bundle"] && !values["skip-probe"]) {
    progress("the minimal React + Fluent probe, same webpack settings, into out/bench-probe");
    probe = await measureProbeBundle();
  }
  if (!values["skip-tti"]) {
    progress(`time to interactive in headless Chromium, ${ttiRuns} loads each${probe ? " of the pane and the probe in turn" : ""}`);
    const tti = await measurePaneTti(result.bundle !== undefined, ttiRuns, probe?.js_gzip_bytes);
    result.pane = tti.pane;
    if (tti.probe) result.probe = tti.probe;
  }
  if (result.bundle)
    result.pane = { ...(result.pane ?? { tti_ms: null, source: "not measured (--skip-tti)" }), initial_js_gz: result.bundle.js_gzip_bytes };
  if (probe) {
    result.probe = {
      ...(result.probe ?? { initial_js_gz: probe.js_gzip_bytes, tti_ms: null }),
      js_bytes: probe.js_bytes,
      files: probe.files.map((f) => f.file),
    };
  }
  if (result.bundle && probe) {
    const probeTti = result.probe?.tti_ms;
    result.ratio = {
      initial_js_gz: Math.round((result.bundle.js_gzip_bytes / probe.js_gzip_bytes) * 1000) / 1000,
      ...(probeTti && result.pane?.tti_ms ? { tti: Math.round((result.pane.tti_ms / probeTti) * 1000) / 1000 } : {}),
    };
  }
  host.load_end = loadNow();
  host.speed_ms_end = speedMs();
  const full: BenchResult = { ...result, targets: judge(result.small, result.large, result.bundle, result.cli, result.pane) };
  process.stdout.write(values.json ? `${JSON.stringify(full)}\n` : `${table(full)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
