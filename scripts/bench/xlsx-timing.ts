/**
 * The .xlsx path end to end, as `pledge check` and `pledge report` run it: the
 * synthetic register is first written to a temporary .xlsx with SheetJS (not
 * timed; the project's formatted template renderer takes many minutes for
 * 400 000 rows of validations and styles), then each run reads the file,
 * checks it, makes the tertial report with its Kontroll sheet and renders them
 * to a new file with the project's renderer.
 */
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { MemoryPort } from "../../src/app/memory-port";
import { makeTertialReport } from "../../src/app/report";
import type { WorkbookGrids } from "../../src/core/cell";
import { checkRegister } from "../../src/core/check-register";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { median, ms } from "./measure";
import { BENCH_NOW, BENCH_TERTIAL, BENCH_TODAY } from "./sizes";

export interface XlsxTimes {
  read: number;
  check: number;
  report_render: number;
  total: number;
  runs: number;
  /** Size of the register file read. */
  file_bytes: number;
  /** Writing the register file first (not part of the path; once). */
  prepare_ms: number;
}

/** The register's grids as an .xlsx file: plain values, dates as serial numbers. */
function registerFile(register: WorkbookGrids): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of register.sheets) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(sheet.values), sheet.name);
  return XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }) as Uint8Array;
}

async function once(registerPath: string, reportPath: string) {
  const t0 = performance.now();
  const grids = await readWorkbookFile(registerPath);
  const t1 = performance.now();
  const check = checkRegister(grids, { today: BENCH_TODAY, tertial: BENCH_TERTIAL });
  const t2 = performance.now();
  const outcome = await makeTertialReport(new MemoryPort(grids), { now: BENCH_NOW, tertial: BENCH_TERTIAL });
  await writeFile(reportPath, await renderWorkbook(outcome.plans));
  const t3 = performance.now();
  if (check.register.activities.length === 0) throw new Error("The register file read back without activities.");
  return { read: t1 - t0, check: t2 - t1, report_render: t3 - t2, total: t3 - t0 };
}

export async function timeXlsxPath(register: WorkbookGrids, runs: number): Promise<XlsxTimes> {
  const dir = await mkdtemp(join(tmpdir(), "pledge-bench-"));
  try {
    const registerPath = join(dir, "register.xlsx");
    const reportPath = join(dir, "rapport.xlsx");
    const p0 = performance.now();
    await writeFile(registerPath, registerFile(register));
    const prepare = performance.now() - p0;
    await once(registerPath, reportPath); // warm-up
    const results: Awaited<ReturnType<typeof once>>[] = [];
    for (let i = 0; i < runs; i++) results.push(await once(registerPath, reportPath));
    const pick = (k: "read" | "check" | "report_render" | "total") => ms(median(results.map((r) => r[k])));
    return {
      read: pick("read"),
      check: pick("check"),
      report_render: pick("report_render"),
      total: pick("total"),
      runs,
      file_bytes: (await stat(registerPath)).size,
      prepare_ms: ms(prepare),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
