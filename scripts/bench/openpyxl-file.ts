/** Registers written by openpyxl (`openpyxl_register.py`), for the benchmark, the reader comparison and the golden tests. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { WorkbookGrids } from "../../src/core/cell";

let python: string | null | undefined;

/** A Python that has openpyxl (Debian's python3-openpyxl is in /usr/bin's); null when none has. */
export function openpyxlPythonOrNull(): string | null {
  if (python !== undefined) return python;
  python = null;
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    try {
      execFileSync(candidate, ["-c", "import openpyxl"], { stdio: "ignore" });
      return (python = candidate);
    } catch {
      // the next one
    }
  }
  return python;
}

export function openpyxlPython(): string {
  const found = openpyxlPythonOrNull();
  if (found === null) throw new Error("No python3 with openpyxl: apt-get install python3-openpyxl");
  return found;
}

/** Writes `grids` with openpyxl to `path` (serials under Datum and the pledge's dates as yyyy-mm-dd dates). */
export function writeWithOpenpyxl(grids: WorkbookGrids, path: string): void {
  execFileSync(openpyxlPython(), [join(__dirname, "openpyxl_register.py"), path], { input: JSON.stringify(grids), maxBuffer: 1 << 30 });
}
