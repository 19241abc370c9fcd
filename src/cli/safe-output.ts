/**
 * How every `pledge` command writes a file, so that nothing a person has is
 * lost:
 *
 * - never over a file the command reads (its input), whether named by the
 *   same path, another spelling of it, a symbolic link or a hard link: files
 *   are compared by device and inode after links are followed, and by their
 *   resolved path;
 * - never over a file that exists, unless `--force` (and then never over the
 *   input either);
 * - to a temporary file in the same folder, flushed to disk (fsync), then
 *   renamed into place: an interrupted run leaves the earlier file whole, and
 *   a failed one leaves no temporary file behind. Without `--force` the final
 *   step is a hard link, which the file system refuses if a file has appeared
 *   under the name meanwhile.
 *
 * Failures are `CliError`s with a code of the error catalogue, shown in plain Swedish, never a file system code.
 */
import { randomBytes } from "node:crypto";
import { type BigIntStats, unlinkSync } from "node:fs";
import { chmod, link, lstat, mkdir, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { fsCode, writeProblem } from "./cli-texts";
import { CliError } from "./io";

/** What a command is about to write, checked before the work is done. */
export interface PlannedOutput {
  /** The path as the person typed it (with `.xlsx` added where it was left out). */
  path: string;
  /** The absolute path. */
  absolute: string;
  /** Whether a file (or a link) is there now and `--force` allows replacing it. */
  replaces: boolean;
  /** The files read, never to be written. */
  inputs: readonly string[];
  force: boolean;
}

export interface OutputOptions {
  /** Files the command reads. */
  inputs?: readonly string[];
  /** Replace an existing file that is not an input. */
  force?: boolean;
}

/** A step of the write, for tests that interrupt it or make it fail there. */
export type WriteStep = "opened" | "chunk" | "synced" | "before-rename";
export type WriteHook = (step: WriteStep, info: { temp: string; written: number; total: number }) => void | Promise<void>;

/** Bytes written at a time (a hook may run between them). */
const CHUNK = 1 << 20;

/** File types a person may mean instead of a workbook; any other ending gets `.xlsx` added. */
const OTHER_TYPES = new Set([
  ".xls",
  ".xlsm",
  ".xlsb",
  ".xltx",
  ".xltm",
  ".xlt",
  ".ods",
  ".fods",
  ".csv",
  ".tsv",
  ".txt",
  ".pdf",
  ".json",
  ".html",
  ".htm",
  ".xml",
  ".doc",
  ".docx",
  ".zip",
]);

/** `typed` with `.xlsx` as its ending: kept, added, or in place of another file type's. */
function withXlsx(typed: string): string {
  const ext = extname(typed);
  if (ext.toLowerCase() === ".xlsx") return typed;
  return OTHER_TYPES.has(ext.toLowerCase()) ? `${typed.slice(0, -ext.length)}.xlsx` : `${typed}.xlsx`;
}

/**
 * The output path of a workbook: `.xlsx` added when the name has no ending
 * (or one that is not a file type, as in `rapport.v2`); a `CliError` for the
 * ending of another file type (`.xls`, `.csv`…), a path without a name, or a
 * name that ends in a dot or a space (`rapport.xlsx.`, `"rapport.xlsx "`: no
 * `.xlsx` is added after them). The name the refusal suggests is never the
 * register read (`input`), which is never written.
 */
export function xlsxPath(typed: string, input?: string): string {
  if (typed.trim() === "" || /[\\/]$/.test(typed) || /(^|[\\/])\.{1,2}$/.test(typed))
    throw new CliError({ code: "output-without-name", params: { path: typed } });
  const end = /[.\s]+$/.exec(typed);
  if (end !== null) {
    const kind = /\s$/.test(typed) ? "space" : "dot";
    const stem = typed.slice(0, end.index);
    let example = /(^|[\\/])$/.test(stem) ? `${stem}RAPPORT.xlsx` : withXlsx(stem);
    if (input !== undefined && resolve(example) === resolve(input)) example = `${example.slice(0, -".xlsx".length)}-2.xlsx`;
    throw new CliError({ code: "output-without-name", params: { path: typed, end: { kind, example } } });
  }
  const ext = extname(typed);
  if (ext.toLowerCase() === ".xlsx") return typed;
  if (OTHER_TYPES.has(ext.toLowerCase())) {
    throw new CliError({ code: "wrong-suffix", params: { path: typed, suffix: ext, example: withXlsx(typed) } });
  }
  return `${typed}.xlsx`;
}

async function statOrNull(path: string): Promise<BigIntStats | null> {
  try {
    return await stat(path, { bigint: true });
  } catch {
    return null;
  }
}

async function lstatOrNull(path: string): Promise<BigIntStats | null> {
  try {
    return await lstat(path, { bigint: true });
  } catch {
    return null;
  }
}

async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/** The input that `absolute` is (by device and inode, or by resolved path), or null. */
async function inputAt(absolute: string, inputs: readonly string[]): Promise<string | null> {
  const target = await statOrNull(absolute);
  const real = await realOrResolved(absolute);
  for (const input of inputs) {
    const s = await statOrNull(input);
    if (target && s && target.dev === s.dev && target.ino === s.ino) return input;
    if (real === (await realOrResolved(input))) return input;
  }
  return null;
}

/** "rapport-2.xlsx", "rapport-3.xlsx"…: the first name beside `path` that is free. */
export async function freeName(path: string): Promise<string> {
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length);
  for (let n = 2; n < 1000; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!(await lstatOrNull(candidate))) return candidate;
  }
  return `${stem}-ny${ext}`;
}

