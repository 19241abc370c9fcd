/**
 * Builds the browser preview once, in production mode (what users get), into
 * its own folder: dist/ belongs to `npm run build`. A build newer than every
 * input is reused, so a second run in a row starts at once.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const PREVIEW_DIR = path.join(ROOT, "out", "e2e-dist");
const STAMP = path.join(PREVIEW_DIR, ".e2e-build.json");
const INPUTS = ["src", "assets", "webpack.config.js", "package-lock.json", "tsconfig.json"];

function newestMtime(p: string): number {
  const full = path.join(ROOT, p);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const e of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(p, e)));
  return newest;
}

function upToDate(): boolean {
  if (process.env.E2E_REBUILD) return false;
  try {
    const stamp = JSON.parse(fs.readFileSync(STAMP, "utf8")) as { inputs: number };
    return fs.existsSync(path.join(PREVIEW_DIR, "preview.html")) && stamp.inputs >= Math.max(...INPUTS.map(newestMtime));
  } catch {
    return false;
  }
}

/** Runs webpack; rejects with its last output lines when the build fails. */
export async function buildPreview(): Promise<{ reused: boolean; ms: number }> {
  const started = Date.now();
  if (upToDate()) return { reused: true, ms: Date.now() - started };
  const inputs = Math.max(...INPUTS.map(newestMtime));
  const webpack = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "webpack.cmd" : "webpack");
  const args = ["--mode", "production", "--env", "preview", "--output-path", PREVIEW_DIR];
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(webpack, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d: Buffer) => output.push(d.toString()));
    child.stderr.on("data", (d: Buffer) => output.push(d.toString()));
    child.on("error", reject);
    child.on("close", (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`webpack failed (exit ${code}):\n${output.join("").split("\n").slice(-30).join("\n")}`);
  fs.writeFileSync(STAMP, JSON.stringify({ inputs, builtAt: new Date().toISOString() }));
  return { reused: false, ms: Date.now() - started };
}
