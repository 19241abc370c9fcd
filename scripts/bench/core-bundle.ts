/**
 * The core timed as it ships. The pledge command runs an esbuild bundle of the sources
 * (scripts/build-cli.mjs) and the pane a webpack bundle; neither runs the sources through tsx,
 * whose per-file transform puts every imported binding behind a getter and wraps every
 * function in a name-keeping call. So the benchmark bundles `core-child.ts` (timeCore and the
 * synthetic register) with the pledge command's own esbuild settings (scripts/node-bundle.json)
 * into out/bench-core/ and runs it under plain node in a process of its own.
 * `--core-source` (run.ts) times the sources in the bench's own process instead, as before.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { BuildOptions } from "esbuild";
import type { CoreResult } from "./core-timing";

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "out/bench-core");

/** The pledge command's esbuild settings, without the file's comment. */
function nodeBundle(): BuildOptions {
  const { "//": _about, ...options } = JSON.parse(readFileSync(path.join(ROOT, "scripts/node-bundle.json"), "utf8")) as BuildOptions & {
    "//"?: string;
  };
  return options;
}

/** Builds the bundle afresh (about a second) and runs `runs` timed core runs after a warm-up on a TABS × ROWS register. */
export async function timeCoreBundled(tabs: number, rows: number, runs: number): Promise<CoreResult> {
  const { build } = await import("esbuild");
  await build({ ...nodeBundle(), absWorkingDir: ROOT, entryPoints: [path.join(__dirname, "core-child.ts")], outdir: OUT });
  const out = execFileSync(process.execPath, [path.join(OUT, "core-child.mjs"), String(tabs), String(rows), String(runs)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as CoreResult;
}