/**
 * Checks that `path` may be written: not an input, not a folder, and not an
 * existing file unless `force`. Called before the work, and again just before
 * the file is put in place.
 */
export async function planOutput(path: string, options: OutputOptions = {}): Promise<PlannedOutput> {
  const inputs = options.inputs ?? [];
  const force = options.force ?? false;
  const absolute = resolve(path);
  const input = await inputAt(absolute, inputs);
  if (input !== null) {
    throw new CliError({ code: "output-is-input", params: { path, input, example: await freeName(path) } });
  }
  const there = await lstatOrNull(absolute);
  if (there) {
    const followed = there.isSymbolicLink() ? await statOrNull(absolute) : there;
    if (followed?.isDirectory()) throw new CliError({ code: "output-is-folder", params: { path, example: join(path, "RAPPORT.xlsx") } });
    if (!force) throw new CliError({ code: "output-exists", params: { path, example: await freeName(path) } });
  }
  return { path, absolute, replaces: there !== null, inputs, force };
}

/** Temporary files being written, removed if the process is stopped (Ctrl+C, SIGTERM) meanwhile. */
const pending = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // Stop as the signal would have: the default handler is back.
  process.kill(process.pid, signal);
}

function track(temp: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(temp);
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

async function removeQuietly(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch {
    // Not there: nothing to clean.
  }
}

/** The folder's entry for the new name on disk too (where the system allows it). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder this way; the rename is still done.
  }
}

function tempPathFor(absolute: string): string {
  const base = basename(absolute).slice(0, 80);
  return join(dirname(absolute), `.${base}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

/** Puts the finished temporary file in place: a hard link when nothing may be replaced (refused if a file appeared), else a rename. */
async function putInPlace(temp: string, target: PlannedOutput): Promise<void> {
  if (!target.force) {
    try {
      await link(temp, target.absolute);
      await unlink(temp);
      return;
    } catch (err) {
      if (fsCode(err) === "EEXIST")
        throw new CliError({ code: "output-exists", params: { path: target.path, example: await freeName(target.path) } });
      // A file system without hard links: the name was free a moment ago.
      if ((await lstatOrNull(target.absolute)) !== null) {
        throw new CliError({ code: "output-exists", params: { path: target.path, example: await freeName(target.path) } });
      }
    }
  }
  await rename(temp, target.absolute);
}

/**
 * Writes `bytes` to a planned output through a temporary file beside it. On
 * any failure the temporary file is removed and the earlier file, if any, is
 * as it was.
 */
export async function writeOutput(target: PlannedOutput, bytes: Uint8Array, hook?: WriteHook): Promise<void> {
  const folder = dirname(target.absolute);
  const temp = tempPathFor(target.absolute);
  track(temp);
  try {
    const handle = await open(temp, "wx");
    try {
      const info = { temp, written: 0, total: bytes.length };
      await hook?.("opened", info);
      while (info.written < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, info.written, Math.min(CHUNK, bytes.length - info.written));
        info.written += bytesWritten;
        await hook?.("chunk", info);
      }
      await handle.sync();
      await hook?.("synced", info);
    } finally {
      await handle.close();
    }
    // Keep the permissions of a file that is replaced.
    const earlier = target.replaces ? await statOrNull(target.absolute) : null;
    if (earlier?.isFile()) await chmod(temp, Number(earlier.mode & 0o7777n)).catch(() => undefined);
    // Checked again: the input or a new file may have taken the name since the work began.
    await planOutput(target.path, { inputs: target.inputs, force: target.force });
    await hook?.("before-rename", { temp, written: bytes.length, total: bytes.length });
    await putInPlace(temp, target);
    await syncFolder(folder);
  } catch (err) {
    await removeQuietly(temp);
    if (err instanceof CliError) throw err;
    throw new CliError(writeProblem(fsCode(err), target.path, dirname(target.path) === "" ? "." : dirname(target.path)));
  } finally {
    untrack(temp);
  }
}

/** Checks and writes one file: `planOutput` then `writeOutput`. */
export async function saveFile(path: string, bytes: Uint8Array, options: OutputOptions = {}, hook?: WriteHook): Promise<PlannedOutput> {
  const target = await planOutput(path, options);
  await writeOutput(target, bytes, hook);
  return target;
}

/** Creates a folder (and its parents) for outputs; plain Swedish when it cannot. */
export async function ensureFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (err) {
    const code = fsCode(err);
    if (code === "EEXIST" || code === "ENOTDIR") throw new CliError({ code: "path-through-file", params: { path } });
    throw new CliError({ code: "folder-not-created", params: { path } });
  }
}
