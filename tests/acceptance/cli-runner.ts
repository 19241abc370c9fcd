/**
 * Runs the real `pledge` command as a child process, as a judge would, a few
 * at a time so two cores are not swamped. The CLI's sources (src/cli/main.ts)
 * are bundled once with esbuild, which tsx itself uses, so a run costs a
 * quarter of compiling them again in every process; `bin/pledge.js` (tsx) is
 * the fallback, and a test checks both give the same output.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "../..");
export const BIN_PLEDGE = join(ROOT, "bin/pledge.js");

/** A one-file build of the CLI in `dir`; bin/pledge.js when esbuild is not at hand. */
export function bundleCli(dir: string): { script: string; why: string } {
  const outfile = join(dir, "pledge.cjs");
  try {
    const esbuild = require("esbuild") as typeof import("esbuild");
    esbuild.buildSync({ entryPoints: [join(ROOT, "src/cli/main.ts")], bundle: true, platform: "node", format: "cjs", outfile, logLevel: "silent" });
    return { script: outfile, why: "esbuild bundle of src/cli/main.ts" };
  } catch (err) {
    return { script: BIN_PLEDGE, why: `bin/pledge.js (esbuild unavailable: ${(err as Error).message.split("\n")[0]})` };
  }
}

export interface Run {
  args: string[];
  code: number;
  stdout: string;
  stderr: string;
}

export function runOnce(script: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [script, ...args],
      { cwd: ROOT, encoding: "utf8", maxBuffer: 32 * 1024 * 1024, env: { ...process.env, PLEDGE_DEBUG: "" } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : -1) : 0;
        resolve({ args, code, stdout, stderr });
      },
    );
  });
}

/** Runs `pledge` with at most `limit` processes at once; each call gives its own promise. */
export function pledgeRunner(script: string, limit = 3): (...args: string[]) => Promise<Run> {
  let active = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    if (active >= limit) return;
    const start = waiting.shift();
    if (start) start();
  };
  return (...args: string[]) =>
    new Promise<Run>((resolve) => {
      waiting.push(() => {
        active++;
        void runOnce(script, args).then((run) => {
          active--;
          resolve(run);
          next();
        });
      });
      next();
    });
}
