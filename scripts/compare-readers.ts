/**
 * The old reader (SheetJS) against the new one (src/xlsx/read-workbook.ts) on
 * every workbook the project has: the acceptance fixtures as written by the
 * Python writer and by LibreOffice, the demo register and its reports, the
 * registers of the benchmark written by openpyxl and by SheetJS. For each file:
 * are the grids the same, and are `pledge check --json`'s findings the same,
 * byte for byte. Prints one line a file and exits 1 on any difference.
 *
 *   npx tsx scripts/compare-readers.ts [DIR]     (DIR keeps the files; a temporary folder otherwise)
 *
 * Kept while both readers exist (issue #11); the old one goes when this prints no difference.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import * as XLSX from "@e965/xlsx";
import { MemoryPort } from "../src/app/memory-port";
import { runCheck } from "../src/app/check";
import type { WorkbookGrids } from "../src/core/cell";
import { serialFromYMD } from "../src/core/date";
import { findingJson } from "../src/cli/run";
import { runDemo } from "../src/cli/commands";
import { readWorkbook } from "../src/xlsx/read-workbook";
import { readWorkbookSheetJs } from "../src/xlsx/read-workbook-sheetjs";
import { syntheticRegister } from "./bench/synthetic-register";
import { openpyxlPython } from "./bench/openpyxl-file";

const ROOT = join(__dirname, "..");
const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), "compare-readers-"));
mkdirSync(dir, { recursive: true });

async function outcome(read: () => Promise<WorkbookGrids>): Promise<{ grids?: WorkbookGrids; json: string }> {
  try {
    const grids = await read();
    const today = serialFromYMD(2026, 1, 15)!;
    const result = await runCheck(new MemoryPort(grids), { today });
    return { grids, json: JSON.stringify({ findings: result.findings.map(findingJson), counts: result.counts }) };
  } catch (err) {
    return { json: `error: ${(err as Error).message}` };
  }
}

function firstDifference(a: WorkbookGrids, b: WorkbookGrids): string {
  if (a.sheets.length !== b.sheets.length) return `${a.sheets.length} sheets against ${b.sheets.length}`;
  for (let i = 0; i < a.sheets.length; i++) {
    const x = a.sheets[i]!;
    const y = b.sheets[i]!;
    if (x.name !== y.name || x.generated !== y.generated) return `sheet ${i}: ${x.name} against ${y.name}`;
    for (let r = 0; r < Math.max(x.values.length, y.values.length); r++) {
      if (!isDeepStrictEqual(x.values[r], y.values[r]))
        return `${x.name} row ${r + 1}: ${JSON.stringify(x.values[r])} against ${JSON.stringify(y.values[r])}`;
    }
  }
  return "same";
}

async function main(): Promise<void> {
  const files: string[] = [];
  // The acceptance fixtures, by both writers.
  const fixtures = join(ROOT, "tests/acceptance/fixtures");
  const specs = readdirSync(fixtures)
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(fixtures, f));
  execFileSync("python3", ["-B", join(ROOT, "tests/acceptance/write_register.py"), "--out", dir, ...specs], { stdio: "inherit" });
  // The demo register and its reports (excelts).
  await runDemo(
    { name: "demo", dir: join(dir, "demo"), force: true },
    { stdout: () => undefined, stderr: () => undefined, now: new Date(Date.UTC(2025, 8, 5, 8)) },
  );
  // The benchmark's registers, by openpyxl and by SheetJS.
  for (const [tabs, rows] of [
    [20, 200],
    [25, 1600],
  ] as const) {
    const grids = syntheticRegister(tabs, rows);
    const py = join(dir, `synthetic-${tabs}x${rows}.openpyxl.xlsx`);
    execFileSync(openpyxlPython(), [join(ROOT, "scripts/bench/openpyxl_register.py"), py], { input: JSON.stringify(grids) });
    const book = XLSX.utils.book_new();
    for (const s of grids.sheets) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(s.values), s.name);
    writeFileSync(join(dir, `synthetic-${tabs}x${rows}.sheetjs.xlsx`), XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
  }
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (/\.xls[xm]$/.test(e.name)) files.push(join(d, e.name));
    }
  };
  walk(dir);
  let differing = 0;
  for (const file of files.sort()) {
    const bytes = new Uint8Array(readFileSync(file));
    const [now, before] = [await outcome(() => readWorkbook(bytes)), await outcome(() => readWorkbookSheetJs(bytes))];
    const grids = now.grids && before.grids ? firstDifference(now.grids, before.grids) : now.json === before.json ? "same" : "one failed";
    const findings = now.json === before.json ? "same findings" : "FINDINGS DIFFER";
    if (grids !== "same" || now.json !== before.json) differing++;
    process.stdout.write(`${file.slice(dir.length + 1)}: grids ${grids}; ${findings}\n`);
    if (now.json !== before.json) process.stdout.write(`  new: ${now.json.slice(0, 300)}\n  old: ${before.json.slice(0, 300)}\n`);
  }
  process.stdout.write(`${files.length} files, ${differing} with a difference\n`);
  process.exitCode = differing === 0 ? 0 : 1;
}

void main();
