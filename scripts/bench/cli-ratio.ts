/**
 * `pledge check` as a person runs it, against the SheetJS read floor, side by
 * side in one run: each timed run starts `node bin/pledge.js check FILE --json`
 * (the prebuilt bundle, start-up included) and then `node sheetjs-floor.cjs
 * FILE` (a process that merely reads the same file into arrays with SheetJS),
 * and the ratio is the median of check's wall time over the median of the
 * floor's. The registers are the synthetic register written by openpyxl:
 * small 20 × 200 (24 sheets, 4 000 activity rows) and large 25 × 1 600
 * (29 sheets, 40 000 activity rows), the measure (#11).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median, ms, progress } from "./measure";
import { writeWithOpenpyxl } from "./openpyxl-file";
import { syntheticRegister } from "./synthetic-register";

const ROOT = join(__dirname, "../..");

export const CLI_REGISTERS = {
  small: { tabs: 20, rows: 200, runs: 7 },
  large: { tabs: 25, rows: 1600, runs: 5 },
} as const;

export interface CliRatio {
  tabs: number;
  rows_per_tab: number;
  sheets: number;
  file_bytes: number;
  runs: number;
  /** Median wall time of `node bin/pledge.js check FILE --json --today 2026-01-15`, start-up included. */
  check_ms: number;
  /** Median wall time of the SheetJS floor process. */
  floor_ms: number;
  /** check_ms / floor_ms. */
  ratio: number;
  /** The ratio of each pair of runs, for the spread. */
  pair_ratios: number[];
}

function wall(args: string[]): { ms: number; status: number | null } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const elapsed = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return { ms: elapsed, status: r.status };
}

export function measureCliRatios(only: readonly ("small" | "large")[], runsOverride?: number): Record<string, CliRatio> {
  progress("CLI ratio: building the pledge bundle (out/cli) as npm ci does");
  const built = spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { stdio: "inherit" });
  if (built.status !== 0) throw new Error("scripts/build-cli.mjs failed");
  const dir = mkdtempSync(join(tmpdir(), "pledge-cli-ratio-"));
  const out: Record<string, CliRatio> = {};
  try {
    for (const name of only) {
      const { tabs, rows, runs: defaultRuns } = CLI_REGISTERS[name];
      const runs = runsOverride ?? defaultRuns;
      const grids = syntheticRegister(tabs, rows);
      const file = join(dir, `${name}.xlsx`);
      progress(`CLI ratio, ${name}: writing ${tabs} × ${rows} with openpyxl`);
      writeWithOpenpyxl(grids, file);
      const check = [join(ROOT, "bin/pledge.js"), "check", file, "--json", "--today", "2026-01-15"];
      const floor = [join(__dirname, "sheetjs-floor.cjs"), file];
      wall(check);
      wall(floor);
      const checks: number[] = [];
      const floors: number[] = [];
      for (let i = 0; i < runs; i++) {
        progress(`CLI ratio, ${name}: run ${i + 1} of ${runs}`);
        checks.push(wall(check).ms);
        floors.push(wall(floor).ms);
      }
      const c = median(checks);
      const f = median(floors);
      out[name] = {
        tabs,
        rows_per_tab: rows,
        sheets: grids.sheets.length,
        file_bytes: statSync(file).size,
        runs,
        check_ms: ms(c),
        floor_ms: ms(f),
        ratio: Math.round((c / f) * 1000) / 1000,
        pair_ratios: checks.map((x, i) => Math.round((x / floors[i]!) * 1000) / 1000),
      };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
