/**
 * What the acceptance suites of issues 12 and 14 share: registers written by openpyxl
 * (tests/acceptance/openpyxl_register.py) and by LibreOffice from the same spec, a
 * `pledge` of their own (built into the suite's temporary folder), and reading the
 * workbooks `pledge` writes with SheetJS, a reader that is not the engine's.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { read as readXlsx, utils } from "@e965/xlsx";
import { bundleCli, pledgeRunner, type Run } from "./cli-runner";

export const OPENPYXL_DIR = join(__dirname, "openpyxl");
const WRITER = join(__dirname, "openpyxl_register.py");

/** A python that has openpyxl (python3 first; the system's, where apt put python3-openpyxl, next), or null. */
export const PYTHON: string | null =
  ["python3", "/usr/bin/python3", "python"].find((p) => spawnSync(p, ["-c", "import openpyxl"], { encoding: "utf8" }).status === 0) ?? null;

/** True (and says why) when openpyxl is not there to write the registers. */
export function skipWithoutOpenpyxl(): boolean {
  if (PYTHON !== null) return false;
  console.warn("openpyxl part skipped: no python with openpyxl (apt-get install python3-openpyxl)");
  return true;
}

export function loadSpec<T>(name: string): T {
  return JSON.parse(readFileSync(join(OPENPYXL_DIR, `${name}.json`), "utf8")) as T;
}

export interface Written {
  /** The openpyxl file (null without openpyxl). */
  xlsx: string | null;
  /** The LibreOffice file (null without soffice or openpyxl), and why not. */
  lo: string | null;
  loProblem: string | null;
}

/** Writes spec `name` with openpyxl to DIR/name[.variant].xlsx and, with `fods`, by LibreOffice to DIR/name[.variant].lo.xlsx. */
export function writeRegister(name: string, dir: string, opts: { variant?: string; fods?: boolean } = {}): Written {
  if (PYTHON === null) return { xlsx: null, lo: null, loProblem: "no python with openpyxl" };
  const args = ["-B", WRITER, "--out", dir, ...(opts.variant ? ["--variant", opts.variant] : []), ...(opts.fods ? ["--fods"] : [])];
  const done = spawnSync(PYTHON, [...args, join(OPENPYXL_DIR, `${name}.json`)], { encoding: "utf8", timeout: 180_000 });
  if (done.status !== 0) throw new Error(`openpyxl_register.py failed: ${done.stderr}`);
  const base = join(dir, `${name}${opts.variant ? `.${opts.variant}` : ""}`);
  const lo = `${base}.lo.xlsx`;
  return {
    xlsx: `${base}.xlsx`,
    lo: opts.fods && existsSync(lo) ? lo : null,
    loProblem: opts.fods && !existsSync(lo) ? done.stderr.trim() || "LibreOffice wrote no file" : null,
  };
}

/** A temporary folder and a `pledge` built into it, run two at a time. */
export function suiteSetup(prefix: string): { dir: string; pledge: (...args: string[]) => Promise<Run> } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const cli = bundleCli(join(dir, "cli"));
  return { dir, pledge: pledgeRunner(cli.script, 2) };
}

/** Every row of a sheet as SheetJS reads it (values as stored, "" for blanks). */
export function sheetRows(file: string, sheet: string): unknown[][] {
  const wb = readXlsx(readFileSync(file), { type: "buffer" });
  const ws = wb.Sheets[sheet];
  if (!ws) throw new Error(`${file} has no sheet ${sheet}; it has ${wb.SheetNames.join(", ")}`);
  return utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: "" });
}

export function sheetNames(file: string): string[] {
  return readXlsx(readFileSync(file), { type: "buffer", bookSheets: true }).SheetNames;
}

/** Runs python with openpyxl on a script, giving its stdout parsed as JSON. */
export function openpyxlJson<T>(script: string, ...args: string[]): T {
  const out = execFileSync(PYTHON!, ["-B", "-c", script, ...args], { encoding: "utf8" });
  return JSON.parse(out) as T;
}

/**
 * The indicator table of a report sheet: the row whose first cell is `Indikator` and
 * which has `statusHeader`; each following row up to the first blank first cell, by name.
 */
export function indicatorTable(rows: unknown[][], statusHeader: string): Map<string, Record<string, unknown>> {
  const at = rows.findIndex((r) => r[0] === "Indikator" && r.includes(statusHeader));
  if (at < 0) throw new Error(`no indicator table with ${statusHeader}`);
  const header = rows[at]!.map((h) => String(h));
  const table = new Map<string, Record<string, unknown>>();
  for (const row of rows.slice(at + 1)) {
    if (row[0] === "" || row[0] === undefined) break;
    const rec: Record<string, unknown> = {};
    header.forEach((h, i) => {
      if (h !== "") rec[h] = row[i];
    });
    table.set(String(row[0]), rec);
  }
  return table;
}

export interface Dump {
  sheets: string[];
  cells: Record<string, (string | number | boolean | null)[][]>;
  tables: Record<string, string[]>;
}

/** Every sheet of a workbook as openpyxl reads it (tests/acceptance/dump_xlsx.py): dates as ISO text, blanks null. */
export function dumpXlsx(file: string): Dump {
  const out = execFileSync(PYTHON!, ["-B", join(__dirname, "dump_xlsx.py"), file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as Dump;
}

/** The rows under the header row that holds `first` (and the other headers beside it), by header, up to the first blank row. */
export function tableUnder(
  rows: Dump["cells"][string],
  headers: readonly string[],
): { headerRow: number; rows: Record<string, unknown>[] } | null {
  const norm = (v: unknown) => (typeof v === "string" ? v.replace(/\s+/g, " ").trim().toLowerCase() : v);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!.map(norm);
    const at = headers.map((h) => row.indexOf(norm(h)));
    if (at.some((c) => c < 0)) continue;
    const out: Record<string, unknown>[] = [];
    for (const below of rows.slice(r + 1)) {
      const rec = Object.fromEntries(headers.map((h, i) => [h, below[at[i]!] ?? null]));
      if (Object.values(rec).every((v) => v === null || v === "")) break;
      out.push(rec);
    }
    return { headerRow: r + 1, rows: out };
  }
  return null;
}
