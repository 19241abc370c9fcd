/**
 * Runs the real `pledge` command as a child process, as a judge would, a few
 * at a time so two cores are not swamped. The command is the bundle that ships
 * (scripts/build-cli.mjs into out/cli/, which bin/pledge.js runs), built afresh
 * here so it is never older than the sources; a test checks that bin/pledge.js
 * and the sources run through tsx print the same.
 */
import { execFile, execFileSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "../..");
export const BIN_PLEDGE = join(ROOT, "bin/pledge.js");
export const MAIN_TS = join(ROOT, "src/cli/main.ts");

/**
 * Builds out/cli/ as `npm ci` does and gives its entry; with `dir`, the same bundle into
 * that folder instead (so test files running side by side never replace each other's).
 */
export function bundleCli(dir?: string): { script: string; why: string } {
  execFileSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs"), ...(dir ? [dir] : [])], { stdio: "inherit" });
  const out = dir ?? join(ROOT, "out/cli");
  return { script: join(out, "pledge.mjs"), why: `${dir ? out : "out/cli"}/pledge.mjs, built by scripts/build-cli.mjs` };
}

export interface Run {
  args: string[];
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a script with node; a .ts script through tsx, as a checkout without the bundle does. */
export function runOnce(script: string, args: string[]): Promise<Run> {
  const nodeArgs = script.endsWith(".ts") ? ["--import", "tsx", script] : [script];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...nodeArgs, ...args],
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
